package io.github.bitaxemonitor.sim;

import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;

/** The listening socket of one simulated miner. Fields change only on the selector thread once the server runs. */
final class Listener {
    final SimulatedMiner miner;
    /** The miner's port for its whole life, also while it is offline. */
    final int port;
    /** Null while the miner is offline (nothing listens, connections are refused). */
    ServerSocketChannel channel;
    SelectionKey key;
    /** True while accepting is suspended because the process is at its connection budget. */
    boolean paused;

    Listener(SimulatedMiner miner, int port, ServerSocketChannel channel) {
        this.miner = miner;
        this.port = port;
        this.channel = channel;
    }
}
