package io.github.bitaxemonitor.repair;

import java.util.Map;
import java.util.TreeMap;

/**
 * The distribution of sampling intervals of one miner in bounded memory: intervals are counted in logarithmic buckets
 * one percent wide, so the median and the gap threshold are exact to about one percent, and the map never holds more
 * than a few thousand buckets whatever the number of rows.
 */
final class IntervalHistogram {
    private static final double PER_UNIT = 100.0;

    /** Bucket index (ln(1 + ms) * 100, rounded) to count. */
    private final TreeMap<Integer, Long> buckets = new TreeMap<>();
    private long count;

    void add(long millis) {
        buckets.merge(bucket(millis), 1L, Long::sum);
        count++;
    }

    long count() {
        return count;
    }

    /** The median interval in milliseconds; 0 when nothing was counted. */
    long medianMillis() {
        long seen = 0;
        for (Map.Entry<Integer, Long> e : buckets.entrySet()) {
            seen += e.getValue();
            if (seen * 2 >= count) {
                return value(e.getKey());
            }
        }
        return 0;
    }

    /** How many intervals are longer than the threshold. */
    long countAbove(long millis) {
        return buckets.tailMap(bucket(millis), false).values().stream().mapToLong(Long::longValue).sum();
    }

    private static int bucket(long millis) {
        return (int) Math.round(Math.log1p(Math.max(0, millis)) * PER_UNIT);
    }

    private static long value(int bucket) {
        return Math.round(Math.expm1(bucket / PER_UNIT));
    }
}
