package io.github.bitaxemonitor.sim;

import io.github.bitaxemonitor.model.MinerEndpoint;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A running fleet of simulated miners on loopback, all served by one selector thread: Bitaxes answering AxeOS HTTP
 * and, in a mixed fleet ({@link FleetSpec#mix()}), CGMiner-API machines answering one JSON or plain-text command per
 * connection with a NUL-terminated reply. Every miner has its own port on 127.0.0.1, or its own loopback address on
 * one shared port ({@link FleetSpec#addresses()}). Start it with {@link #start(FleetSpec)}, point a monitor at
 * {@link #endpoints()}, inspect or alter miners with {@link #miner(int)}, and {@link #close()} it.
 *
 * <pre>{@code
 * FleetSpec spec = FleetSpec.builder().mix("bitaxe:8,antminer:2,whatsminer:1,avalon:1")
 *         .faults("hot:1,paused@avalon:1,summary-refused@antminer:1").latencyMs(5, 20).build();
 * try (SimulatedFleet fleet = SimulatedFleet.start(spec)) {
 *     MinerEndpoint antminer = fleet.endpoints().get(8);      // kind CGMINER, host 127.0.0.1
 *     RigSnapshot truth = fleet.miner(8).rigSnapshot();       // what it reports, to compare with a client's reading
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
            eps.add(new MinerEndpoint(l.address.getHostAddress(), l.port, l.miner.hostname(),
                    l.miner.type().kind()));
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
        List<MinerType> types = spec.mix().types();
        List<Set<Fault>> faults = spec.faults().assign(types);
        List<SimulatedMiner> miners = new ArrayList<>(spec.count());
        List<InetSocketAddress> bindings = new ArrayList<>(spec.count());
        FleetLayout layout = new FleetLayout(spec.seed());
        for (int i = 0; i < spec.count(); i++) {
            int index = spec.indexOffset() + i;
            MinerType type = types.get(i);
            SimulatedMiner miner = type == MinerType.BITAXE ? bitaxe(layout, index, faults.get(i), spec.seed())
                    : new SimulatedMiner(index, type, spec.seed());
            miner.setFaults(faults.get(i));
            miners.add(miner);
            bindings.add(spec.binding(i, type));
        }
        HttpProtocol http = new HttpProtocol(new MinerResponder());
        CgminerProtocol cgminer = new CgminerProtocol(new CgminerResponder());
        LoopbackServer server = LoopbackServer.start(miners, bindings,
                m -> m.type() == MinerType.BITAXE ? http : cgminer,
                new ReplyDelays(spec.latencyMinMs(), spec.latencyMaxMs(), spec.seed()), maxConnections);
        long now = System.nanoTime();
        for (SimulatedMiner miner : miners) {
            miner.advanceTo(now);
        }
        return new SimulatedFleet(spec, miners, server);
    }

    /**
     * The layout's board and shape; a Bitaxe paused from the start runs a shape that can say so (2.15; a NerdQAxe++,
     * whose fork has no pause flag, becomes a Gamma).
     */
    private static SimulatedMiner bitaxe(FleetLayout layout, int index, Set<Fault> faults, long seed) {
        Board board = layout.board(index);
        FirmwareShape shape = layout.shape(index);
        if (faults.contains(Fault.PAUSED) && !shape.atLeast(21400)) {
            shape = FirmwareShape.V2_15;
            board = board.runs(shape) ? board : Board.GAMMA;
        }
        return new SimulatedMiner(index, board, shape, seed);
    }

    public FleetSpec spec() {
        return spec;
    }

    public int size() {
        return miners.size();
    }

    /**
     * One endpoint per miner, in miner order: its loopback address and port, alias = the miner's host name, kind
     * {@link io.github.bitaxemonitor.model.MinerKind#CGMINER} for every miner but the Bitaxes.
     */
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
