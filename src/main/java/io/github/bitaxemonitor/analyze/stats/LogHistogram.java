package io.github.bitaxemonitor.analyze.stats;

/**
 * Quantiles of a stream in bounded memory: values are counted in buckets whose width is a fixed fraction of their
 * value (the top {@link #SUB_BITS} mantissa bits of the double pick the bucket), so any quantile comes back within
 * {@link #RELATIVE_ERROR} of a value of the stream, whatever its range, and a year of samples costs what an hour does.
 * Buckets are a dense array over the range seen so far: a configuration's readings lie close together, so it stays
 * small. Zero and negative values (a stopped ASIC) are counted apart. NaN is ignored.
 */
public final class LogHistogram {
    private static final int SUB_BITS = 9;
    /** Half a bucket's relative width: the midpoint of a bucket is this close to every value in it. */
    public static final double RELATIVE_ERROR = 1.0 / (1 << (SUB_BITS + 1));

    private long[] counts = new long[0];
    /** Bucket index of counts[0]. */
    private int base;
    private long zeros;
    private long total;

    public void add(double v) {
        if (Double.isNaN(v)) {
            return;
        }
        total++;
        if (v <= 0) {
            zeros++;
            return;
        }
        int k = bucket(v);
        if (counts.length == 0) {
            counts = new long[16];
            base = k - 8;
        } else if (k < base || k >= base + counts.length) {
            grow(k);
        }
        counts[k - base]++;
    }

    public long count() {
        return total;
    }

    /**
     * The q-quantile (0 <= q <= 1) by the nearest-rank rule on the bucket midpoints; NaN when empty. Values at or
     * below zero read as 0.
     */
    public double quantile(double q) {
        if (total == 0) {
            return Double.NaN;
        }
        long rank = Math.max(1, (long) Math.ceil(q * total));
        if (rank <= zeros) {
            return 0;
        }
        long seen = zeros;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return midpoint(base + i);
            }
        }
        return midpoint(base + counts.length - 1);
    }

    private void grow(int k) {
        int lo = Math.min(base, k);
        int hi = Math.max(base + counts.length, k + 1);
        int size = Math.max(hi - lo, counts.length * 2);
        // Headroom on the side that grew, so a slow drift does not copy the array at every new bucket.
        int newBase = k < base ? hi - size : lo;
        long[] next = new long[size];
        System.arraycopy(counts, 0, next, base - newBase, counts.length);
        counts = next;
        base = newBase;
    }

    /** Exponent and the top mantissa bits: monotonic in v for positive doubles. */
    static int bucket(double v) {
        return (int) (Double.doubleToRawLongBits(v) >>> (52 - SUB_BITS));
    }

    static double midpoint(int bucket) {
        double lo = Double.longBitsToDouble((long) bucket << (52 - SUB_BITS));
        double hi = Double.longBitsToDouble((long) (bucket + 1) << (52 - SUB_BITS));
        return (lo + hi) / 2;
    }
}
