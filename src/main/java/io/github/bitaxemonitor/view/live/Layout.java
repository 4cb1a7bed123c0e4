package io.github.bitaxemonitor.view.live;

import com.googlecode.lanterna.TerminalSize;

/**
 * Where each part of the screen goes for a terminal size: header on top, footer (hints or filter prompt) at the
 * bottom, the table between them, and the detail pane below the table when tall enough - else instead of it.
 *
 * @param width       screen columns
 * @param headerRows  rows of fleet totals (2, or 3 with the alarm line)
 * @param tableRows   rows of the table including its heading; 0 when the detail pane takes the body
 * @param detailRows  rows of the detail pane; 0 when hidden
 * @param footerRow   y of the footer line
 */
record Layout(int width, int headerRows, int tableRows, int detailRows, int footerRow) {
    /** Below this body height the detail pane replaces the table instead of sharing the screen with it. */
    static final int SPLIT_MIN_BODY = 30;
    /** Rows the detail pane needs to show every field in two columns, with its sparklines. */
    static final int DETAIL_WANTED = 30;
    /** Table rows (heading included) kept above the detail pane. */
    static final int TABLE_MIN = 6;

    static Layout of(TerminalSize size, boolean alarm, boolean detail) {
        int h = size.getRows();
        int header = Math.min(alarm ? 3 : 2, Math.max(0, h - 1));
        int body = Math.max(0, h - header - 1);
        int detailRows = 0;
        if (detail) {
            // Tall enough: the pane gets what it needs for every field, the table keeps the rest (at least a few).
            detailRows = body >= SPLIT_MIN_BODY ? Math.min(DETAIL_WANTED, body - TABLE_MIN) : body;
        }
        return new Layout(size.getColumns(), header, body - detailRows, detailRows, Math.max(0, h - 1));
    }

    /** Table rows available for miners (the heading takes one); >= 0. */
    int pageRows() {
        return Math.max(0, tableRows - 1);
    }

    int tableTop() {
        return headerRows;
    }

    int detailTop() {
        return headerRows + tableRows;
    }
}
