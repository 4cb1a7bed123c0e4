package io.github.bitaxemonitor.view.summary;

import com.googlecode.lanterna.TerminalTextUtils;
import java.io.PrintWriter;
import java.util.function.UnaryOperator;

/**
 * Aligns rows of cells into columns for plain-text output, measuring by terminal columns (wide CJK counts two). Two
 * passes, so that a table of 100,000 miners is never held in memory: every row is {@link #measure measured}, then
 * every row is {@link #print printed} (the caller makes its cells again).
 */
final class TextTable {
    private final boolean[] rightAligned;
    /** Decorates one cell after padding (colour): index of that column, or -1. */
    private final int decoratedColumn;
    private final int[] widths;

    TextTable(boolean[] rightAligned, int decoratedColumn) {
        this.rightAligned = rightAligned.clone();
        this.decoratedColumn = decoratedColumn;
        this.widths = new int[rightAligned.length];
    }

    /** First pass: a row's cells widen their columns. */
    void measure(String[] cells) {
        check(cells);
        for (int i = 0; i < cells.length; i++) {
            widths[i] = Math.max(widths[i], TerminalTextUtils.getColumnWidth(cells[i]));
        }
    }

    /** Second pass: one row, padded to the measured widths, its decorated cell passed through {@code decoration}. */
    void print(String[] cells, UnaryOperator<String> decoration, PrintWriter out) {
        check(cells);
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String padded = pad(cells[i], widths[i], rightAligned[i], i == cells.length - 1);
            line.append(i == decoratedColumn ? decoration.apply(padded) : padded);
            if (i < cells.length - 1) {
                line.append("  ");
            }
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private void check(String[] cells) {
        if (cells.length != rightAligned.length) {
            throw new IllegalArgumentException("expected " + rightAligned.length + " cells");
        }
    }

    private static String pad(String s, int width, boolean right, boolean last) {
        int gap = width - TerminalTextUtils.getColumnWidth(s);
        if (gap <= 0 || (last && !right)) {
            return s;
        }
        return right ? " ".repeat(gap) + s : s + " ".repeat(gap);
    }
}
