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
import java.util.function.Function;

/**
 * Opening and closing the miners' listening sockets: only ever on loopback addresses (127.0.0.0/8, which Linux routes
 * to {@code lo} without any setup), never any other address.
 */
final class Ports {
    /** The default address. */
    static final InetAddress LOOPBACK = loopback();
    private static final int BACKLOG = 128;

    private Ports() {
    }

    /**
     * Binds miner i to {@code bindings.get(i)} (port 0: an ephemeral one) and registers it for accepting. Offline
     * miners get their port number but nothing listens on it. On failure everything bound so far is closed and a
     * {@link FleetStartException} says why in one line.
     */
    static List<Listener> bindAll(Selector selector, List<SimulatedMiner> miners, List<InetSocketAddress> bindings,
            Function<SimulatedMiner, WireProtocol> protocols) {
        List<Listener> listeners = new ArrayList<>(miners.size());
        try {
            for (SimulatedMiner miner : miners) {
                listeners.add(bind(selector, miner, bindings.get(listeners.size()), protocols.apply(miner)));
            }
            return listeners;
        } catch (IOException e) {
            InetSocketAddress at = bindings.get(listeners.size());
            closeAll(selector, listeners);
            throw new FleetStartException(Descriptors.explainBindFailure(e, at, listeners.size(), miners.size()), e);
        }
    }

    private static Listener bind(Selector selector, SimulatedMiner miner, InetSocketAddress wanted,
            WireProtocol protocol) throws IOException {
        ServerSocketChannel channel = open(wanted.getAddress(), wanted.getPort());
        int port = ((InetSocketAddress) channel.getLocalAddress()).getPort();
        if (miner.has(Fault.OFFLINE)) {
            // Keep the number (an ephemeral one must be known), but refuse connections from the start.
            channel.close();
            return new Listener(miner, wanted.getAddress(), port, protocol, null);
        }
        Listener l = new Listener(miner, wanted.getAddress(), port, protocol, channel);
        l.key = channel.register(selector, SelectionKey.OP_ACCEPT, l);
        return l;
    }

    /** A non-blocking listening socket on a loopback address (port 0 = ephemeral), reusable right after a close. */
    static ServerSocketChannel open(InetAddress address, int port) throws IOException {
        if (!address.isLoopbackAddress()) {
            throw new IllegalArgumentException("the simulator listens on loopback only, not on " + address);
        }
        ServerSocketChannel channel = ServerSocketChannel.open();
        try {
            channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            channel.bind(new InetSocketAddress(address, port), BACKLOG);
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
