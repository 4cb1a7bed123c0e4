package io.github.bitaxemonitor.analyze.report;

import io.github.bitaxemonitor.analyze.result.Analysis;
import io.github.bitaxemonitor.analyze.result.MinerAnalysis;
import io.github.bitaxemonitor.analyze.result.Recommendation;
import io.github.bitaxemonitor.analyze.session.NamedSession;
import java.util.List;

/** Seed 003's report as markdown: per miner the configuration summary, recommendations, statistics, sessions. */
public final class MarkdownReport {
    private MarkdownReport() {
    }

    public static String render(Analysis a, String source, List<NamedSession> named) {
        StringBuilder sb = new StringBuilder("# Bitaxe performance report\n\n");
        sb.append("Period: ").append(Fmt.time(a.firstRow())).append(" to ").append(Fmt.time(a.lastRow()))
                .append(" UTC. Source: `").append(Escape.markdown(source).replace("`", "'")).append("` (")
                .append(a.files()).append(" files, ").append(Fmt.bytes(a.bytes())).append(", ")
                .append(Fmt.count(a.rows())).append(" rows").append(a.skippedLines() > 0 ? ", "
                        + Fmt.count(a.skippedLines()) + " damaged lines skipped" : "").append(").\n\n");
        sb.append(method(a)).append('\n');
        if (a.miners().isEmpty() && a.withoutClocks().isEmpty()) {
            sb.append("No rows in the period.\n");
        }
        for (MinerAnalysis m : a.miners()) {
            sb.append("## ").append(Escape.markdown(m.name()));
            if (!m.name().equals(m.address())) {
                sb.append(" (").append(Escape.markdown(m.address())).append(')');
            }
            sb.append("\n\n### Configuration performance summary\n\n").append(ConfigTable.summary(m).markdown())
                    .append("\n\\* on the hashrate / efficiency Pareto front.\n\n### Recommendations\n\n");
            for (Recommendation r : m.recommendations()) {
                sb.append("- **").append(capital(r.goal())).append("**: ")
                        .append(r.config() == null ? "none" : Escape.markdown(r.config()) + " ("
                                + Escape.markdown(r.value()) + ")")
                        .append(", confidence ").append(r.confidence()).append(": ").append(Escape.markdown(r.why()))
                        .append('\n');
            }
            sb.append("\n### All statistics\n\n").append(ConfigTable.full(m).markdown());
            sb.append("\n### Sessions (a segment per configuration run)\n\n").append(SessionsReport.segments(m).markdown())
                    .append('\n');
        }
        if (!a.withoutClocks().isEmpty()) {
            sb.append("## Not analysed\n\n").append(Escape.markdown(TextReport.withoutClocks(a))).append("\n\n");
        }
        if (!named.isEmpty()) {
            sb.append("## Named sessions\n\n").append(SessionsReport.named(named).markdown());
        }
        return sb.toString();
    }

    static String method(Analysis a) {
        return "Method: rows within " + a.settings().settle().toMinutes() + " minutes of a configuration change, a "
                + "reboot or the end of a pause are warm-up and left out; rows in overheat mode, HOT, OVERHEAT or NO "
                + "HASH (as the status or among the conditions), with the ASIC clock below "
                + Fmt.num(a.settings().slowClockFraction() * 100, 0) + "% of the set one, or hashing below "
                + Fmt.num(a.settings().collapseFraction() * 100, 0) + "% of the expected hashrate are throttling; "
                + "unreachable, faulted or stalled rows are unstable: both are counted and flagged, never averaged "
                + "in. Rows while the owner paused mining are counted apart and neither judged nor flagged. J/TH is "
                + "energy over hashes of the stable rows. Recommendations skip flagged "
                + "configurations; their confidence needs " + a.settings().minRuntime().toMinutes() / 60.0
                + " h of stable runtime and " + a.settings().minBlocks() + " blocks of "
                + a.settings().block().toMinutes() + " minutes, and HIGH needs a difference to the runner-up "
                + "beyond noise (Welch's t-test on the block means, p < 0.05).\n";
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
