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
 * time, and the observed collection cycle. Rows older than the window's cutoff are ignored, and so are the rows of
 * miners beyond the {@link FleetBudget}'s count (counted, so that views can say so).
 *
 * <p>Not thread-safe: the thread that feeds it also reads it.
 */
public final class Fleet {
    /** How many recent per-miner gaps the cycle estimate looks at. */
    private static final int GAPS_KEPT = 64;

    private final Map<String, MinerTrack> miners = new HashMap<>();
    private final FleetBudget budget;
    private final TextPool pool = new TextPool();
    /** Rows before this are outside the window; null = no limit. */
    private final Instant cutoff;
    /** Newest row timestamp seen; null before the first row. */
    private Instant newest;
    private final long[] gapsMillis = new long[GAPS_KEPT];
    private int gapCount;
    /** Bumped on every accepted row, so views can tell cheaply whether anything changed. */
    private long version;
    /** Rows of miners the budget had no room for. */
    private long refusedRows;
    /** Chart length per miner for the current number of miners. */
    private int historyCapacity;
    /** Totals as of {@link #totalsVersion}; null until first asked. Summing 1,000 miners per frame cost a third. */
    private FleetTotals totals;
    private long totalsVersion;
    /** {@link #staleBefore} as of {@link #staleVersion}. */
    private Instant staleBefore;
    private long staleVersion = -1;

    public Fleet(Instant cutoff, FleetBudget budget) {
        this.cutoff = cutoff;
        this.budget = budget;
        this.historyCapacity = budget.historyFor(1);
    }

    /** Takes one row; returns true when it changed the model. */
    public boolean accept(Sample s) {
        if (cutoff != null && s.timestamp().isBefore(cutoff)) {
            return false;
        }
        MinerTrack t = miners.get(s.address());
        if (t == null) {
            if (miners.size() >= budget.maxMiners()) {
                refusedRows++;
                return false;
            }
            miners.put(s.address(), new MinerTrack(this, s));
            historyCapacity = budget.historyFor(miners.size());
        } else if (t.accept(s)) {
            gapsMillis[gapCount++ % GAPS_KEPT] = t.lastGapMillis();
        } else {
            return false;
        }
        if (newest == null || s.timestamp().isAfter(newest)) {
            newest = s.timestamp();
        }
        version++;
        return true;
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

    /** The most miners this fleet holds. */
    public int minerLimit() {
        return budget.maxMiners();
    }

    /** Rows refused because they belong to more miners than {@link #minerLimit()}; 0 when everything fitted. */
    public long refusedRows() {
        return refusedRows;
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

    /**
     * True when the miner's newest row is older than the fleet's newest by more than the collector-stopped delay
     * ({@link FleetTotals#stoppedAfter}): the collector still writes, just not for this miner. Measured against the
     * newest row rather than the clock, so a fleet read long after the collector stopped is shown as it last was
     * (and the whole fleet is announced as stopped instead).
     */
    boolean stale(MinerTrack m) {
        if (staleVersion != version) {
            Duration after = FleetTotals.stoppedAfter(cycle());
            staleBefore = Duration.between(Instant.MIN, newest).compareTo(after) <= 0 ? Instant.MIN
                    : newest.minus(after);
            staleVersion = version;
        }
        return m.latest().timestamp().isBefore(staleBefore);
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

    TextPool pool() {
        return pool;
    }

    int historyCapacity() {
        return historyCapacity;
    }
}
