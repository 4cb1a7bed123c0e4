package io.github.bitaxemonitor.view.fleet;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What the viewer knows about one miner: its latest row, a bounded history of the charted metrics, its recent status
 * changes, and statistics over the rows seen in the window. Memory is bounded whatever the window's length.
 */
public final class MinerTrack {
    /** Status changes kept for display; older ones are only counted. */
    static final int CHANGES_KEPT = 20;

    private final String address;
    /** Newest row; never null after construction. */
    private Sample latest;
    /** Timestamp of the newest row in which the miner answered; null when it never did in the window. */
    private Instant lastReachable;
    /** Gap between this miner's two newest rows; null until there are two. */
    private Duration lastGap;
    private final Series hashrate;
    private final Series asicTemp;
    private final Series power;
    private final Deque<StatusChange> changes = new ArrayDeque<>();
    private int changeCount;
    private final RunningStats hashrateStats = new RunningStats();
    private final RunningStats asicTempStats = new RunningStats();
    private long rows;
    private long reachableRows;

    MinerTrack(Sample first, int historyCapacity) {
        this.address = first.address();
        this.hashrate = new Series(historyCapacity);
        this.asicTemp = new Series(historyCapacity);
        this.power = new Series(historyCapacity);
        record(first);
    }

    /** Takes a newer row; rows not newer than the latest are ignored (a file that was re-read). */
    boolean accept(Sample s) {
        if (!s.timestamp().isAfter(latest.timestamp())) {
            return false;
        }
        lastGap = Duration.between(latest.timestamp(), s.timestamp());
        if (s.status() != latest.status()) {
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
        latest = s;
        rows++;
        if (s.status().reachable()) {
            reachableRows++;
            lastReachable = s.timestamp();
        }
        hashrate.add(s.hashrateGhs());
        asicTemp.add(s.asicTempC());
        power.add(s.powerW());
        hashrateStats.add(s.hashrateGhs());
        asicTempStats.add(s.asicTempC());
    }

    public String address() {
        return address;
    }

    public Sample latest() {
        return latest;
    }

    public Status status() {
        return latest.status();
    }

    /** The name to show: alias, else hostname, else address. */
    public String name() {
        return latest.displayName();
    }

    public Instant lastReachable() {
        return lastReachable;
    }

    Duration lastGap() {
        return lastGap;
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
        return new ArrayList<>(changes);
    }

    /** All status changes seen in the window. */
    public int changeCount() {
        return changeCount;
    }

    public RunningStats hashrateStats() {
        return hashrateStats;
    }

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
