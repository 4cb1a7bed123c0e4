package io.github.bitaxemonitor.view.fleet;

import io.github.bitaxemonitor.model.Sample;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The viewer's model of the fleet, fed row by row in file order: one {@link MinerTrack} per address, the newest row
 * time, and the observed collection cycle. Rows older than the window's cutoff are ignored.
 *
 * <p>Not thread-safe: the thread that feeds it also reads it.
 */
public final class Fleet {
    /** Sparkline history per miner; enough for a full-width chart on a wide terminal. */
    public static final int DEFAULT_HISTORY = 240;
    /** How many recent per-miner gaps the cycle estimate looks at. */
    private static final int GAPS_KEPT = 64;

    private final Map<String, MinerTrack> miners = new HashMap<>();
    private final int historyCapacity;
    /** Rows before this are outside the window; null = no limit. */
    private final Instant cutoff;
    /** Newest row timestamp seen; null before the first row. */
    private Instant newest;
    private final long[] gapsMillis = new long[GAPS_KEPT];
    private int gapCount;
    /** Bumped on every accepted row, so views can tell cheaply whether anything changed. */
    private long version;
    /** Totals as of {@link #totalsVersion}; null until first asked. Summing 1,000 miners per frame cost a third. */
    private FleetTotals totals;
    private long totalsVersion;

    public Fleet(Instant cutoff, int historyCapacity) {
        this.cutoff = cutoff;
        this.historyCapacity = historyCapacity;
    }

    /** Takes one row; returns true when it changed the model. */
    public boolean accept(Sample s) {
        if (cutoff != null && s.timestamp().isBefore(cutoff)) {
            return false;
        }
        MinerTrack t = miners.get(s.address());
        if (t == null) {
            miners.put(s.address(), new MinerTrack(s, historyCapacity));
        } else if (t.accept(s)) {
            gapsMillis[gapCount++ % GAPS_KEPT] = millis(t.lastGap());
        } else {
            return false;
        }
        if (newest == null || s.timestamp().isAfter(newest)) {
            newest = s.timestamp();
        }
        version++;
        return true;
    }

    /** A gap in milliseconds; a file may hold timestamps further apart than a long of milliseconds spans. */
    private static long millis(Duration gap) {
        return gap.getSeconds() >= Long.MAX_VALUE / 1000 ? Long.MAX_VALUE : gap.toMillis();
    }

    /** Every miner, in no particular order. */
    public Collection<MinerTrack> miners() {
        return Collections.unmodifiableCollection(miners.values());
    }

    public boolean isEmpty() {
        return miners.isEmpty();
    }

    /** Newest row timestamp; null before the first row. */
    public Instant newest() {
        return newest;
    }

    public long version() {
        return version;
    }

    /** The monitor's cycle as observed: the median gap between a miner's consecutive rows; null until known. */
    public Duration cycle() {
        int n = Math.min(gapCount, GAPS_KEPT);
        if (n == 0) {
            return null;
        }
        long[] sorted = Arrays.copyOf(gapsMillis, n);
        Arrays.sort(sorted);
        return Duration.ofMillis(sorted[n / 2]);
    }

    /** Fleet totals as of {@code now} (which only affects data age and the stopped-collector verdict). */
    public FleetTotals totals(Instant now) {
        if (totals == null || totalsVersion != version) {
            totals = FleetTotals.of(this, now);
            totalsVersion = version;
            return totals;
        }
        return totals.at(now);
    }
}
