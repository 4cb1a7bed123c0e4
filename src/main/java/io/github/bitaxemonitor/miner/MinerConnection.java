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
     * {@code deadlineNanos}. An ended attempt waits in the loop's deadline queue until its deadline passes, so it lets
     * go of its parser (and body) and its future the moment it ends: a fleet's replies must not stay reachable for a
     * whole timeout, surviving young collections for nothing.
     */
    static final class Exchange {
        final MinerConnection connection;
        final long deadlineNanos;
        final long timeoutMs;
        /** Null once the attempt ended. */
        private CompletableFuture<ReplyBody> result;
        /** Null once the attempt ended. */
        private HttpReplyParser parser;
        /** The request bytes still to write, null before connecting. */
        ByteBuffer toWrite;
        /** Set once after a stale keep-alive connection failed: the attempt then goes on over a new one. */
        boolean reconnected;

        Exchange(MinerConnection connection, long deadlineNanos, long timeoutMs, long maxBody,
                 CompletableFuture<ReplyBody> result) {
            this.connection = connection;
            this.deadlineNanos = deadlineNanos;
            this.timeoutMs = timeoutMs;
            this.result = result;
            this.parser = new HttpReplyParser(maxBody);
        }

        boolean done() {
            return result == null;
        }

        HttpReplyParser parser() {
            return parser;
        }

        /** Ends the attempt with the reply's body (the caller checked it is complete). */
        void succeed() {
            if (done()) {
                return;
            }
            CompletableFuture<ReplyBody> r = end();
            r.complete(new ReplyBody(parser.body(), parser.bodyLength()));
            parser = null;
        }

        void fail(Throwable t) {
            if (done()) {
                return;
            }
            CompletableFuture<ReplyBody> r = end();
            parser = null;
            r.completeExceptionally(t);
        }

        private CompletableFuture<ReplyBody> end() {
            CompletableFuture<ReplyBody> r = result;
            result = null;
            toWrite = null;
            return r;
        }
    }

    /**
     * A complete 2xx reply body: bytes 0..length of {@code bytes}.
     */
    record ReplyBody(byte[] bytes, int length) {
    }
}
