package io.github.bitaxemonitor.view.fleet;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * What the viewer knows about one miner: its latest row, a bounded history of the charted metrics, its recent status
 * changes, and statistics over the rows seen in the window. Memory is bounded whatever the window's length, and
 * small whatever the fleet's size: the latest row's shared texts are pooled, charts are floats sized by the fleet's
 * {@link FleetBudget}, and status changes take room only once there is one (docs/PERFORMANCE.md has the bytes).
 */
public final class MinerTrack {
    /** Status changes kept for display; older ones are only counted. */
    static final int CHANGES_KEPT = 20;

    private final Fleet fleet;
    private final String address;
    /** Newest row, compacted ({@link TextPool}); never null after construction. */
    private Sample latest;
    /** Timestamp of the newest row in which the miner answered; null when it never did in the window. */
    private Instant lastReachable;
    /** Milliseconds between this miner's two newest rows; -1 until there are two. */
    private long lastGapMillis = -1;
    private final Series hashrate = new Series();
    private final Series asicTemp = new Series();
    private final Series power = new Series();
    /** Null until the first change. */
    private ArrayDeque<StatusChange> changes;
    private int changeCount;
    private final RunningStats hashrateStats = new RunningStats();
    private final RunningStats asicTempStats = new RunningStats();
    private long rows;
    private long reachableRows;

    MinerTrack(Fleet fleet, Sample first) {
        this.fleet = fleet;
        this.address = first.address();
        record(first);
    }

    /** Takes a newer row; rows not newer than the latest are ignored (a file that was re-read). */
    boolean accept(Sample s) {
        if (!s.timestamp().isAfter(latest.timestamp())) {
            return false;
        }
        lastGapMillis = millis(Duration.between(latest.timestamp(), s.timestamp()));
        if (s.status() != latest.status()) {
            if (changes == null) {
                changes = new ArrayDeque<>(4);
            }
            changes.addLast(new StatusChange(s.timestamp(), latest.status(), s.status()));
            changeCount++;
            if (changes.size() > CHANGES_KEPT) {
                changes.removeFirst();
            }
        }
        record(s);
        return true;
    }

    private void record(Sample s) {
        latest = fleet.pool().compact(s, address);
        rows++;
        boolean answered = s.status().reachable();
        if (answered) {
            reachableRows++;
            lastReachable = latest.timestamp();
        }
        // A miner that did not answer has no reading, whatever the row holds: its charts show a gap, not the past.
        int capacity = fleet.historyCapacity();
        hashrate.add(answered ? s.hashrateGhs() : null, capacity);
        asicTemp.add(answered ? s.asicTempC() : null, capacity);
        power.add(answered ? s.powerW() : null, capacity);
        if (answered) {
            hashrateStats.add(s.hashrateGhs());
            asicTempStats.add(s.asicTempC());
        }
    }

    /** A gap in milliseconds; a file may hold timestamps further apart than a long of milliseconds spans. */
    private static long millis(Duration gap) {
        return gap.getSeconds() >= Long.MAX_VALUE / 1000 ? Long.MAX_VALUE : gap.toMillis();
    }

    public String address() {
        return address;
    }

    public Sample latest() {
        return latest;
    }

    /** The status of the latest row. Views show {@link #state()}, which also knows about stale rows. */
    public Status status() {
        return latest.status();
    }

    /** What views show for this miner: STALE when its latest row is old while others keep coming, else its status. */
    public MinerState state() {
        return fleet.stale(this) ? MinerState.STALE : MinerState.of(latest.status());
    }

    /** The name to show: alias, else hostname, else address. */
    public String name() {
        return latest.displayName();
    }

    public Instant lastReachable() {
        return lastReachable;
    }

    /** Milliseconds between the two newest rows; -1 until there are two. */
    long lastGapMillis() {
        return lastGapMillis;
    }

    public Series hashrateHistory() {
        return hashrate;
    }

    public Series asicTempHistory() {
        return asicTemp;
    }

    public Series powerHistory() {
        return power;
    }

    /** The newest status changes (at most {@value #CHANGES_KEPT}), oldest first. */
    public List<StatusChange> recentChanges() {
        return changes == null ? List.of() : new ArrayList<>(changes);
    }

    /** All status changes seen in the window. */
    public int changeCount() {
        return changeCount;
    }

    /** Hashrate over the rows in which the miner answered. */
    public RunningStats hashrateStats() {
        return hashrateStats;
    }

    /** ASIC temperature over the rows in which the miner answered. */
    public RunningStats asicTempStats() {
        return asicTempStats;
    }

    /** Rows seen in the window. */
    public long rows() {
        return rows;
    }

    /** Share of the window's rows in which the miner answered, 0..100. */
    public double uptimePct() {
        return rows == 0 ? 0 : reachableRows * 100.0 / rows;
    }
}
