package io.github.bitaxemonitor.sim;

import java.util.SplittableRandom;

/** How long each reply waits: the fleet's latency range, or far beyond any timeout for slow miners. */
final class ReplyDelays {
    private final int latencyMinMs;
    private final int latencyMaxMs;
    /** Used on the selector thread only. */
    private final SplittableRandom delays;

    ReplyDelays(int latencyMinMs, int latencyMaxMs, long seed) {
        this.latencyMinMs = latencyMinMs;
        this.latencyMaxMs = latencyMaxMs;
        this.delays = new SplittableRandom(seed ^ 0x2545F4914F6CDD1DL);
    }

    long delayMs(SimulatedMiner miner) {
        if (miner.has(Fault.SLOW)) {
            return SimulatedFleet.SLOW_REPLY_MIN_MS
                    + delays.nextLong(SimulatedFleet.SLOW_REPLY_MAX_MS - SimulatedFleet.SLOW_REPLY_MIN_MS + 1);
        }
        return latencyMinMs + delays.nextInt(latencyMaxMs - latencyMinMs + 1);
    }
}
