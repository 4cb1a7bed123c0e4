package io.github.bitaxemonitor.analyze.compare;

import io.github.bitaxemonitor.analyze.segment.Accumulator;
import io.github.bitaxemonitor.analyze.stats.Welch;
import java.util.Locale;

/**
 * Two sides compared on hashrate and J/TH, each difference with its 95 % interval and whether it is more than noise:
 * Welch's test on block means, whose number is the honest sample size of autocorrelated readings (n samples a
 * minute apart are far fewer independent observations).
 *
 * @param kind     "configurations", "miners" or "periods"
 * @param hashrate B - A in GH/s
 * @param jth      B - A in J/TH
 */
public record Comparison(String kind, Side a, Side b, Welch hashrate, Welch jth, String verdict) {

    public static Comparison of(String kind, String labelA, Accumulator a, String labelB, Accumulator b) {
        Side sa = Side.of(labelA, a);
        Side sb = Side.of(labelB, b);
        Welch h = Welch.test(a.blocks().hashrateMeans(), b.blocks().hashrateMeans());
        Welch j = Welch.test(a.blocks().jthMeans(), b.blocks().jthMeans());
        return new Comparison(kind, sa, sb, h, j, verdict(sa, sb, h, j));
    }

    private static String verdict(Side a, Side b, Welch h, Welch j) {
        if (a.blocks() < 2 || b.blocks() < 2) {
            return "not enough data: each side needs at least 2 blocks of stable rows (A has " + a.blocks()
                    + ", B has " + b.blocks() + ")";
        }
        return "hashrate: " + b.label() + " " + line(h, "GH/s", a.label()) + "\nJ/TH: " + b.label() + " "
                + line(j, "J/TH", a.label());
    }

    private static String line(Welch t, String unit, String than) {
        String dir = t.diff() >= 0 ? "higher" : "lower";
        return String.format(Locale.ROOT, "is %.2f%% %s than %s (%+.2f %s, 95%% CI %+.2f..%+.2f, p=%s): %s",
                Math.abs(t.diffPct()), dir, than, t.diff(), unit, t.low(), t.high(), p(t.p()),
                t.significant() ? "more than noise" : "NOT more than noise");
    }

    private static String p(double p) {
        return Double.isNaN(p) ? "-" : p < 0.0001 ? "<0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }
}
