package io.github.bitaxemonitor.analyze.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Welch's unequal-variance t-test on two sets of (block) means, with the confidence interval of the difference; the
 * t distribution is Apache Commons Math's.
 *
 * @param meanA  mean of A
 * @param meanB  mean of B
 * @param nA     observations of A (blocks, not raw samples)
 * @param nB     observations of B
 * @param diff   meanB - meanA
 * @param low    lower end of the 95 % interval of diff
 * @param high   upper end
 * @param df     Welch-Satterthwaite degrees of freedom
 * @param p      two-sided p-value; NaN when either side has fewer than two observations
 */
public record Welch(double meanA, double meanB, int nA, int nB, double diff, double low, double high, double df,
                    double p) {

    /** The level of the interval, and the p-value below which a difference counts as more than noise. */
    public static final double ALPHA = 0.05;

    public static Welch test(double[] a, double[] b) {
        Moments ma = moments(a);
        Moments mb = moments(b);
        double diff = mb.mean() - ma.mean();
        if (a.length < 2 || b.length < 2) {
            return new Welch(ma.mean(), mb.mean(), a.length, b.length, diff, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN);
        }
        double va = ma.stddev() * ma.stddev() / a.length;
        double vb = mb.stddev() * mb.stddev() / b.length;
        double se = Math.sqrt(va + vb);
        if (se == 0) {
            // Identical constant blocks on both sides: no noise at all, so any difference is real and none is not.
            return new Welch(ma.mean(), mb.mean(), a.length, b.length, diff, diff, diff, Double.POSITIVE_INFINITY,
                    diff == 0 ? 1 : 0);
        }
        double df = (va + vb) * (va + vb)
                / (va * va / (a.length - 1) + vb * vb / (b.length - 1));
        TDistribution t = new TDistribution(null, df);
        double q = t.inverseCumulativeProbability(1 - ALPHA / 2);
        double p = 2 * t.cumulativeProbability(-Math.abs(diff / se));
        return new Welch(ma.mean(), mb.mean(), a.length, b.length, diff, diff - q * se, diff + q * se, df, p);
    }

    /** True when the difference is more than noise at the 5 % level. */
    public boolean significant() {
        return !Double.isNaN(p) && p < ALPHA;
    }

    /** diff as a percentage of A's mean. */
    public double diffPct() {
        return meanA == 0 ? Double.NaN : diff / meanA * 100;
    }

    private static Moments moments(double[] v) {
        Moments m = new Moments();
        for (double x : v) {
            m.add(x);
        }
        return m;
    }
}
