package io.github.bitaxemonitor.export.metrics;

import io.github.bitaxemonitor.collect.CycleReport;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The newest completed cycle, as handed over by the collector thread: everything a scrape or an API request reads
 * about the fleet's present comes from here, so they never touch a miner and never wait for a cycle.
 *
 * <p>Thread-safe: one writer (the collector thread), any number of readers.
 */
public final class LastCycle {
    /**
     * One published cycle.
     *
     * @param report     what the cycle did
     * @param finished   when the collector handed it over (after its write)
     * @param generation 1 for the first cycle published, then counting up; caches key on it
     */
    public record Published(CycleReport report, Instant finished, long generation) {
    }

    private final AtomicReference<Published> latest = new AtomicReference<>();

    void publish(CycleReport report, Instant finished) {
        Published before = latest.get();
        latest.set(new Published(report, finished, before == null ? 1 : before.generation() + 1));
    }

    /** The newest cycle, or null before the first one has finished. */
    public Published get() {
        return latest.get();
    }

    /** 0 before the first cycle, else the newest cycle's generation. */
    public long generation() {
        Published p = latest.get();
        return p == null ? 0 : p.generation();
    }
}
