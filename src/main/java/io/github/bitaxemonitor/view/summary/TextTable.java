package io.github.bitaxemonitor.view.summary;

import com.googlecode.lanterna.TerminalTextUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Aligns rows of cells into columns for plain-text output, measuring by terminal columns (wide CJK counts two). */
final class TextTable {
    private final boolean[] rightAligned;
    private final List<String[]> rows = new ArrayList<>();
    /** Decorates one cell after padding (colour); index of that column, or -1. */
    private final List<UnaryOperator<String>> decorations = new ArrayList<>();
    private final int decoratedColumn;

    TextTable(boolean[] rightAligned, int decoratedColumn) {
        this.rightAligned = rightAligned.clone();
        this.decoratedColumn = decoratedColumn;
    }

    void add(String[] cells, UnaryOperator<String> decoration) {
        if (cells.length != rightAligned.length) {
            throw new IllegalArgumentException("expected " + rightAligned.length + " cells");
        }
        rows.add(cells.clone());
        decorations.add(decoration);
    }

    void render(StringBuilder out) {
        int[] widths = new int[rightAligned.length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], TerminalTextUtils.getColumnWidth(r[i]));
            }
        }
        for (int k = 0; k < rows.size(); k++) {
            String[] r = rows.get(k);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                String padded = pad(r[i], widths[i], rightAligned[i], i == r.length - 1);
                line.append(i == decoratedColumn ? decorations.get(k).apply(padded) : padded);
                if (i < r.length - 1) {
                    line.append("  ");
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
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
