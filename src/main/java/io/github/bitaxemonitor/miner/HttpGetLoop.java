package io.github.bitaxemonitor.miner;

import io.github.bitaxemonitor.miner.MinerConnection.Exchange;
import io.github.bitaxemonitor.miner.MinerConnection.ReplyBody;
import io.github.bitaxemonitor.miner.PollResult.Kind;
import io.github.bitaxemonitor.model.MinerEndpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 GETs of one path for many miners on ONE selector thread: non-blocking connects, one keep-alive connection
 * per miner reused across polls (a new one after the server closed it or an error), the request written once, the
 * reply parsed as it arrives ({@link HttpReplyParser}), and a deadline per attempt covering connect, head and body.
 * No thread per miner or per request, and no per-request objects beyond the attempt's own state and its body.
 *
 * <p>Host names are resolved on a small pool (a slow DNS must not stall every other miner); IP literals directly.
 * At most one attempt per miner may be running; the caller ({@link MinerLanes}) ensures it.
 *
 * <p>Open connections are bounded ({@code maxOpen}, from the {@link SocketBudget}): a fleet bigger than what the
 * process may open cannot keep one connection per miner, so opening one past the bound first closes the connection
 * idle the longest. Busy connections are never closed for it; the collector bounds how many polls run at once.
 */
final class HttpGetLoop implements Executor, AutoCloseable {
    /** IPv4 dotted quads and IPv6 literals: no lookup needed, so no need to leave the loop thread. */
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|.*:.*");

    private final String path;
    private final long maxBody;
    private final Selector selector;
    private final Thread thread;
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    /** True while a wakeup is on its way: submissions arriving together cost one wakeup. */
    private final AtomicBoolean wakeupPending = new AtomicBoolean();
    private final ExecutorService resolver = DaemonPool.fixed("bitaxe-dns", 2);
    /** One read buffer for every connection: only this thread reads, and each read is parsed at once. */
    private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(64 * 1024);
    /** By endpoint address; loop thread only. */
    private final Map<String, MinerConnection> connections = new HashMap<>();
    /**
     * Running attempts in start order. Every attempt has the same timeout, so this is also deadline order (to within
     * the microseconds between taking the time and queueing); finished ones are dropped when they reach the head.
     */
    private final ArrayDeque<Exchange> byDeadline = new ArrayDeque<>();
    /** Connections open and idle, longest idle first; loop thread only. */
    private final LinkedHashSet<MinerConnection> idle = new LinkedHashSet<>();
    /** Channels open now (connecting, busy or idle); loop thread only. */
    private int open;
    private final int maxOpen;
    private volatile boolean running = true;

