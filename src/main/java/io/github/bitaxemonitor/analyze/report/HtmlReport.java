package io.github.bitaxemonitor.analyze.report;

import io.github.bitaxemonitor.analyze.result.Analysis;
import io.github.bitaxemonitor.analyze.result.MinerAnalysis;
import io.github.bitaxemonitor.analyze.session.NamedSession;
import java.util.List;
import java.util.Map;

/**
 * The report as one self-contained HTML file: inline CSS and inline SVG, no script, no external resource, so it
 * opens offline and can be mailed. A Content-Security-Policy forbids everything but inline styles, as a second wall
 * behind the escaping of every string from the files.
 */
public final class HtmlReport {
    private static final String CSS = """
            body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px;color:#222;max-width:1340px}
            h1{font-size:22px}h2{font-size:18px;margin-top:32px;border-bottom:1px solid #ccc}h3{font-size:15px}
            table{border-collapse:collapse;margin:8px 0;font-size:12px}th,td{border:1px solid #ddd;padding:3px 6px}
            th{background:#f4f4f4;text-align:left}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
            .charts{display:grid;grid-template-columns:repeat(2,640px);gap:12px 24px}
            svg text.t{font-size:14px;font-weight:600}svg text.a{font-size:12px;fill:#444}svg text.k{font-size:10px;fill:#555}
            .legend span{margin-right:12px;font-size:12px;white-space:nowrap}.legend i{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:-1px}
            .legend .note{color:#D00}.rec li{margin:3px 0}.meta{color:#555}
            """;

    private HtmlReport() {
    }

    public static String render(Analysis a, String source, List<NamedSession> named) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<title>Bitaxe performance report</title>\n<style>").append(CSS).append("</style></head><body>\n")
                .append("<h1>Bitaxe performance report</h1>\n<p class=\"meta\">Period ")
                .append(Fmt.time(a.firstRow())).append(" to ").append(Fmt.time(a.lastRow())).append(" UTC; source ")
                .append(Escape.html(source)).append(" (").append(a.files()).append(" files, ").append(Fmt.bytes(a.bytes()))
                .append(", ").append(Fmt.count(a.rows())).append(" rows")
                .append(a.skippedLines() > 0 ? ", " + Fmt.count(a.skippedLines()) + " damaged lines skipped" : "")
                .append(").</p>\n<p class=\"meta\">").append(Escape.html(MarkdownReport.method(a).strip())).append("</p>\n");
        if (a.miners().isEmpty() && a.withoutClocks().isEmpty()) {
            sb.append("<p>No rows in the period.</p>\n");
        }
        for (MinerAnalysis m : a.miners()) {
            miner(sb, m);
        }
        if (!a.withoutClocks().isEmpty()) {
            sb.append("<h2>Not analysed</h2>\n<p>").append(Escape.html(TextReport.withoutClocks(a))).append("</p>\n");
        }
        if (!named.isEmpty()) {
            sb.append("<h2>Named sessions</h2>\n").append(SessionsReport.named(named).html("sessions"));
        }
        return sb.append("</body></html>\n").toString();
    }

    private static void miner(StringBuilder sb, MinerAnalysis m) {
        sb.append("<h2>").append(Escape.html(m.name()));
        if (!m.name().equals(m.address())) {
            sb.append(" <small>").append(Escape.html(m.address())).append("</small>");
        }
        sb.append("</h2>\n<h3>Configuration performance summary</h3>\n").append(ConfigTable.summary(m).html("summary"))
                .append("<p class=\"meta\">* on the hashrate / efficiency Pareto front.</p>\n<h3>Recommendations</h3>\n")
                .append(ConfigTable.recommendations(m).html("rec"));
        Map<String, String> colours = Charts.colours(m);
        sb.append("<div class=\"charts\">\n<div>").append(Charts.hashrateOverTime(m, colours)).append("</div>\n<div>")
                .append(Charts.tempVsPower(m, colours)).append("</div>\n<div>").append(Charts.jthPerConfig(m, colours))
                .append("</div>\n<div>").append(Charts.pareto(m, colours)).append("</div>\n</div>\n");
        sb.append("<h3>All statistics</h3>\n").append(ConfigTable.full(m).html("full"))
                .append("<h3>Sessions (a segment per configuration run)</h3>\n")
                .append(SessionsReport.segments(m).html("segments"));
    }
}
