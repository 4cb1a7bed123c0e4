package io.github.bitaxemonitor.analyze.stats;

/**
 * One metric of one group, summarised. NaN where there was nothing to summarise.
 *
 * @param count  readings
 * @param mean   arithmetic mean
 * @param stddev sample standard deviation
 * @param median 50th percentile (within {@link LogHistogram#RELATIVE_ERROR} of a reading)
 * @param p5     5th percentile
 * @param p95    95th percentile
 */
public record Summary(long count, double mean, double stddev, double median, double p5, double p95, double min,
                      double max) {

    public static Summary of(Moments m, LogHistogram h) {
        return new Summary(m.count(), m.mean(), m.stddev(), h == null ? Double.NaN : h.quantile(0.5),
                h == null ? Double.NaN : h.quantile(0.05), h == null ? Double.NaN : h.quantile(0.95), m.min(), m.max());
    }
}
