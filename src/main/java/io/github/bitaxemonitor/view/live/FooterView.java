package io.github.bitaxemonitor.view.live;

import io.github.bitaxemonitor.text.HostileText;

/**
 * The bottom line: the filter prompt while typing, else row counts, sort order, filter, marks, the newest action
 * result, and key hints.
 */
final class FooterView {
    private FooterView() {
    }

    static void draw(Canvas g, Layout layout, Frame f) {
        Theme t = f.theme();
        ViewState st = f.state();
        int y = layout.footerRow();
        t.heading(g);
        g.drawLine(0, y, layout.width() - 1, ' ');
        LineWriter w = new LineWriter(g, 0, y, layout.width());
        if (st.editingFilter) {
            // The filter holds only characters drawn as themselves (Keys), so the cursor's column is its index.
            String text = st.filter;
            int at = Math.min(st.filterCursor, text.length());
            int end = at < text.length() ? at + Character.charCount(text.codePointAt(at)) : at;
            w.put("/" + text.substring(0, at));
            t.normal(g); // the cursor: the one cell not in reverse video
            w.put(end > at ? text.substring(at, end) : " ");
            t.heading(g);
            w.put(text.substring(end) + "   (Enter keeps, Esc clears, ^U ^W ^K cut)");
            t.normal(g);
            return;
        }
        String counts = f.rows().size() == f.minersTotal() ? f.minersTotal() + " miners"
                : f.rows().size() + "/" + f.minersTotal() + " miners";
        w.put(" " + counts + "  sort " + st.sort.header + t.arrow(st.reversed));
        if (!st.filter.isEmpty()) {
            w.put("  filter '" + HostileText.forTerminal(st.filter) + "'");
        }
        if (!st.marked.isEmpty()) {
            w.put("  " + st.marked.size() + " marked");
        }
        if (f.actionStatus() != null) {
            w.put("  " + t.vertical() + " " + f.actionStatus());
        }
        w.put("  " + t.vertical() + " ?:help q:quit Enter:detail x:act space:mark s/S:sort /:filter p:pause");
        t.normal(g);
    }
}
