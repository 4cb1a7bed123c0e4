package io.github.bitaxemonitor.view.live;

import io.github.bitaxemonitor.text.HostileText;
import io.github.bitaxemonitor.view.fleet.MinerTrack;
import io.github.bitaxemonitor.view.format.MinerColumn;
import java.util.List;

/** One row per miner, only the rows on screen are drawn, so 1,000 miners scroll as fast as 10. */
final class TableView {
    private TableView() {
    }

    static void draw(Canvas g, Layout layout, Frame f) {
        if (layout.tableRows() == 0) {
            return;
        }
        Theme t = f.theme();
        List<TableLayout.Placed> cols = TableLayout.fit(layout.width());
        int y0 = layout.tableTop();
        t.heading(g);
        g.drawLine(0, y0, layout.width() - 1, ' ');
        for (TableLayout.Placed p : cols) {
            String h = p.column().header;
            if (p.column() == f.state().sort) {
                h = h + t.arrow(f.state().reversed);
            }
            LineWriter.cell(g, p.x(), y0, p.width(), h, p.column().rightAligned);
        }
        List<MinerTrack> rows = f.rows();
        int selected = f.state().selectedIndex(rows);
        int page = layout.pageRows();
        if (rows.isEmpty() && page > 0) {
            t.dim(g);
            new LineWriter(g, 0, y0 + 1, layout.width()).put(f.minersTotal() == 0 ? "  (no miners yet)"
                    : "  no miner matches the filter '" + HostileText.forTerminal(f.state().filter) + "' (Esc clears)");
        }
        for (int i = 0; i < page && f.state().top + i < rows.size(); i++) {
            int index = f.state().top + i;
            MinerTrack m = rows.get(index);
            int y = y0 + 1 + i;
            boolean isSelected = index == selected;
            if (isSelected) {
                t.selected(g);
            } else {
                t.normal(g);
            }
            g.drawLine(0, y, layout.width() - 1, ' ');
            for (TableLayout.Placed p : cols) {
                if (p.column() == MinerColumn.STATUS) {
                    t.status(g, m.state().severity());
                }
                String text = f.cells().text(m, p.column(), f.now());
                if (p.column() == MinerColumn.NAME && f.state().marked.contains(m.address())) {
                    text = "*" + text; // marked for the action menu
                }
                LineWriter.cell(g, p.x(), y, p.width(), text, p.column().rightAligned);
                if (p.column() == MinerColumn.STATUS) {
                    if (isSelected) {
                        t.selected(g);
                    } else {
                        t.normal(g);
                    }
                }
            }
        }
        t.normal(g);
    }
}
