package io.github.bitaxemonitor.analyze.segment;

/** How a row counts for its configuration. Only STABLE rows go into the statistics; the rest are counted. */
public enum RowKind {
    /** Settled, reachable, not throttling: judged. */
    STABLE,
    /** Within the settle time after a configuration change or a (re)boot. */
    WARMUP,
    /** Overheat mode, status HOT or OVERHEAT, or hashrate collapsed below the expected one. */
    THROTTLED,
    /** Not reachable (offline, timeout, refused, error) or a power / hardware fault. */
    FAULT
}
