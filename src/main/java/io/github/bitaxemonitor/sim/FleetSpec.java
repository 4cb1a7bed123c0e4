package io.github.bitaxemonitor.sim;

import io.github.bitaxemonitor.model.MinerKind;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;

/**
 * What fleet to simulate. Immutable; build with {@link #builder()}.
 *
 * @param count        miners, 1..{@link #MAX_MINERS}; equals {@code mix.total()}
 * @param basePort     without addresses: 0 for ephemeral ports (the kernel picks, {@link SimulatedFleet#endpoints()}
 *                     reports them), else miner i listens on {@code 127.0.0.1:basePort + i}. With addresses: the ONE
 *                     port every miner listens on at its own address (0: each gets an ephemeral one). Ports are
 *                     within 1024..65535
 * @param latencyMinMs shortest reply delay, 0..latencyMaxMs
 * @param latencyMaxMs longest reply delay (uniformly drawn per reply), at most {@link #MAX_LATENCY_MS}
 * @param seed         makes boards, firmware shapes and every drifting value reproducible
 * @param faults       which miners misbehave; must fit the fleet (checked here)
 * @param indexOffset  0 or more: the first miner's index (host names, random streams), so that several processes
 *                     can simulate one big fleet together without repeating miners (each process may open only
 *                     {@code ulimit -n} files)
 * @param mix          which types the miners are, in fleet order
 * @param addresses    empty: every miner on 127.0.0.1 with its own port; else one loopback address per miner (see
 *                     {@link LoopbackAddresses}), all on {@code basePort}
 * @param cgminerPort  with addresses: the port of the CGMiner-API miners instead of {@code basePort} (e.g. 4028-like
 *                     beside 8080-like for the Bitaxes, as on a LAN); 0 = {@code basePort} as well
 */
