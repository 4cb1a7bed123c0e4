package io.github.bitaxemonitor.analyze.report;

import io.github.bitaxemonitor.analyze.compare.Comparison;
import io.github.bitaxemonitor.analyze.compare.Side;
import io.github.bitaxemonitor.analyze.result.Analysis;
import io.github.bitaxemonitor.analyze.result.MinerAnalysis;
import io.github.bitaxemonitor.analyze.segment.Segment;
import io.github.bitaxemonitor.analyze.session.NamedSession;
import io.github.bitaxemonitor.analyze.stats.Welch;
import java.util.List;

/** Texts of {@code analyze sessions}, {@code session list} and {@code compare}. */
public final class SessionsReport {
    private SessionsReport() {
    }

    /** The JSON of {@code sessions}. */
    public record Listing(List<MinerSegments> miners, List<NamedSession> named) {
    }

    public record MinerSegments(String address, String name, List<Segment> segments) {
        public static MinerSegments of(MinerAnalysis m) {
            return new MinerSegments(m.address(), m.name(), m.segments());
        }
    }

    public static Table segments(MinerAnalysis m) {
        Table t = new Table(List.of("start UTC", "end UTC", "hours", "config", "started by", "rows", "warm-up",
                "throttled", "faults", "paused", "reboots", "GH/s", "J/TH", "flag"),
                new boolean[] {false, false, true, false, false, true, true, true, true, true, true, true, true, false});
        for (Segment s : m.segments()) {
            t.add(List.of(Fmt.time(s.startMs()), Fmt.time(s.endMs()), Fmt.num((s.endMs() - s.startMs()) / 3.6e6, 1),
                    s.config(), s.cause(), Long.toString(s.rows()), Long.toString(s.warmupRows()),
                    Long.toString(s.throttledRows()), Long.toString(s.faultRows()), Long.toString(s.pausedRows()),
                    Integer.toString(s.reboots()),
                    Fmt.num(s.stableMeanGhs(), 1), Fmt.num(s.stableJth(), 2), s.flagged() ? "!" : ""));
        }
        return t;
    }

    public static Table named(List<NamedSession> sessions) {
        Table t = new Table(List.of("id", "miner", "start UTC", "end UTC", "notes"),
                new boolean[] {true, false, false, false, false});
        for (NamedSession s : sessions) {
            t.add(List.of(Integer.toString(s.id()), s.miner(), Fmt.time(s.start()),
                    s.end() == null ? "(open)" : Fmt.time(s.end()), s.notes() == null ? "" : s.notes()));
        }
        return t;
    }

    public static String text(Analysis a, List<NamedSession> named, String source) {
        StringBuilder sb = new StringBuilder(TextReport.header(a, source));
        for (MinerAnalysis m : a.miners()) {
            sb.append("\n== ").append(Escape.terminal(m.name())).append('\n').append(segments(m).text());
        }
        sb.append("\nNamed sessions").append(named.isEmpty() ? ": none (analyze session start --miner X --notes ...)\n"
                : ":\n" + named(named).text());
        return sb.toString();
    }

    public static String comparison(Comparison c) {
        Table t = new Table(List.of("side", "label", "rows", "stable", "GH/s", "J/TH", "blocks"),
                new boolean[] {false, false, true, true, true, true, true});
        side(t, "A", c.a());
        side(t, "B", c.b());
        StringBuilder sb = new StringBuilder("Comparing ").append(c.kind()).append('\n').append(t.text());
        sb.append("Uncertainty from Welch's t-test on ").append(Fmt.num(c.a().blockMinutes(), 0))
                .append("-minute block means (readings a minute apart are correlated, so the blocks, not the rows, "
                        + "are the sample size)\n");
        // Line by line: the terminal escape would show the verdict's own line break as \x0A.
        c.verdict().lines().forEach(line -> sb.append(Escape.terminal(line)).append('\n'));
        return sb.toString();
    }

    private static void side(Table t, String name, Side s) {
        t.add(List.of(name, s.label(), Long.toString(s.samples()), Long.toString(s.stable()), Fmt.num(s.meanGhs(), 1),
                Fmt.num(s.jth(), 2), Integer.toString(s.blocks())));
    }

    /** "p=0.0123", for the reports. */
    static String p(Welch w) {
        return Double.isNaN(w.p()) ? "-" : w.p() < 0.0001 ? "<0.0001" : Fmt.num(w.p(), 4);
    }
}
