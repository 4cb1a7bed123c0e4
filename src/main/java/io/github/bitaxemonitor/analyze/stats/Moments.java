package io.github.bitaxemonitor.analyze.stats;

/**
 * Count, mean, variance (Welford's update: stable for long runs of nearly equal values), minimum and maximum of a
 * stream of values. NaN values (not reported) are ignored. Mutable; one per metric and group.
 */
public final class Moments {
    private long n;
    private double mean;
    private double m2;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    public void add(double v) {
        if (Double.isNaN(v)) {
            return;
        }
        n++;
        double d = v - mean;
        mean += d / n;
        m2 += d * (v - mean);
        if (v < min) {
            min = v;
        }
        if (v > max) {
            max = v;
        }
    }

    public long count() {
        return n;
    }

    /** NaN when empty. */
    public double mean() {
        return n == 0 ? Double.NaN : mean;
    }

    /** Sample standard deviation (n - 1); NaN below two values. */
    public double stddev() {
        return n < 2 ? Double.NaN : Math.sqrt(m2 / (n - 1));
    }

    public double min() {
        return n == 0 ? Double.NaN : min;
    }

    public double max() {
        return n == 0 ? Double.NaN : max;
    }
}