public record FleetSpec(int count, int basePort, int latencyMinMs, int latencyMaxMs, long seed, FaultPlan faults,
        int indexOffset, FleetMix mix, List<InetAddress> addresses, int cgminerPort) {
    public static final int MAX_MINERS = 20_000;
    public static final int MAX_LATENCY_MS = 600_000;
    public static final int MAX_INDEX_OFFSET = 1_000_000;

    public FleetSpec {
        Objects.requireNonNull(faults, "faults");
        Objects.requireNonNull(mix, "mix");
        addresses = List.copyOf(addresses);
        if (count < 1 || count > MAX_MINERS) {
            throw new IllegalArgumentException("miner count must be 1.." + MAX_MINERS + ", got " + count);
        }
        if (mix.total() != count) {
            throw new IllegalArgumentException("the mix '" + mix.text() + "' has " + mix.total() + " miners, not "
                    + count);
        }
        if (addresses.isEmpty()) {
            if (basePort != 0 && (basePort < 1024 || basePort + (long) count - 1 > 65535)) {
                throw new IllegalArgumentException("ports " + basePort + ".." + (basePort + (long) count - 1)
                        + " are outside 1024..65535 (use base port 0 for ephemeral ports)");
            }
            if (cgminerPort != 0) {
                throw new IllegalArgumentException("a CGMiner port needs addresses (without them every miner has its "
                        + "own port)");
            }
        } else {
            if (addresses.size() != count) {
                throw new IllegalArgumentException(addresses.size() + " addresses for " + count + " miners: give one "
                        + "address per miner");
            }
            for (int port : new int[] {basePort, cgminerPort}) {
                if (port != 0 && (port < 1024 || port > 65535)) {
                    throw new IllegalArgumentException("port " + port + " is outside 1024..65535 (0 for ephemeral)");
                }
            }
            for (InetAddress a : addresses) {
                if (!a.isLoopbackAddress()) {
                    throw new IllegalArgumentException(a.getHostAddress() + " is not a loopback address");
                }
            }
        }
        if (latencyMinMs < 0 || latencyMinMs > latencyMaxMs || latencyMaxMs > MAX_LATENCY_MS) {
            throw new IllegalArgumentException("latency must be MIN-MAX ms with 0 <= MIN <= MAX <= " + MAX_LATENCY_MS
                    + ", got " + latencyMinMs + "-" + latencyMaxMs);
        }
        if (indexOffset < 0 || indexOffset > MAX_INDEX_OFFSET) {
            throw new IllegalArgumentException("index offset must be 0.." + MAX_INDEX_OFFSET + ", got " + indexOffset);
        }
        faults.assign(mix.types());
    }

    /** Where miner i, of this type, listens. */
    InetSocketAddress binding(int i, MinerType type) {
        if (addresses.isEmpty()) {
            return new InetSocketAddress(Ports.LOOPBACK, basePort == 0 ? 0 : basePort + i);
        }
        boolean cgminer = type.kind() == MinerKind.CGMINER;
        return new InetSocketAddress(addresses.get(i), cgminer && cgminerPort != 0 ? cgminerPort : basePort);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Parses a latency range "100-300" or a fixed "200" (milliseconds) into {@code {min, max}}. Throws
     * IllegalArgumentException with a one-line reason.
     */
    public static int[] parseLatency(String text) {
        String t = text == null ? "" : text.strip().replace("ms", "");
        String[] parts = t.split("-", -1);
        try {
            if (parts.length == 1) {
                int v = Integer.parseInt(parts[0].strip());
                return new int[] {v, v};
            }
            if (parts.length == 2) {
                return new int[] {Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())};
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("bad latency '" + text + "' (expected MIN-MAX in ms, e.g. 100-300)");
    }

    /**
     * Collects the parameters; defaults: 12 Bitaxes, ephemeral ports on 127.0.0.1, 100-300 ms, seed 42, no faults,
     * offset 0. A mix sets the count; giving both a count and a mix of another size is an error.
     */
    public static final class Builder {
        private Integer count;
        private int basePort;
        private int latencyMinMs = 100;
        private int latencyMaxMs = 300;
        private long seed = 42;
        private FaultPlan faults = FaultPlan.NONE;
        private int indexOffset;
        private FleetMix mix;
        private List<InetAddress> addresses = List.of();
        private int cgminerPort;

        private Builder() {
        }

        public Builder count(int count) {
            this.count = count;
            return this;
        }

        public Builder basePort(int basePort) {
            this.basePort = basePort;
            return this;
        }

        public Builder latencyMs(int min, int max) {
            this.latencyMinMs = min;
            this.latencyMaxMs = max;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder faults(FaultPlan faults) {
            this.faults = faults;
            return this;
        }

        /** Same as {@code faults(FaultPlan.parse(text))}. */
        public Builder faults(String text) {
            return faults(FaultPlan.parse(text));
        }

        public Builder indexOffset(int indexOffset) {
            this.indexOffset = indexOffset;
            return this;
        }

        public Builder mix(FleetMix mix) {
            this.mix = mix;
            return this;
        }

        /** Same as {@code mix(FleetMix.parse(text))}, e.g. "bitaxe:8,antminer:2,whatsminer:1,avalon:1". */
        public Builder mix(String text) {
            return mix(FleetMix.parse(text));
        }

        /** One loopback address per miner, all on {@link #basePort}; see {@link LoopbackAddresses}. */
        public Builder addresses(List<InetAddress> addresses) {
            this.addresses = addresses;
            return this;
        }

        /** Same as {@code addresses(LoopbackAddresses.parse(text))}, e.g. "127.0.0.2-127.0.0.21". */
        public Builder addresses(String text) {
            return addresses(LoopbackAddresses.parse(text));
        }

        public Builder cgminerPort(int cgminerPort) {
            this.cgminerPort = cgminerPort;
            return this;
        }

        public FleetSpec build() {
            FleetMix m = mix;
            int n;
            if (m == null) {
                n = count != null ? count : !addresses.isEmpty() ? addresses.size() : 12;
                m = FleetMix.of(MinerType.BITAXE, Math.max(1, n));
            } else {
                n = count != null ? count : m.total();
            }
            return new FleetSpec(n, basePort, latencyMinMs, latencyMaxMs, seed, faults, indexOffset, m, addresses,
                    cgminerPort);
        }
    }
}
