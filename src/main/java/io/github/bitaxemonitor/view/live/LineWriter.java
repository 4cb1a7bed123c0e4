package io.github.bitaxemonitor.view.live;

import com.googlecode.lanterna.TerminalTextUtils;

/**
 * Writes text left to right along one screen line, clipping at the right edge, so views compose a line from pieces in
 * different styles without counting columns themselves. Text must already be safe (escaped) for a terminal.
 */
final class LineWriter {
    private final Canvas g;
    private final int y;
    private final int right;
    private int x;

    LineWriter(Canvas g, int x, int y, int width) {
        this.g = g;
        this.x = x;
        this.y = y;
        this.right = x + width;
    }

    /** Writes what fits of {@code text} in the canvas pen's current style. */
    LineWriter put(String text) {
        int room = right - x;
        if (room <= 0 || text.isEmpty()) {
            return this;
        }
        String fitted = TerminalTextUtils.fitString(text, room);
        g.putString(x, y, fitted);
        x += TerminalTextUtils.getColumnWidth(fitted);
        return this;
    }

    /** Writes {@code text} only if all of it fits, so a line of separate facts never ends in half a fact. */
    LineWriter putWhole(String text) {
        return TerminalTextUtils.getColumnWidth(text) <= room() ? put(text) : this;
    }

    /** Columns left before the right edge. */
    int room() {
        return Math.max(0, right - x);
    }

    /** Puts {@code text} padded or cut to exactly {@code width} columns, aligned left or right. */
    static void cell(Canvas g, int x, int y, int width, String text, boolean alignRight) {
        String fitted = TerminalTextUtils.fitString(text, width);
        int pad = width - TerminalTextUtils.getColumnWidth(fitted);
        g.putString(alignRight ? x + pad : x, y, fitted);
    }
}
