package io.github.bitaxemonitor.discover;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Finds which of many (address, port) pairs accept a TCP connection, with at most {@code budget} connects in flight
 * on one selector thread: a refused port costs one round trip, a silent address one connect timeout, and the whole
 * sweep stops at its deadline whatever the network does (pairs not tried by then are counted, not reported open).
 */
final class PortSweep {
    /** One pair to try. */
    record Target(int ip, int port) {
        InetSocketAddress socketAddress() {
            try {
                return new InetSocketAddress(InetAddress.getByAddress(new byte[] {(byte) (ip >>> 24),
                        (byte) (ip >>> 16), (byte) (ip >>> 8), (byte) ip}), port);
            } catch (UnknownHostException e) {
                throw new IllegalStateException("4 bytes are always an address", e);
            }
        }
    }

    /**
     * @param open      the pairs that accepted, in the order they answered
     * @param tried     pairs whose connect was started
     * @param untried   pairs left when the deadline came
     * @param peak      most connects in flight at once (never above the budget)
     */
    record Result(List<Target> open, int tried, int untried, int peak) {
    }

    private PortSweep() {
    }

    static Result run(List<Target> targets, int budget, long connectTimeoutNanos, long deadlineNanos)
            throws IOException {
        List<Target> open = new ArrayList<>();
        int next = 0;
        int peak = 0;
        try (Selector selector = Selector.open()) {
            while ((next < targets.size() || !selector.keys().isEmpty()) && System.nanoTime() < deadlineNanos) {
                while (next < targets.size() && selector.keys().size() < budget) {
                    Target t = targets.get(next++);
                    start(t, selector, open);
                    peak = Math.max(peak, selector.keys().size());
                }
                long now = System.nanoTime();
                long wait = Math.max(1, Math.min(connectTimeoutNanos, deadlineNanos - now) / 1_000_000);
                selector.select(Math.min(wait, 50));
                Iterator<SelectionKey> it = selector.selectedKeys().iterator();
                while (it.hasNext()) {
                    SelectionKey k = it.next();
                    it.remove();
                    finish(k, open);
                }
                expire(selector, connectTimeoutNanos);
            }
            for (SelectionKey k : selector.keys()) {
                closeQuietly(k);
            }
        }
        return new Result(open, next, targets.size() - next, peak);
    }

    private record Pending(Target target, long startedNanos) {
    }

    private static void start(Target t, Selector selector, List<Target> open) {
        SocketChannel ch = null;
        try {
            ch = SocketChannel.open();
            ch.configureBlocking(false);
            if (ch.connect(t.socketAddress())) {
                open.add(t);
                ch.close();
            } else {
                ch.register(selector, SelectionKey.OP_CONNECT, new Pending(t, System.nanoTime()));
            }
        } catch (IOException e) {
            // refused at once, unreachable or no route: not open
            if (ch != null) {
                try {
                    ch.close();
                } catch (IOException ignored) {
                    // nothing more to do with a socket that never connected
                }
            }
        }
    }

    private static void finish(SelectionKey k, List<Target> open) {
        Pending p = (Pending) k.attachment();
        try {
            if (((SocketChannel) k.channel()).finishConnect()) {
                open.add(p.target());
            }
        } catch (IOException e) {
            // refused or reset: not open
        }
        closeQuietly(k);
    }

    private static void expire(Selector selector, long timeoutNanos) {
        long now = System.nanoTime();
        for (SelectionKey k : selector.keys()) {
            if (k.isValid() && now - ((Pending) k.attachment()).startedNanos() > timeoutNanos) {
                closeQuietly(k);
            }
        }
        if (!selector.keys().isEmpty()) {
            try {
                selector.selectNow(); // lets cancelled keys leave the key set, so their slots are free again
            } catch (IOException ignored) {
                // the next select reports it
            }
        }
    }

    private static void closeQuietly(SelectionKey k) {
        k.cancel();
        try {
            k.channel().close();
        } catch (IOException ignored) {
            // closing a socket that failed to connect
        }
    }
}
