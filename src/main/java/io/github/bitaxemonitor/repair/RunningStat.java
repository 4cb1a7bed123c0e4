package io.github.bitaxemonitor.repair;

/** Min, mean and max of a stream of values in constant memory; null values (not reported) are skipped. */
final class RunningStat {
    private long count;
    private double sum;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    void add(Double v) {
        if (v == null || !Double.isFinite(v)) {
            return;
        }
        count++;
        sum += v;
        min = Math.min(min, v);
        max = Math.max(max, v);
    }

    /** The figures, or null when no value was seen. */
    Figures figures() {
        return count == 0 ? null : new Figures(count, min, sum / count, max);
    }

    /** @param count how many values the figures summarise; at least 1 */
    record Figures(long count, double min, double avg, double max) {
    }
}
