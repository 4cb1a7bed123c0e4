package io.github.bitaxemonitor.sim;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.UnknownHostException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.util.ArrayList;
import java.util.List;

/** Opening and closing the miners' listening sockets: always on 127.0.0.1, never any other address. */
final class Ports {
    /** The only address ever bound. */
    static final InetAddress LOOPBACK = loopback();
    private static final int BACKLOG = 128;

    private Ports() {
    }

    /**
     * Binds miner i to {@code basePort + i} (or an ephemeral port when basePort is 0) and registers it for accepting.
     * Offline miners get their port number but nothing listens on it. On failure everything bound so far is closed
     * and a {@link FleetStartException} says why in one line.
     */
    static List<Listener> bindAll(Selector selector, List<SimulatedMiner> miners, int basePort) {
        List<Listener> listeners = new ArrayList<>(miners.size());
        try {
            for (SimulatedMiner miner : miners) {
                listeners.add(bind(selector, miner, basePort == 0 ? 0 : basePort + listeners.size()));
            }
            return listeners;
        } catch (IOException e) {
            int port = basePort == 0 ? 0 : basePort + listeners.size();
            closeAll(selector, listeners);
            throw new FleetStartException(Descriptors.explainBindFailure(e, port, listeners.size(), miners.size()), e);
        }
    }

    private static Listener bind(Selector selector, SimulatedMiner miner, int wanted) throws IOException {
        ServerSocketChannel channel = open(wanted);
        int port = ((InetSocketAddress) channel.getLocalAddress()).getPort();
        if (miner.has(Fault.OFFLINE)) {
            // Keep the number (an ephemeral one must be known), but refuse connections from the start.
            channel.close();
            return new Listener(miner, port, null);
        }
        Listener l = new Listener(miner, port, channel);
        l.key = channel.register(selector, SelectionKey.OP_ACCEPT, l);
        return l;
    }

    /** A non-blocking listening socket on 127.0.0.1:port (0 = ephemeral), reusable right after a close. */
    static ServerSocketChannel open(int port) throws IOException {
        ServerSocketChannel channel = ServerSocketChannel.open();
        try {
            channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            channel.bind(new InetSocketAddress(LOOPBACK, port), BACKLOG);
            channel.configureBlocking(false);
            return channel;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    /** Closes every channel the selector knows, every listener, and the selector. */
    static void closeAll(Selector selector, List<Listener> listeners) {
        for (SelectionKey k : new ArrayList<>(selector.keys())) {
            closeQuietly(k.channel());
        }
        for (Listener l : listeners) {
            if (l.channel != null) {
                closeQuietly(l.channel);
            }
        }
        closeQuietly(selector);
    }

    static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // shutting down or dropping a client: nothing useful to do with a failed close
        }
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
