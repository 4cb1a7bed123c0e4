package io.github.bitaxemonitor.view.live;

import com.googlecode.lanterna.SGR;
import io.github.bitaxemonitor.analyze.LiveAnalysis;
import io.github.bitaxemonitor.analyze.report.Fmt;
import io.github.bitaxemonitor.analyze.result.ConfigResult;
import io.github.bitaxemonitor.analyze.result.MinerAnalysis;
import io.github.bitaxemonitor.analyze.result.Recommendation;
import io.github.bitaxemonitor.analyze.segment.Timeline;
import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.text.HostileText;
import io.github.bitaxemonitor.view.fleet.MinerTrack;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The analysis pane of the selected miner (key {@code a}): its clock configurations over the last days, ranked as
 * {@code analyze configs} ranks them, the recommendations, and a chart of hashrate over time in which each column is
 * drawn in its configuration's colour and letter (the letter strip under it keeps the chart readable without
 * colour). It takes the detail pane's place.
 */
final class AnalysisView {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final int AXIS = 8;

    private AnalysisView() {
    }

    static void draw(Canvas g, Layout layout, Frame f, LiveAnalysis live) {
        int rows = layout.detailRows();
        MinerTrack m = f.selected();
        if (rows == 0 || m == null) {
            return;
        }
        Theme t = f.theme();
        int y = layout.detailTop();
        int bottom = y + rows;
        int width = layout.width();
        LiveAnalysis.Entry e = live.get(m.address(), m.latest().timestamp());
        t.normal(g);
        g.drawLine(0, y, width - 1, t.horizontal());
        LineWriter title = new LineWriter(g, 0, y, width).put(t.horizontal() + " ");
        g.enableModifiers(SGR.BOLD);
        title.put("Analysis: " + HostileText.forTerminal(m.name()));
        t.normal(g);
        title.put("  last " + live.window().toDays() + " days of its history  ")
                .put(live.busy() ? "reading..." : e == null ? "" : "as of " + CLOCK.format(e.at()) + " UTC")
                .put("  (a/Esc closes) ");
        y++;
        if (e == null || e.analysis() == null) {
            t.dim(g);
            new LineWriter(g, 0, y, width).put(e == null ? "reading the history of this miner..."
                    : HostileText.forTerminal(e.error()));
            t.normal(g);
            return;
        }
        MinerAnalysis a = e.analysis();
        List<String> configs = configs(a);
        y = table(g, t, y, bottom, width, a, configs);
        for (Recommendation r : a.recommendations()) {
            if (y >= bottom) {
                return;
            }
            LineWriter w = new LineWriter(g, 0, y++, width);
            t.dim(g);
            w.put(pad(r.goal(), 17));
            t.normal(g);
            w.put(r.config() == null ? "none" : r.config() + " (" + r.value() + ")");
            w.put("  " + r.confidence() + "  ");
            t.dim(g);
            w.put(HostileText.forTerminal(r.why()));
            t.normal(g);
        }
        chart(g, t, y, bottom, width, a, configs);
    }

    /** Configuration labels in a fixed order (by name), so a letter and a colour stay with their configuration. */
    private static List<String> configs(MinerAnalysis a) {
        List<String> out = new ArrayList<>(a.configs().stream().map(ConfigResult::config).toList());
        out.sort(null);
        return out;
    }

