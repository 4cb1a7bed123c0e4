package io.github.bitaxemonitor.analyze.report;

import io.github.bitaxemonitor.analyze.result.Analysis;
import io.github.bitaxemonitor.analyze.result.MinerAnalysis;

/** {@code analyze configs} on a terminal: what was read, then per miner its table and recommendations. */
public final class TextReport {
    private TextReport() {
    }

    public static String configs(Analysis a, String source) {
        StringBuilder sb = new StringBuilder(header(a, source));
        if (a.miners().isEmpty() && a.withoutClocks().isEmpty()) {
            sb.append("no rows in the range").append(a.since() != null || a.until() != null ? " (check --since/--until)"
                    : "").append('\n');
        }
        for (MinerAnalysis m : a.miners()) {
            sb.append('\n').append("== ").append(Escape.terminal(m.name()));
            if (!m.name().equals(m.address())) {
                sb.append("  ").append(Escape.terminal(m.address()));
            }
            sb.append('\n').append(ConfigTable.full(m).text());
            sb.append("front: * = on the hashrate / efficiency Pareto front; ranks among configurations with stable rows\n");
            sb.append(ConfigTable.recommendations(m).text());
        }
        if (!a.withoutClocks().isEmpty()) {
            sb.append('\n').append(Escape.terminal(withoutClocks(a))).append('\n');
        }
        return sb.toString();
    }

    /** The line every report says about the miners it could not judge. */
    static String withoutClocks(Analysis a) {
        return "Not analysed (no reachable row names a frequency and core voltage, so there is no configuration to "
                + "judge: never reached, or a firmware that reports none, as most CGMiner ones): "
                + String.join(", ", a.withoutClocks());
    }

    /** One paragraph: the source, the range, what was read and left out, and the settings. */
    public static String header(Analysis a, String source) {
        StringBuilder sb = new StringBuilder();
        sb.append("Analysis of ").append(Escape.terminal(source)).append(": rows ").append(Fmt.time(a.firstRow()))
                .append(" .. ").append(Fmt.time(a.lastRow())).append(" UTC");
        if (a.since() != null || a.until() != null) {
            sb.append(" (asked ").append(Fmt.time(a.since())).append(" .. ").append(Fmt.time(a.until())).append(')');
        }
        sb.append("; ").append(a.files()).append(" file").append(a.files() == 1 ? "" : "s").append(", ")
                .append(Fmt.bytes(a.bytes())).append(", ").append(Fmt.count(a.rows())).append(" rows");
        if (a.skippedLines() > 0) {
            sb.append("; ").append(Fmt.count(a.skippedLines())).append(" damaged lines skipped (first: ")
                    .append(Escape.terminal(a.firstSkipped())).append("; csv-repair analyze shows them)");
        }
        sb.append("\nSettings: settle ").append(a.settings().settle().toMinutes()).append(" min after a change or boot; ")
                .append("throttling = overheat mode, HOT/OVERHEAT/NO HASH, ASIC clock < ")
                .append(Fmt.num(a.settings().slowClockFraction() * 100, 0)).append("% of set or hashrate < ")
                .append(Fmt.num(a.settings().collapseFraction() * 100, 0)).append("% of expected; blocks of ")
                .append(a.settings().block().toMinutes()).append(" min for the uncertainty\n");
        return sb.toString();
    }
}
