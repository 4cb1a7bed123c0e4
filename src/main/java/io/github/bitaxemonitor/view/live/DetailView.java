package io.github.bitaxemonitor.view.live;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalTextUtils;
import io.github.bitaxemonitor.text.HostileText;
import io.github.bitaxemonitor.view.fleet.MinerTrack;
import io.github.bitaxemonitor.view.fleet.Series;
import io.github.bitaxemonitor.view.fleet.StatusChange;
import io.github.bitaxemonitor.view.format.SampleFields;
import io.github.bitaxemonitor.view.format.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The selected miner in full: sparklines of hashrate, ASIC temperature and power over the recent rows, its recent
 * status changes, the actions taken on it (this session's last result and the audit log's newest entries), and
 * every field of its latest row. When the pane is too small for every field, empty ones go first,
 * and what still does not fit is counted.
 */
final class DetailView {
    /** Field name column width: the longest column name ("hashrate_pct_of_expected") and a space. */
    private static final int NAME_WIDTH = 25;
    /** Narrowest field cell: room for a value such as a timestamp's date and time. */
    private static final int MIN_CELL_WIDTH = NAME_WIDTH + 14;
    private static final int LABEL_WIDTH = 10;

    private DetailView() {
    }

    static void draw(Canvas g, Layout layout, Frame f) {
        int rows = layout.detailRows();
        MinerTrack m = f.selected();
        if (rows == 0 || m == null) {
            return;
        }
        Theme t = f.theme();
        int y = layout.detailTop();
        int bottom = y + rows;
        int width = layout.width();
        // The title sits on a rule that separates the pane from the table above it.
        t.normal(g);
        g.drawLine(0, y, width - 1, t.horizontal());
        String rule = String.valueOf(t.horizontal());
        LineWriter title = new LineWriter(g, 0, y, width).put(rule + " ");
        g.enableModifiers(SGR.BOLD);
        title.put(HostileText.forTerminal(m.name()));
        t.normal(g);
        title.put("  " + HostileText.forTerminal(m.address()) + "  ");
        t.status(g, m.state().severity());
        title.put(m.state().label());
        t.normal(g);
        title.put("  (Enter/Tab closes) ");
        y++;
        int sparkWidth = Math.max(0, width - LABEL_WIDTH - 52); // room for "now .. min .. max .."
        y = spark(g, t, y, bottom, width, "hashrate", m.hashrateHistory(), sparkWidth, Units::hashrate);
        y = spark(g, t, y, bottom, width, "ASIC temp", m.asicTempHistory(), sparkWidth, Units::temp);
        y = spark(g, t, y, bottom, width, "power", m.powerHistory(), sparkWidth, Units::power);
        if (y < bottom) {
            changes(g, t, y++, width, m);
        }
        String why = m.latest().conditions() != null ? m.latest().conditions() : m.latest().error();
        if (y < bottom && why != null) {
            t.dim(g);
            LineWriter w = new LineWriter(g, 0, y++, width).put(pad("why", LABEL_WIDTH));
            t.status(g, m.state().severity());
            w.put(HostileText.forTerminal(why));
            t.normal(g);
        }
        for (int i = 0; i < f.actionNotes().size() && y < bottom; i++) {
            t.dim(g);
            new LineWriter(g, 0, y++, width).put(pad(i == 0 ? "actions" : "", LABEL_WIDTH));
            t.normal(g);
            new LineWriter(g, LABEL_WIDTH, y - 1, width - LABEL_WIDTH).put(f.actionNotes().get(i));
        }
        if (y < bottom) {
            fields(g, t, y, bottom, width, m);
        }
    }

    private static int spark(Canvas g, Theme t, int y, int bottom, int width, String label, Series series,
                             int sparkWidth, Function<Double, String> fmt) {
        if (y >= bottom) {
            return y;
        }
        double[] values = series.last(sparkWidth);
        double min = Double.NaN;
        double max = Double.NaN;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                min = Double.isNaN(min) ? v : Math.min(min, v);
                max = Double.isNaN(max) ? v : Math.max(max, v);
            }
        }
        // "now" is the newest row's reading: "-" once the miner stopped answering, never its last good value.
        double last = series.newest();
        t.dim(g);
        LineWriter w = new LineWriter(g, 0, y, width).put(pad(label, LABEL_WIDTH));
        t.normal(g);
        w.put(pad(Sparkline.of(values, sparkWidth, t.levels()), sparkWidth + 1))
                .put("now " + fmt.apply(num(last)) + "  min " + fmt.apply(num(min)) + "  max " + fmt.apply(num(max)));
        return y + 1;
    }

    private static void changes(Canvas g, Theme t, int y, int width, MinerTrack m) {
        t.dim(g);
        LineWriter w = new LineWriter(g, 0, y, width).put(pad("changes", LABEL_WIDTH));
        t.normal(g);
        List<StatusChange> changes = m.recentChanges();
        if (changes.isEmpty()) {
            w.put("no status change in the window");
            return;
        }
        // Newest first, so the latest change is always visible however narrow the screen.
        for (int i = changes.size() - 1; i >= 0 && w.room() > 0; i--) {
            StatusChange c = changes.get(i);
            w.put(Units.clock(c.at()) + " " + c.from().label() + t.rightArrow());
            t.status(g, c.to().severity());
            w.put(c.to().label());
            t.normal(g);
            w.put(i > 0 ? ", " : "");
        }
    }

    private static void fields(Canvas g, Theme t, int y, int bottom, int width, MinerTrack m) {
        List<SampleFields.Field> all = SampleFields.of(m.latest());
        int lines = bottom - y;
        int maxPerLine = Math.max(1, width / MIN_CELL_WIDTH);
        // As few cells per line as still show every field: the wider the cell, the less a value is cut.
        int perLine = 1;
        while (perLine < maxPerLine && perLine * lines < all.size()) {
            perLine++;
        }
        int cellWidth = width / perLine;
        int capacity = lines * perLine;
        List<SampleFields.Field> shown = all;
        if (all.size() > capacity) {
            shown = new ArrayList<>();
            for (SampleFields.Field fld : all) {
                if (fld.value() != null) {
                    shown.add(fld);
                }
            }
        }
        int hidden = Math.max(0, shown.size() - capacity);
        int n = hidden > 0 ? capacity - 1 : shown.size();
        for (int i = 0; i < n; i++) {
            int x = (i % perLine) * cellWidth;
            int row = y + i / perLine;
            SampleFields.Field fld = shown.get(i);
            t.dim(g);
            LineWriter.cell(g, x, row, Math.min(NAME_WIDTH, cellWidth), fld.name(), false);
            t.normal(g);
            if (cellWidth > NAME_WIDTH) {
                LineWriter.cell(g, x + NAME_WIDTH, row, cellWidth - NAME_WIDTH - 1, fld.text(), false);
            }
        }
        if (hidden > 0) {
            t.dim(g);
            int i = capacity - 1;
            LineWriter.cell(g, (i % perLine) * cellWidth, y + i / perLine, cellWidth,
                    "+" + (hidden + 1) + " more (enlarge the terminal)", false);
            t.normal(g);
        }
    }

    private static Double num(double v) {
        return Double.isNaN(v) ? null : v;
    }

    private static String pad(String s, int width) {
        int gap = width - TerminalTextUtils.getColumnWidth(s);
        return gap > 0 ? s + " ".repeat(gap) : s;
    }
}
