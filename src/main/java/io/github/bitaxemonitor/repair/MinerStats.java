package io.github.bitaxemonitor.repair;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import java.util.PriorityQueue;

/** Everything stats reports about one miner, accumulated in constant memory. */
final class MinerStats {
    /** Gaps listed per miner: the longest ones. */
    static final int LISTED_GAPS = 5;
    /** A gap is an interval longer than this many median intervals. */
    static final int GAP_FACTOR = 3;

    final String address;
    /** The name shown: the latest alias or hostname the miner reported (raw; escape before printing). */
    String name;
    long samples;
    final RunningStat hashrate = new RunningStat();
    final RunningStat asicTemp = new RunningStat();
    final RunningStat power = new RunningStat();
    final RunningStat joulesPerTh = new RunningStat();
    final Map<Status, Long> statuses = new EnumMap<>(Status.class);
    final IntervalHistogram intervals = new IntervalHistogram();
    /** The longest intervals, shortest first so the head is the one to evict. */
    private final PriorityQueue<Gap> longest = new PriorityQueue<>(Comparator.comparing(Gap::length));
    private Instant last;

    MinerStats(String address) {
        this.address = address;
    }

    void add(Sample s) {
        samples++;
        name = s.displayName();
        hashrate.add(s.hashrateGhs());
        asicTemp.add(s.asicTempC());
        power.add(s.powerW());
        joulesPerTh.add(s.joulesPerTh());
        statuses.merge(s.status(), 1L, Long::sum);
        if (last != null && s.timestamp().isAfter(last)) {
            Gap g = new Gap(last, Duration.between(last, s.timestamp()));
            intervals.add(g.length().toMillis());
            longest.add(g);
            if (longest.size() > LISTED_GAPS) {
                longest.poll();
            }
        }
        if (last == null || s.timestamp().isAfter(last)) {
            last = s.timestamp();
        }
    }

    long medianIntervalMillis() {
        return intervals.medianMillis();
    }

    /** Intervals longer than {@link #GAP_FACTOR} times the median. */
    long gapCount() {
        return intervals.count() < 2 ? 0 : intervals.countAbove(GAP_FACTOR * medianIntervalMillis());
    }

    /** The longest gaps, longest first; only intervals that count as gaps. */
    List<Gap> largestGaps() {
        long threshold = GAP_FACTOR * medianIntervalMillis();
        return longest.stream().filter(g -> intervals.count() >= 2 && g.length().toMillis() > threshold)
                .sorted(Comparator.comparing(Gap::length).reversed()).toList();
    }

    /**
     * A pause in sampling.
     *
     * @param after  the timestamp of the last sample before the pause
     * @param length how long until the next sample
     */
    record Gap(Instant after, Duration length) {
    }
}
