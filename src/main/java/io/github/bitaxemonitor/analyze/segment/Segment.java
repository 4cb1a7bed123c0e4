package io.github.bitaxemonitor.analyze.segment;

/**
 * One automatic session: a miner's run at one configuration, from the row where the configuration (or a named
 * session) began to the last row before the next one.
 *
 * @param config        the clock configuration, "575MHz@1200mV"
 * @param cause         what started it: "first row", "configuration change", "session NAME"
 * @param startMs       first row, epoch ms
 * @param endMs         last row, epoch ms (>= startMs)
 * @param rows          every row, faults included
 * @param warmupRows    rows within the settle time of the start or of a reboot
 * @param throttledRows rows with overheat mode, HOT/OVERHEAT or collapsed hashrate
 * @param faultRows     unstable rows: unreachable, faulted or stalled
 * @param pausedRows    rows while the owner paused mining (not judged, not a flag)
 * @param reboots       reboots inside the segment (uptime went down without a configuration change)
 * @param stableMeanGhs mean hashrate of its stable rows; NaN when none
 * @param stableJth     J/TH of its stable rows; NaN when none
 */
public record Segment(String config, String cause, long startMs, long endMs, long rows, long warmupRows,
                      long throttledRows, long faultRows, long pausedRows, int reboots, double stableMeanGhs, double stableJth) {

    /** True when the segment throttled or was unstable: its numbers need a look before they are trusted. */
    public boolean flagged() {
        return throttledRows > 0 || faultRows > 0 || reboots > 0;
    }
}
