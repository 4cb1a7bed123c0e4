package io.github.bitaxemonitor.analyze.rank;

import io.github.bitaxemonitor.analyze.result.ConfigResult;
import io.github.bitaxemonitor.analyze.result.MinerAnalysis;
import io.github.bitaxemonitor.analyze.segment.Accumulator;
import io.github.bitaxemonitor.analyze.segment.MinerState;
import io.github.bitaxemonitor.analyze.segment.RowKind;
import io.github.bitaxemonitor.analyze.segment.Settings;
import io.github.bitaxemonitor.analyze.segment.Timeline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a miner's accumulators into ranked configuration results: ranks by J/TH and by hashrate among the
 * configurations with stable rows, the Pareto front, flags, and the recommendations ({@link Recommender}).
 */
public final class Ranker {
    private Ranker() {
    }

    public static MinerAnalysis rank(MinerState miner, Settings settings) {
        Map<String, Accumulator> accs = miner.configs();
        List<String> judged = new ArrayList<>();
        accs.forEach((config, a) -> {
            if (a.rows(RowKind.STABLE) > 0 && !Double.isNaN(a.hashrate().mean())) {
                judged.add(config);
            }
        });
        Map<String, Integer> byJth = ranks(judged, Comparator.comparingDouble(c -> nanLast(accs.get(c).jth())));
        Map<String, Integer> byHash = ranks(judged,
                Comparator.comparingDouble(c -> -accs.get(c).hashrate().mean()));
        List<ConfigResult> results = new ArrayList<>();
        accs.forEach((config, a) -> results.add(result(config, a, byJth.getOrDefault(config, 0),
                byHash.getOrDefault(config, 0), pareto(config, judged, accs), settings)));
        results.sort(Comparator.comparingInt((ConfigResult r) -> r.rankJth() == 0 ? Integer.MAX_VALUE : r.rankJth())
                .thenComparing(ConfigResult::config));
        Timeline t = miner.timeline();
        return new MinerAnalysis(miner.address(), miner.name(), List.copyOf(results),
                Recommender.recommend(results, accs, settings), List.copyOf(miner.segments()),
                t == null ? List.of() : t.points(), t == null ? 0 : t.bucketMs() / 1000);
    }

    private static double nanLast(double v) {
        return Double.isNaN(v) ? Double.MAX_VALUE : v;
    }

    private static Map<String, Integer> ranks(List<String> configs, Comparator<String> order) {
        List<String> sorted = new ArrayList<>(configs);
        sorted.sort(order.thenComparing(Comparator.naturalOrder()));
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            out.put(sorted.get(i), i + 1);
        }
        return out;
    }

    /** No other judged configuration has at least the hashrate and at most the J/TH, and is better in one. */
    private static boolean pareto(String config, List<String> judged, Map<String, Accumulator> accs) {
        if (!judged.contains(config) || Double.isNaN(accs.get(config).jth())) {
            return false;
        }
        double h = accs.get(config).hashrate().mean();
        double j = accs.get(config).jth();
        for (String other : judged) {
            Accumulator o = accs.get(other);
            double oh = o.hashrate().mean();
            double oj = o.jth();
            if (!other.equals(config) && !Double.isNaN(oj) && oh >= h && oj <= j && (oh > h || oj < j)) {
                return false;
            }
        }
        return true;
    }

    private static ConfigResult result(String config, Accumulator a, int rankJth, int rankHash, boolean pareto,
                                       Settings settings) {
        List<String> flags = new ArrayList<>();
        long judgedRows = a.rows() - a.rows(RowKind.WARMUP) - a.rows(RowKind.PAUSED);
        double throttled = judgedRows > 0 ? (double) a.rows(RowKind.THROTTLED) / judgedRows : 0;
        double faults = judgedRows > 0 ? (double) a.rows(RowKind.FAULT) / judgedRows : 0;
        if (a.rows(RowKind.THROTTLED) > 0) {
            flags.add("throttled " + pct(throttled) + " of rows in " + a.throttledSegments() + " of " + a.segments()
                    + " segment" + (a.segments() == 1 ? "" : "s"));
        }
        if (a.reboots() > 0) {
            flags.add(a.reboots() + " reboot" + (a.reboots() == 1 ? "" : "s") + " mid-segment");
        }
        if (a.rows(RowKind.FAULT) > 0) {
            flags.add("unreachable/faulted/stalled " + pct(faults) + " of rows");
        }
        int blocks = a.blocks().hashrateMeans().length;
        boolean enough = a.stableMs() >= settings.minRuntime().toMillis() && blocks >= settings.minBlocks();
        if (a.rows(RowKind.STABLE) == 0) {
            flags.add("no stable rows");
        } else if (!enough) {
            flags.add("little data: " + String.format(Locale.ROOT, "%.1f", a.stableMs() / 3.6e6) + " h stable, "
                    + blocks + " blocks");
        }
        boolean eligible = a.rows(RowKind.STABLE) > 0 && throttled <= settings.maxFlagged()
                && faults <= settings.maxFlagged() && a.reboots() == 0;
        double jth = a.jth();
        return new ConfigResult(config, rankJth, rankHash, pareto, eligible, a.rows(), a.rows(RowKind.STABLE),
                a.rows(RowKind.WARMUP), a.rows(RowKind.THROTTLED), a.rows(RowKind.FAULT), a.rows(RowKind.PAUSED), a.segments(),
                a.throttledSegments(), a.reboots(), a.runtimeMs() / 3.6e6, a.stableMs() / 3.6e6, a.hashrate(),
                a.pctExpected(), a.asicTemp(), a.vrTemp(), a.power(), jth, a.jthRows(),
                jth > 0 ? 1000 / jth : Double.NaN, a.rejectPct(), a.sharesPerHour(), blocks,
                a.blocks().blockMs() / 60_000.0, List.copyOf(flags));
    }

    private static String pct(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }
}
