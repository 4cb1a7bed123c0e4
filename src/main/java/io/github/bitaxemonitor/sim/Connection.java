package io.github.bitaxemonitor.sim;

import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.concurrent.ScheduledFuture;

/** One accepted client connection. Touched only by the selector thread. */
final class Connection {
    private static final int INITIAL_BUFFER = 512;

    final SocketChannel channel;
    final Listener listener;
    SelectionKey key;
    /** Bytes read and not yet consumed, in write mode (data is 0..position); grows up to the protocol's maximum. */
    ByteBuffer in = ByteBuffer.allocate(INITIAL_BUFFER);
    /** Request body bytes still to be discarded. */
    long bodyToSkip;
    /** True from the moment a request is taken until its reply is fully written: one request at a time. */
    boolean busy;
    /** The scheduled reply of the current request, cancelled if the client goes away first. */
    ScheduledFuture<?> pending;
    /** The reply being written, or null; {@code outIndex} is the first buffer not yet drained. */
    Reply out;
    int outIndex;
    boolean closed;
    /** The client shut its sending side: nothing more to read (it may still wait for its answer). */
    boolean ended;

    Connection(SocketChannel channel, Listener listener) {
        this.channel = channel;
        this.listener = listener;
    }

    /** Doubles the input buffer; false when it is already at the protocol's limit. */
    boolean growInput() {
        int max = listener.protocol.maxRequestBytes();
        if (in.capacity() >= max) {
            return false;
        }
        ByteBuffer bigger = ByteBuffer.allocate(Math.min(in.capacity() * 2, max));
        in.flip();
        bigger.put(in);
        in = bigger;
        return true;
    }

    /** Drops the first {@code n} buffered bytes. */
    void consume(int n) {
        in.flip();
        in.position(n);
        in.compact();
    }
}
