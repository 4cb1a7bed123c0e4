package io.github.bitaxemonitor.sim;

import java.net.InetAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;

/** The listening socket of one simulated miner. Fields change only on the selector thread once the server runs. */
final class Listener {
    final SimulatedMiner miner;
    /** The loopback address the miner listens on, for its whole life. */
    final InetAddress address;
    /** The miner's port for its whole life, also while it is offline. */
    final int port;
    final WireProtocol protocol;
    /** True when the miner serves one connection at a time (cgminer's single API thread). */
    final boolean serial;
    /** Null while the miner is offline (nothing listens, connections are refused). */
    ServerSocketChannel channel;
    SelectionKey key;
    /** True while accepting is suspended because the process is at its connection budget. */
    boolean paused;
    /** A serial miner's connection being served; later clients wait in the listen backlog until it closes. */
    Connection serving;

    Listener(SimulatedMiner miner, InetAddress address, int port, WireProtocol protocol, ServerSocketChannel channel) {
        this.miner = miner;
        this.address = address;
        this.port = port;
        this.protocol = protocol;
        this.serial = miner.type().serial();
        this.channel = channel;
    }

    /** Accepts again unless paused at the budget or busy serving its one connection. */
    void updateAccept() {
        if (key != null && key.isValid()) {
            key.interestOps(!paused && serving == null ? SelectionKey.OP_ACCEPT : 0);
        }
    }

    /** host:port for messages. */
    String where() {
        return address.getHostAddress() + ":" + port;
    }
}
