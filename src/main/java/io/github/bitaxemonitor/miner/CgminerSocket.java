package io.github.bitaxemonitor.miner;

import io.github.bitaxemonitor.miner.PollResult.Kind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousChannelGroup;
import java.nio.channels.AsynchronousSocketChannel;
import java.nio.channels.CompletionHandler;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One CGMiner-API exchange: connect, send one command, read until the terminating NUL or the miner closes. Runs on
 * asynchronous channels, so a thousand hanging miners cost no threads; the whole exchange, connect included, is cut
 * at the timeout by closing the channel, and a reply past the byte cap is abandoned.
 */
final class CgminerSocket {
    private final AsynchronousChannelGroup group;
    private final Executor executor;

    /** @param executor runs name resolution and the timeouts; the channels get their own two I/O threads */
    CgminerSocket(Executor executor) {
        this.executor = executor;
        try {
            this.group = AsynchronousChannelGroup.withFixedThreadPool(2, DaemonPool.factory("cgminer-io"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the CGMiner channel group", e);
        }
    }

    CompletableFuture<byte[]> exchange(String host, int port, String command, long timeoutMs, long maxBytes) {
        CompletableFuture<byte[]> reply = new CompletableFuture<>();
        AsynchronousSocketChannel channel;
        try {
            channel = AsynchronousSocketChannel.open(group);
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
        AtomicBoolean connected = new AtomicBoolean();
        reply.whenComplete((r, t) -> closeQuietly(channel));
        CompletableFuture.delayedExecutor(timeoutMs, TimeUnit.MILLISECONDS, executor).execute(() ->
                reply.completeExceptionally(connected.get() ? new TimeoutException()
                        : new PollException(Kind.UNREACHABLE, "connect timed out after " + timeoutMs + " ms")));
        // resolving a name may block, so it happens on the pool rather than on the caller's thread
        executor.execute(() -> {
            try {
                channel.connect(new InetSocketAddress(host, port), null, new Handler<>(reply, ignored -> {
                    connected.set(true);
                    new Exchange(channel, reply, maxBytes).send(command);
                }));
            } catch (RuntimeException e) {
                reply.completeExceptionally(e);
            }
        });
        return reply;
    }

    void close() {
        try {
            group.shutdownNow();
        } catch (IOException ignored) {
            // the channels are being closed anyway
        }
    }

    private static void closeQuietly(AsynchronousSocketChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing is how a timed-out exchange is abandoned; nothing more to do
        }
    }

    /** Writes the command, then reads the reply into a capped buffer. */
    private static final class Exchange {
        private final AsynchronousSocketChannel channel;
        private final CompletableFuture<byte[]> reply;
        private final long maxBytes;
        private final ByteBuffer chunk = ByteBuffer.allocate(8192);
        private final ByteArrayOutputStream received = new ByteArrayOutputStream();

        Exchange(AsynchronousSocketChannel channel, CompletableFuture<byte[]> reply, long maxBytes) {
            this.channel = channel;
            this.reply = reply;
            this.maxBytes = maxBytes;
        }

        void send(String command) {
            write(ByteBuffer.wrap(command.getBytes(StandardCharsets.UTF_8)));
        }

        private void write(ByteBuffer out) {
            channel.write(out, null, new Handler<>(reply, n -> {
                if (out.hasRemaining()) {
                    write(out);
                } else {
                    read();
                }
            }));
        }

        private void read() {
            chunk.clear();
            channel.read(chunk, null, new Handler<>(reply, n -> {
                if (n < 0) {
                    reply.complete(received.toByteArray());
                    return;
                }
                if (received.size() + (long) n > maxBytes) {
                    reply.completeExceptionally(
                            new PollException(Kind.BAD_REPLY, "reply larger than " + maxBytes + " bytes"));
                    return;
                }
                received.write(chunk.array(), 0, n);
                // cgminer ends its reply with a NUL and then closes; the NUL alone is enough to stop waiting
                if (n > 0 && chunk.array()[n - 1] == 0) {
                    reply.complete(received.toByteArray());
                } else {
                    read();
                }
            }));
        }
    }

    /** Completion handler that forwards failures to the reply and stops once the reply is settled (timed out). */
    private record Handler<V>(CompletableFuture<byte[]> reply, Consumer<V> next)
            implements CompletionHandler<V, Void> {
        @Override
        public void completed(V result, Void attachment) {
            if (reply.isDone()) {
                return;
            }
            try {
                next.accept(result);
            } catch (RuntimeException e) {
                reply.completeExceptionally(e);
            }
        }

        @Override
        public void failed(Throwable exc, Void attachment) {
            reply.completeExceptionally(exc);
        }
    }
}
