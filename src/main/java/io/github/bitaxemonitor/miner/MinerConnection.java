package io.github.bitaxemonitor.miner;

import io.github.bitaxemonitor.model.MinerEndpoint;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * One miner's keep-alive connection and the exchange using it, if any. Touched only by the {@link HttpGetLoop}
 * thread. Between polls the channel stays open and registered for reading, so a server that closes it is noticed
 * and the next poll connects afresh.
 */
final class MinerConnection {
    final MinerEndpoint endpoint;
    /** The request, the same bytes for every poll of this miner; each send writes a duplicate. */
    private final ByteBuffer request;
    /** Open channel (connecting, busy or idle), or null. */
    SocketChannel channel;
    /** Its registration with the loop's selector, null while {@code channel} is. */
    SelectionKey key;
    /** Whether the channel finished connecting. */
    boolean connected;
    /** Whether the channel already carried a complete exchange (a failure before the first reply byte may be stale). */
    boolean reused;
    /** The attempt in progress, null while idle. */
    Exchange exchange;

    MinerConnection(MinerEndpoint endpoint, String path) {
        this.endpoint = endpoint;
        byte[] head = ("GET " + path + " HTTP/1.1\r\nHost: " + endpoint.address()
                + "\r\nAccept: application/json\r\nUser-Agent: bitaxe-monitor\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        this.request = ByteBuffer.wrap(head).asReadOnlyBuffer();
    }

    ByteBuffer freshRequest() {
        return request.duplicate();
    }

    /**
     * One attempt: a GET on this connection from connect (if needed) to the last body byte, bounded by
     * {@code deadlineNanos}.
     */
    static final class Exchange {
        final MinerConnection connection;
        final long deadlineNanos;
        final long timeoutMs;
        final CompletableFuture<ReplyBody> result;
        final HttpReplyParser parser;
        /** The request bytes still to write, null before connecting. */
        ByteBuffer toWrite;
        /** Set once after a stale keep-alive connection failed: the attempt then goes on over a new one. */
        boolean reconnected;

        Exchange(MinerConnection connection, long deadlineNanos, long timeoutMs, long maxBody,
                 CompletableFuture<ReplyBody> result) {
            this.connection = connection;
            this.result = result;
            this.deadlineNanos = deadlineNanos;
            this.timeoutMs = timeoutMs;
            this.parser = new HttpReplyParser(maxBody);
        }

        boolean done() {
            return result.isDone();
        }
    }

    /**
     * A complete 2xx reply body: bytes 0..length of {@code bytes}.
     */
    record ReplyBody(byte[] bytes, int length) {
    }
}