    HttpGetLoop(String path, long maxBody, int maxOpen, String threadName) {
        if (maxOpen < 1) {
            throw new IllegalArgumentException("maxOpen must be >= 1");
        }
        this.path = path;
        this.maxBody = maxBody;
        this.maxOpen = maxOpen;
        try {
            this.selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a selector", e);
        }
        this.thread = new Thread(this::loop, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Starts one attempt: GET {@code path} from {@code endpoint} within {@code timeoutMs}. The future completes on the
     * loop thread with the 2xx body, or exceptionally with a {@link PollException} (refused, bad or oversize reply,
     * timeout) or the {@link IOException} that ended the connection.
     */
    CompletableFuture<ReplyBody> get(MinerEndpoint endpoint, long timeoutMs) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        CompletableFuture<ReplyBody> result = new CompletableFuture<>();
        execute(() -> start(endpoint, deadline, timeoutMs, result));
        return result;
    }

    /**
     * Runs {@code task} on the loop thread (at once when already on it), or on the caller's once the loop has stopped,
     * so a retry scheduled just before {@link #close} still runs and its poll still ends.
     */
    @Override
    public void execute(Runnable task) {
        if (Thread.currentThread() == thread) {
            task.run();
            return;
        }
        tasks.add(task);
        if (!running) {
            // The loop may already have drained its queue for the last time; whoever removes the task runs it, once.
            if (tasks.remove(task)) {
                task.run();
            }
            return;
        }
        if (wakeupPending.compareAndSet(false, true)) {
            selector.wakeup();
        }
    }

    private void start(MinerEndpoint endpoint, long deadline, long timeoutMs, CompletableFuture<ReplyBody> result) {
        if (!running) {
            result.completeExceptionally(new PollException(Kind.TIMEOUT, "client closed"));
            return;
        }
        MinerConnection c = connections.computeIfAbsent(endpoint.address(), a -> new MinerConnection(endpoint, path));
        if (c.exchange != null) {
            result.completeExceptionally(new PollException(Kind.TIMEOUT, MinerLanes.STILL_RUNNING));
            return;
        }
        Exchange x = new Exchange(c, deadline, timeoutMs, maxBody, result);
        c.exchange = x;
        idle.remove(c);
        byDeadline.add(x);
        if (c.channel != null && c.connected) {
            send(x);
        } else {
            connect(x);
        }
    }

    private void connect(Exchange x) {
        MinerEndpoint ep = x.connection.endpoint;
        if (IP_LITERAL.matcher(ep.host()).matches()) {
            try {
                open(x, new InetSocketAddress(InetAddress.getByName(ep.host()), ep.port()));
            } catch (UnknownHostException e) {
                fail(x, e);
            }
            return;
        }
        try {
            resolver.execute(() -> {
                InetSocketAddress address = new InetSocketAddress(ep.host(), ep.port());
                execute(() -> {
                    if (x.done()) {
                        return;
                    }
                    if (address.isUnresolved()) {
                        fail(x, new UnknownHostException(ep.host()));
                    } else {
                        open(x, address);
                    }
                });
            });
        } catch (RejectedExecutionException e) {
            fail(x, new PollException(Kind.TIMEOUT, "client closed"));
        }
    }

    private void open(Exchange x, InetSocketAddress address) {
        MinerConnection c = x.connection;
        while (open >= maxOpen && !idle.isEmpty()) {
            closeChannel(idle.iterator().next()); // the longest idle
        }
        try {
            SocketChannel ch = SocketChannel.open();
            open++;
            c.channel = ch;
            c.connected = false;
            c.reused = false;
            ch.configureBlocking(false);
            ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
            c.key = ch.register(selector, 0, c);
            if (ch.connect(address)) {
                c.connected = true;
                send(x);
            } else {
                c.key.interestOps(SelectionKey.OP_CONNECT);
            }
        } catch (IOException | RuntimeException e) {
            fail(x, e);
        }
    }

    private void send(Exchange x) {
        x.toWrite = x.connection.freshRequest();
        write(x);
    }

    private void write(Exchange x) {
        MinerConnection c = x.connection;
        try {
            c.channel.write(x.toWrite);
            c.key.interestOps(x.toWrite.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
        } catch (IOException | RuntimeException e) {
            failedOnTheWire(x, e);
        }
    }

    private void loop() {
        try {
            while (running) {
                selector.select(this::handle, nextTimeoutMillis());
                wakeupPending.set(false);
                for (Runnable task; (task = tasks.poll()) != null; ) {
                    task.run();
                }
                expire();
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("bitaxe client: selector failed: " + e);
        } finally {
            shutDown();
        }
    }

    private void handle(SelectionKey key) {
        MinerConnection c = (MinerConnection) key.attachment();
        if (key != c.key || !key.isValid()) {
            return; // a channel closed earlier in this round (its attempt may already go on over a new one)
        }
        Exchange x = c.exchange;
        if (x == null) {
            idleEvent(c);
            return;
        }
        try {
            if (key.isConnectable()) {
                if (!c.channel.finishConnect()) {
                    return;
                }
                c.connected = true;
                send(x);
            } else if (key.isWritable()) {
                write(x);
            } else if (key.isReadable()) {
                read(x);
            }
        } catch (IOException | RuntimeException e) {
            failedOnTheWire(x, e);
        }
    }

    private void read(Exchange x) throws IOException {
        MinerConnection c = x.connection;
        readBuffer.clear();
        int n = c.channel.read(readBuffer);
        boolean complete;
        try {
            if (n < 0) {
                complete = x.parser().endOfStream();
                closeChannel(c);
            } else {
                readBuffer.flip();
                complete = x.parser().feed(readBuffer);
            }
        } catch (PollException e) {
            fail(x, e);
            return;
        }
        if (complete) {
            // bytes beyond the reply: the server does not speak plain request-reply HTTP; start afresh next time
            boolean keep = x.parser().reusable() && !readBuffer.hasRemaining() && c.channel != null;
            finish(x, keep);
        }
    }

    /** A read event on an idle connection: the server closed it (or sent what nobody asked for). Drop it. */
    private void idleEvent(MinerConnection c) {
        closeChannel(c);
    }

    /**
     * A connection failed while connecting, writing or reading. A kept-alive one that fails before any reply byte was
     * most likely closed by the server between polls: the attempt goes on over a new connection, once.
     */
    private void failedOnTheWire(Exchange x, Throwable e) {
        MinerConnection c = x.connection;
        if (c.reused && !x.reconnected && !x.parser().started() && !x.done()) {
            x.reconnected = true;
            closeChannel(c);
            connect(x);
            return;
        }
        fail(x, e);
    }

    private void finish(Exchange x, boolean keepConnection) {
        MinerConnection c = x.connection;
        c.exchange = null;
        if (keepConnection) {
            c.reused = true;
            c.key.interestOps(SelectionKey.OP_READ);
            idle.add(c);
        } else {
            closeChannel(c);
        }
        x.succeed();
    }

    /** Ends the attempt and its connection: an unread or unfinished reply must not be read on and on. */
    private void fail(Exchange x, Throwable e) {
        MinerConnection c = x.connection;
        if (c.exchange == x) {
            c.exchange = null;
        }
        closeChannel(c);
        x.fail(e);
    }

    private void closeChannel(MinerConnection c) {
        if (c.channel == null) {
            return;
        }
        idle.remove(c);
        open--;
        if (c.key != null) {
            c.key.cancel();
        }
        try {
            c.channel.close();
        } catch (IOException ignored) {
            // closing is all that was wanted
        }
        c.channel = null;
        c.key = null;
        c.connected = false;
        c.reused = false;
    }

    private long nextTimeoutMillis() {
        Exchange head = byDeadline.peek();
        if (head == null) {
            return 0; // no attempt running: sleep until a submission wakes the selector
        }
        long nanos = head.deadlineNanos - System.nanoTime();
        return Math.max(1, TimeUnit.NANOSECONDS.toMillis(nanos) + 1);
    }

    private void expire() {
        long now = System.nanoTime();
        for (Exchange head; (head = byDeadline.peek()) != null; ) {
            if (!head.done()) {
                if (head.deadlineNanos - now > 0) {
                    return;
                }
                fail(head, head.connection.connected
                        ? new PollException(Kind.TIMEOUT, "no complete reply within " + head.timeoutMs + " ms")
                        : new PollException(Kind.UNREACHABLE, "connect timed out after " + head.timeoutMs + " ms"));
            }
            byDeadline.poll();
        }
    }

    private void shutDown() {
        running = false;
        for (MinerConnection c : new ArrayList<>(connections.values())) {
            if (c.exchange != null) {
                fail(c.exchange, new PollException(Kind.TIMEOUT, "client closed"));
            }
            closeChannel(c);
        }
        connections.clear();
        byDeadline.clear();
        for (Runnable task; (task = tasks.poll()) != null; ) {
            task.run();
        }
        try {
            selector.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }

    @Override
    public void close() {
        running = false;
        resolver.shutdownNow();
        selector.wakeup();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
