package io.github.bitaxemonitor.analyze.segment;

/** How a row counts for its configuration. Only STABLE rows go into the statistics; the rest are counted. */
public enum RowKind {
    /** Settled, reachable, not throttling: judged. */
    STABLE,
    /** Within the settle time after a configuration change or a (re)boot. */
    WARMUP,
    /**
     * Overheat mode, HOT / OVERHEAT / NO HASH (as the status or among the conditions), the ASIC clock below the set
     * one, or hashrate collapsed below the expected one.
     */
    THROTTLED,
    /** Unstable: not reachable (offline, timeout, refused, error), a power / hardware fault, or shares stalled. */
    FAULT,
    /**
     * The owner paused mining (mining_paused, status PAUSED): hashing nothing on purpose says nothing about the
     * configuration, so the row is neither judged nor flagged, and its time is not runtime.
     */
    PAUSED
}
