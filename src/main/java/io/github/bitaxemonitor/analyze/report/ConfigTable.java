package io.github.bitaxemonitor.analyze.report;

import io.github.bitaxemonitor.analyze.result.ConfigResult;
import io.github.bitaxemonitor.analyze.result.MinerAnalysis;
import io.github.bitaxemonitor.analyze.result.Recommendation;
import java.util.ArrayList;
import java.util.List;

/** The per-configuration table and the recommendations table of one miner, shared by every output format. */
public final class ConfigTable {
    private static final List<String> FULL = List.of("#J/TH", "#GH/s", "config", "front", "stable h", "runtime h",
            "samples", "GH/s", "sd", "median", "p5", "p95", "% exp", "ASIC C", "VR C", "W", "J/TH", "GH/W",
            "rej %", "shares/h", "flags");
    private static final boolean[] FULL_RIGHT = {true, true, false, false, true, true, true, true, true, true, true,
        true, true, true, true, true, true, true, true, true, false};
    private static final List<String> SHORT = List.of("config", "GH/s", "ASIC C", "W", "J/TH", "stable h", "flags");
    private static final boolean[] SHORT_RIGHT = {false, true, true, true, true, true, false};

    private ConfigTable() {
    }

    /** Every statistic (configs, the report's full table). */
    public static Table full(MinerAnalysis m) {
        Table t = new Table(FULL, FULL_RIGHT);
        for (ConfigResult c : m.configs()) {
            t.add(List.of(rank(c.rankJth()), rank(c.rankHashrate()), c.config(), c.pareto() ? "*" : "",
                    Fmt.num(c.stableH(), 1), Fmt.num(c.runtimeH(), 1),
                    c.stableSamples() + "/" + c.samples(), Fmt.num(c.hashrate().mean(), 1),
                    Fmt.num(c.hashrate().stddev(), 1), Fmt.num(c.hashrate().median(), 1),
                    Fmt.num(c.hashrate().p5(), 1), Fmt.num(c.hashrate().p95(), 1), Fmt.num(c.pctExpected(), 1),
                    Fmt.num(c.asicTemp().mean(), 1), Fmt.num(c.vrTemp().mean(), 1), Fmt.num(c.power().mean(), 2),
                    Fmt.num(c.jth(), 2), Fmt.num(c.ghPerW(), 2), Fmt.num(c.rejectPct(), 2),
                    Fmt.num(c.sharesPerHour(), 1), String.join("; ", c.flags())));
        }
        return t;
    }

    /** The seed's summary columns (the markdown report's first table, the live view). */
    public static Table summary(MinerAnalysis m) {
        Table t = new Table(SHORT, SHORT_RIGHT);
        for (ConfigResult c : m.configs()) {
            t.add(List.of(c.config() + (c.pareto() ? " *" : ""), Fmt.num(c.hashrate().mean(), 1),
                    Fmt.num(c.asicTemp().mean(), 1), Fmt.num(c.power().mean(), 1), Fmt.num(c.jth(), 2),
                    Fmt.num(c.stableH(), 1), c.flags().isEmpty() ? "" : String.join("; ", c.flags())));
        }
        return t;
    }

    public static Table recommendations(MinerAnalysis m) {
        Table t = new Table(List.of("goal", "config", "value", "confidence", "why"),
                new boolean[] {false, false, true, false, false});
        for (Recommendation r : m.recommendations()) {
            t.add(new ArrayList<>(List.of(r.goal(), r.config() == null ? "none" : r.config(),
                    r.value() == null ? "-" : r.value(), r.confidence().name(), r.why())));
        }
        return t;
    }

    private static String rank(int r) {
        return r == 0 ? "-" : Integer.toString(r);
    }
}
