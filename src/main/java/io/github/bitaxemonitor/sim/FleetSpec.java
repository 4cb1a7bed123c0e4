package io.github.bitaxemonitor.sim;

import java.util.Objects;

/**
 * What fleet to simulate. Immutable; build with {@link #builder()}.
 *
 * @param count        miners, 1..{@link #MAX_MINERS}
 * @param basePort     0 for ephemeral ports (the kernel picks, {@link SimulatedFleet#endpoints()} reports them), else
 *                     miner i listens on {@code basePort + i}; all ports within 1024..65535
 * @param latencyMinMs shortest reply delay, 0..latencyMaxMs
 * @param latencyMaxMs longest reply delay (uniformly drawn per reply), at most {@link #MAX_LATENCY_MS}
 * @param seed         makes boards, firmware shapes and every drifting value reproducible
 * @param faults       which miners misbehave; must fit the fleet (checked here)
 * @param indexOffset  0 or more: the first miner's index (host names, random streams), so that several processes
 *                     can simulate one big fleet together without repeating miners (each process may open only
 *                     {@code ulimit -n} files)
 */
public record FleetSpec(int count, int basePort, int latencyMinMs, int latencyMaxMs, long seed, FaultPlan faults,
        int indexOffset) {
    public static final int MAX_MINERS = 20_000;
    public static final int MAX_LATENCY_MS = 600_000;
    public static final int MAX_INDEX_OFFSET = 1_000_000;

    public FleetSpec {
        Objects.requireNonNull(faults, "faults");
        if (count < 1 || count > MAX_MINERS) {
            throw new IllegalArgumentException("miner count must be 1.." + MAX_MINERS + ", got " + count);
        }
        if (basePort != 0 && (basePort < 1024 || basePort + (long) count - 1 > 65535)) {
            throw new IllegalArgumentException("ports " + basePort + ".." + (basePort + (long) count - 1)
                    + " are outside 1024..65535 (use base port 0 for ephemeral ports)");
        }
        if (latencyMinMs < 0 || latencyMinMs > latencyMaxMs || latencyMaxMs > MAX_LATENCY_MS) {
            throw new IllegalArgumentException("latency must be MIN-MAX ms with 0 <= MIN <= MAX <= " + MAX_LATENCY_MS
                    + ", got " + latencyMinMs + "-" + latencyMaxMs);
        }
        if (indexOffset < 0 || indexOffset > MAX_INDEX_OFFSET) {
            throw new IllegalArgumentException("index offset must be 0.." + MAX_INDEX_OFFSET + ", got " + indexOffset);
        }
        faults.assign(count);
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

    /** Collects the parameters; defaults: 12 miners, ephemeral ports, 100-300 ms, seed 42, no faults, offset 0. */
    public static final class Builder {
        private int count = 12;
        private int basePort;
        private int latencyMinMs = 100;
        private int latencyMaxMs = 300;
        private long seed = 42;
        private FaultPlan faults = FaultPlan.NONE;
        private int indexOffset;

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

        public FleetSpec build() {
            return new FleetSpec(count, basePort, latencyMinMs, latencyMaxMs, seed, faults, indexOffset);
        }
    }
}
