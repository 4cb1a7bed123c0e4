package io.github.bitaxemonitor.analyze.segment;

import java.time.Duration;
import java.util.Objects;

/**
 * How rows are judged. Each invariant is checked here, so the command line reports the setting by name.
 *
 * @param settle           rows this soon after a configuration change or a (re)boot are warm-up, not judged: AxeOS
 *                         reports a hashrate averaged over minutes, and temperatures take minutes to settle; > 0
 * @param collapseFraction a reachable miner hashing below this fraction of its expected hashrate is throttling (the
 *                         files hold only the set frequency, so a firmware that lowers the real one shows here);
 *                         0..1
 * @param slowClockFraction a miner whose ASIC clock (frequency_actual_mhz, schema 2) runs below this fraction of
 *                         the set frequency is throttling, whatever its hashrate; 0..1
 * @param gapCap           the longest gap between two rows counted as runtime: a longer one means the monitor was
 *                         not watching; > 0
 * @param block            the block length of the effective sample size (see {@link
 *                         io.github.bitaxemonitor.analyze.stats.BlockSeries}); > 0
 * @param minRuntime       stable runtime a configuration needs before a recommendation is called sure; >= 0
 * @param minBlocks        blocks a configuration needs for the same; >= 2
 * @param maxFlagged       share of judged rows (throttled or faulty) above which a configuration is flagged and
 *                         left out of the recommendations; 0..1
 */
public record Settings(Duration settle, double collapseFraction, double slowClockFraction, Duration gapCap, Duration block, Duration minRuntime,
                       int minBlocks, double maxFlagged) {

    public static final Settings DEFAULTS = new Settings(Duration.ofMinutes(10), 0.5, 0.95, Duration.ofMinutes(10),
            Duration.ofMinutes(30), Duration.ofHours(2), 4, 0.05);

    public Settings {
        Objects.requireNonNull(settle, "settle");
        positive("--settle", settle);
        positive("gap cap", gapCap);
        positive("--block", block);
        if (minRuntime.isNegative()) {
            throw new IllegalArgumentException("--min-runtime must not be negative");
        }
        if (!(collapseFraction >= 0 && collapseFraction <= 1)) {
            throw new IllegalArgumentException("--collapse must be between 0 and 100 %");
        }
        if (!(slowClockFraction >= 0 && slowClockFraction <= 1)) {
            throw new IllegalArgumentException("slow clock fraction must be between 0 and 1");
        }
        if (minBlocks < 2) {
            throw new IllegalArgumentException("--min-blocks must be at least 2");
        }
        if (!(maxFlagged >= 0 && maxFlagged <= 1)) {
            throw new IllegalArgumentException("max flagged share must be between 0 and 1");
        }
    }

    public Settings withSettle(Duration d) {
        return new Settings(d, collapseFraction, slowClockFraction, gapCap, block, minRuntime, minBlocks, maxFlagged);
    }

    public Settings withBlock(Duration d) {
        return new Settings(settle, collapseFraction, slowClockFraction, gapCap, d, minRuntime, minBlocks, maxFlagged);
    }

    public Settings withCollapseFraction(double f) {
        return new Settings(settle, f, slowClockFraction, gapCap, block, minRuntime, minBlocks, maxFlagged);
    }

    public Settings withMinRuntime(Duration d) {
        return new Settings(settle, collapseFraction, slowClockFraction, gapCap, block, d, minBlocks, maxFlagged);
    }

    private static void positive(String name, Duration d) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be longer than zero");
        }
    }
}
