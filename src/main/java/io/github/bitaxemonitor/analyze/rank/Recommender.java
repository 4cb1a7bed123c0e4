package io.github.bitaxemonitor.analyze.rank;

import io.github.bitaxemonitor.analyze.result.ConfigResult;
import io.github.bitaxemonitor.analyze.result.Recommendation;
import io.github.bitaxemonitor.analyze.result.Recommendation.Confidence;
import io.github.bitaxemonitor.analyze.segment.Accumulator;
import io.github.bitaxemonitor.analyze.segment.Settings;
import io.github.bitaxemonitor.analyze.stats.Welch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Best efficiency, best hashrate and best balance among the configurations that may be recommended (stable rows,
 * not throttling, no reboots), each with how sure it is: the winner needs enough stable runtime and blocks, and
 * must beat the runner-up by more than noise (Welch's test on block means) for HIGH.
 *
 * <p>Balance: on the Pareto front of those configurations, the one with the most of (hashrate / best hashrate) minus
 * (J/TH / best J/TH - 1), that is, one percent of hashrate is worth one percent of efficiency.
 */
final class Recommender {
    private Recommender() {
    }

    static List<Recommendation> recommend(List<ConfigResult> all, Map<String, Accumulator> accs, Settings s) {
        List<ConfigResult> ok = all.stream().filter(ConfigResult::eligible).filter(c -> !Double.isNaN(c.jth())).toList();
        List<Recommendation> out = new ArrayList<>();
        if (ok.isEmpty()) {
            String why = all.isEmpty() ? "no configuration has rows in the range"
                    : "every configuration is flagged (throttling, reboots or faults) or has no stable rows";
            for (String goal : List.of("best efficiency", "best hashrate", "best balance")) {
                out.add(new Recommendation(goal, null, null, Confidence.LOW, why));
            }
            return out;
        }
        out.add(best("best efficiency", ok, all, accs, s, ConfigResult::jth, false, "J/TH"));
        out.add(best("best hashrate", ok, all, accs, s, c -> c.hashrate().mean(), true, "GH/s"));
        out.add(balance(ok, s));
        return out;
    }

    private static Recommendation best(String goal, List<ConfigResult> ok, List<ConfigResult> all,
                                       Map<String, Accumulator> accs, Settings s, ToDoubleFunction<ConfigResult> metric,
                                       boolean higherBetter, String unit) {
        Comparator<ConfigResult> order = Comparator.comparingDouble(metric);
        List<ConfigResult> sorted = new ArrayList<>(ok);
        sorted.sort(higherBetter ? order.reversed() : order);
        ConfigResult w = sorted.get(0);
        String value = fmt(metric.applyAsDouble(w)) + " " + unit;
        StringBuilder why = new StringBuilder();
        Confidence c;
        if (!enough(w, s)) {
            c = Confidence.LOW;
            why.append("only ").append(fmt(w.stableH())).append(" h stable in ").append(w.blocks())
                    .append(" blocks (wanted ").append(fmt(s.minRuntime().toMinutes() / 60.0)).append(" h, ")
                    .append(s.minBlocks()).append(" blocks)");
        } else if (sorted.size() == 1) {
            c = Confidence.MEDIUM;
            why.append("the only configuration with clean data; nothing to compare it with");
        } else {
            ConfigResult r = sorted.get(1);
            if (!enough(r, s)) {
                c = Confidence.MEDIUM;
                why.append("runner-up ").append(r.config()).append(" has too little data to compare (")
                        .append(fmt(r.stableH())).append(" h)");
            } else {
                Accumulator aw = accs.get(w.config());
                Accumulator ar = accs.get(r.config());
                Welch t = unit.equals("J/TH") ? Welch.test(ar.blocks().jthMeans(), aw.blocks().jthMeans())
                        : Welch.test(ar.blocks().hashrateMeans(), aw.blocks().hashrateMeans());
                c = t.significant() ? Confidence.HIGH : Confidence.MEDIUM;
                why.append(t.significant() ? "beats " : "within noise of ").append(r.config()).append(": ")
                        .append(signed(t.diffPct())).append("% (95% CI ").append(signed(t.low() / t.meanA() * 100))
                        .append("..").append(signed(t.high() / t.meanA() * 100)).append("%, p=")
                        .append(p(t.p())).append(", ").append(t.nB()).append(" vs ").append(t.nA())
                        .append(" blocks)");
            }
        }
        for (ConfigResult x : all) {
            double v = metric.applyAsDouble(x);
            boolean better = higherBetter ? v > metric.applyAsDouble(w) : v < metric.applyAsDouble(w);
            if (!x.eligible() && better && !x.flags().isEmpty()) {
                why.append("; ").append(x.config()).append(" scored better but is flagged: ").append(x.flags().get(0));
                break;
            }
        }
        return new Recommendation(goal, w.config(), value, c, why.toString());
    }

    private static Recommendation balance(List<ConfigResult> ok, Settings s) {
        double hMax = ok.stream().mapToDouble(c -> c.hashrate().mean()).max().orElse(Double.NaN);
        double jMin = ok.stream().mapToDouble(ConfigResult::jth).min().orElse(Double.NaN);
        List<ConfigResult> front = ok.stream().filter(c -> ok.stream().noneMatch(o -> dominates(o, c))).toList();
        ConfigResult w = front.stream().max(Comparator.comparingDouble(
                (ConfigResult c) -> c.hashrate().mean() / hMax - (c.jth() / jMin - 1))).orElseThrow();
        Confidence conf = !enough(w, s) ? Confidence.LOW
                : front.stream().allMatch(c -> enough(c, s)) ? Confidence.HIGH : Confidence.MEDIUM;
        String why = String.format(Locale.ROOT, "%.1f%% of the best hashrate at %.1f%% above the best J/TH, of %d "
                        + "Pareto configuration%s%s", w.hashrate().mean() / hMax * 100, (w.jth() / jMin - 1) * 100,
                front.size(), front.size() == 1 ? "" : "s",
                conf == Confidence.HIGH ? "" : conf == Confidence.LOW ? "; too little data for it"
                        : "; some front configurations have too little data");
        return new Recommendation("best balance", w.config(), fmt(w.hashrate().mean()) + " GH/s at " + fmt(w.jth())
                + " J/TH", conf, why);
    }

    private static boolean dominates(ConfigResult o, ConfigResult c) {
        double oh = o.hashrate().mean();
        double h = c.hashrate().mean();
        return oh >= h && o.jth() <= c.jth() && (oh > h || o.jth() < c.jth());
    }

    private static boolean enough(ConfigResult c, Settings s) {
        return c.stableH() * 3_600_000 >= s.minRuntime().toMillis() && c.blocks() >= s.minBlocks();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String signed(double v) {
        return String.format(Locale.ROOT, "%+.2f", v);
    }

    private static String p(double p) {
        return p < 0.0001 ? "<0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }
}
