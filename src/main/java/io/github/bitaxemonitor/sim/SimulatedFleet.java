package io.github.bitaxemonitor.sim;

import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.MinerKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A running fleet of simulated Bitaxes on 127.0.0.1, one port per miner, all served by one selector thread. Start it
 * with {@link #start(FleetSpec)}, point a monitor at {@link #endpoints()}, inspect or alter miners with
 * {@link #miner(int)}, and {@link #close()} it.
 *
 * <pre>{@code
 * try (SimulatedFleet fleet = SimulatedFleet.start(FleetSpec.builder().count(200).faults("hot:1,offline:1").build())) {
 *     MinerEndpoint first = fleet.endpoints().get(0);
 *     fleet.miner(5).addFault(Fault.OVERHEAT);
 * }
 * }</pre>
 */
public final class SimulatedFleet implements AutoCloseable {
    /** Shortest delay of a {@link Fault#SLOW} reply: beyond any sensible poll timeout. */
    public static final long SLOW_REPLY_MIN_MS = 10_000;
    /** Longest delay of a {@link Fault#SLOW} reply. */
    public static final long SLOW_REPLY_MAX_MS = 15_000;
    /** Approximate size of a {@link Fault#HUGE} reply (sent from one shared buffer, never held in memory). */
    public static final long HUGE_REPLY_BYTES = 50L * 1024 * 1024;

    private final FleetSpec spec;
    private final List<SimulatedMiner> miners;
    private final List<MinerEndpoint> endpoints;
    private final LoopbackServer server;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SimulatedFleet(FleetSpec spec, List<SimulatedMiner> miners, LoopbackServer server) {
        this.spec = spec;
        this.miners = List.copyOf(miners);
        this.server = server;
        List<MinerEndpoint> eps = new ArrayList<>(miners.size());
        for (Listener l : server.listeners()) {
            eps.add(new MinerEndpoint("127.0.0.1", l.port, l.miner.hostname(), MinerKind.BITAXE));
        }
        this.endpoints = List.copyOf(eps);
    }

    /**
     * Creates the miners and binds their ports. Throws {@link FleetStartException} with a one-line reason when a port
     * is taken or the process may not open enough files.
     */
    public static SimulatedFleet start(FleetSpec spec) {
        return start(spec, Integer.MAX_VALUE);
    }

    /** As {@link #start(FleetSpec)} with a lower connection budget, so tests can reach it without 20,000 sockets. */
    static SimulatedFleet start(FleetSpec spec, int maxConnections) {
        List<Set<Fault>> faults = spec.faults().assign(spec.count());
        List<SimulatedMiner> miners = new ArrayList<>(spec.count());
        FleetLayout layout = new FleetLayout(spec.seed());
        for (int i = 0; i < spec.count(); i++) {
            int index = spec.indexOffset() + i;
            SimulatedMiner miner = new SimulatedMiner(index, layout.board(index), layout.shape(index), spec.seed());
            miner.setFaults(faults.get(i));
            miners.add(miner);
        }
        MinerResponder responder = new MinerResponder(spec.latencyMinMs(), spec.latencyMaxMs(), spec.seed());
        LoopbackServer server = LoopbackServer.start(miners, spec.basePort(), responder, maxConnections);
        long now = System.nanoTime();
        for (SimulatedMiner miner : miners) {
            miner.advanceTo(now);
        }
        return new SimulatedFleet(spec, miners, server);
    }

    public FleetSpec spec() {
        return spec;
    }

    public int size() {
        return miners.size();
    }

    /** One endpoint per miner, in miner order: host 127.0.0.1, the miner's port, alias = the miner's host name. */
    public List<MinerEndpoint> endpoints() {
        return endpoints;
    }

    /**
     * The miner at {@code index} (0-based position in this fleet, whatever the spec's index offset), live: changes
     * to its faults or shape show in its next reply. The fleet advances a miner to the wall clock when it answers a
     * request; tests that read {@link SimulatedMiner#snapshot()} directly move time with
     * {@link SimulatedMiner#advanceSeconds(long)}.
     */
    public SimulatedMiner miner(int index) {
        return miners.get(index);
    }

    /** How many client connections the process can hold at once (limited by {@code ulimit -n}). */
    public int connectionBudget() {
        return server.connectionBudget();
    }

    /** Stops serving and closes every socket; idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (SimulatedMiner miner : miners) {
            miner.onReachabilityChange(null);
        }
        server.close();
    }
}
