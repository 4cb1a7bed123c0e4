package io.github.bitaxemonitor.view.fleet;

/** Minimum, mean and maximum of a stream of readings, in constant memory. Absent readings are not counted. */
public final class RunningStats {
    private long count;
    private double sum;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    void add(Double value) {
        if (value == null) {
            return;
        }
        count++;
        sum += value;
        min = Math.min(min, value);
        max = Math.max(max, value);
    }

    /** Readings counted. */
    public long count() {
        return count;
    }

    /** Null when nothing was counted. */
    public Double min() {
        return count == 0 ? null : min;
    }

    /** Null when nothing was counted. */
    public Double mean() {
        return count == 0 ? null : sum / count;
    }

    /** Null when nothing was counted. */
    public Double max() {
        return count == 0 ? null : max;
    }
}