    private static int table(Canvas g, Theme t, int y, int bottom, int width, MinerAnalysis a, List<String> configs) {
        if (y >= bottom) {
            return y;
        }
        t.dim(g);
        new LineWriter(g, 0, y++, width).put("   config           rank    GH/s   J/TH  ASIC C      W  stable h  flags");
        t.normal(g);
        for (ConfigResult c : a.configs()) {
            if (y >= bottom) {
                return y;
            }
            LineWriter w = new LineWriter(g, 0, y++, width);
            int i = configs.indexOf(c.config());
            t.series(g, i);
            w.put(LETTERS.charAt(i % LETTERS.length()) + (c.pareto() ? "*" : " ") + " ");
            t.normal(g);
            w.put(pad(c.config(), 17) + pad(c.rankJth() == 0 ? "-" : "#" + c.rankJth(), 4)
                    + left(Fmt.num(c.hashrate().mean(), 1), 8) + left(Fmt.num(c.jth(), 2), 7)
                    + left(Fmt.num(c.asicTemp().mean(), 1), 8) + left(Fmt.num(c.power().mean(), 1), 7)
                    + left(Fmt.num(c.stableH(), 1), 10) + "  ");
            if (!c.flags().isEmpty()) {
                t.status(g, Status.REBOOTED.severity());
                w.put(String.join("; ", c.flags()));
                t.normal(g);
            }
        }
        return y;
    }

    /**
     * Hashrate over time: one column per slice of the window, its height the slice's mean hashrate between the
     * window's minimum and maximum, its colour and the letter under it the configuration most of it ran at.
     */
    private static void chart(Canvas g, Theme t, int y, int bottom, int width, MinerAnalysis a, List<String> configs) {
        int height = bottom - y - 2;
        int cols = width - AXIS - 1;
        List<Timeline.Point> pts = a.timeline().stream().filter(p -> !Double.isNaN(p.hashrate())).toList();
        if (height < 3 || cols < 10 || pts.isEmpty()) {
            return;
        }
        long t0 = pts.get(0).startMs();
        long t1 = pts.get(pts.size() - 1).startMs() + 1;
        double[] sum = new double[cols];
        int[] n = new int[cols];
        String[] config = new String[cols];
        for (Timeline.Point p : pts) {
            int c = (int) Math.min(cols - 1, (p.startMs() - t0) * cols / (t1 - t0));
            sum[c] += p.hashrate();
            n[c]++;
            config[c] = config[c] == null ? p.config() : config[c];
        }
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (int c = 0; c < cols; c++) {
            if (n[c] > 0) {
                lo = Math.min(lo, sum[c] / n[c]);
                hi = Math.max(hi, sum[c] / n[c]);
            }
        }
        double span = Math.max(hi - lo, 1e-9);
        char[] levels = t.levels();
        t.dim(g);
        LineWriter.cell(g, 0, y, AXIS - 1, Fmt.num(hi, 0), true);
        LineWriter.cell(g, 0, y + height - 1, AXIS - 1, Fmt.num(lo, 0), true);
        t.normal(g);
        for (int c = 0; c < cols; c++) {
            if (n[c] == 0) {
                continue;
            }
            // Eighths of a row: the top cell of a column gets the partial block.
            int eighths = (int) Math.round((sum[c] / n[c] - lo) / span * (height - 1) * 8) + 8;
            int i = configs.indexOf(config[c]);
            t.series(g, i);
            for (int r = 0; r < height && eighths > 0; r++, eighths -= 8) {
                char glyph = eighths >= 8 ? levels[levels.length - 1] : levels[Math.max(0, eighths - 1)];
                g.putString(AXIS + c, y + height - 1 - r, String.valueOf(glyph));
            }
            g.putString(AXIS + c, y + height, String.valueOf(LETTERS.charAt(i % LETTERS.length())));
            t.normal(g);
        }
        t.dim(g);
        LineWriter w = new LineWriter(g, AXIS, y + height + 1, cols);
        w.put(DAY.format(Instant.ofEpochMilli(t0)) + " .. " + DAY.format(Instant.ofEpochMilli(t1))
                + " UTC, GH/s by configuration: ");
        t.normal(g);
        for (int i = 0; i < configs.size(); i++) {
            t.series(g, i);
            w.put(LETTERS.charAt(i % LETTERS.length()) + "=" + configs.get(i) + " ");
            t.normal(g);
        }
    }

    private static String pad(String s, int w) {
        return s.length() >= w ? s + " " : s + " ".repeat(w - s.length());
    }

    private static String left(String s, int w) {
        return s.length() >= w ? s : " ".repeat(w - s.length()) + s;
    }
}
