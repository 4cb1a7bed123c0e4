package io.github.bitaxemonitor.analyze.report;

import com.googlecode.lanterna.TerminalTextUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Rows of raw cells (unescaped) with a header, rendered as aligned terminal text, a markdown table or an HTML table;
 * each renderer escapes every cell for its format.
 */
public final class Table {
    private final List<String> header;
    private final boolean[] right;
    private final List<List<String>> rows = new ArrayList<>();

    public Table(List<String> header, boolean[] rightAligned) {
        if (header.size() != rightAligned.length) {
            throw new IllegalArgumentException("header and alignment differ in length");
        }
        this.header = List.copyOf(header);
        this.right = rightAligned.clone();
    }

    public Table add(List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("expected " + header.size() + " cells, got " + cells.size());
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    public List<List<String>> rows() {
        return rows;
    }

    /** Columns padded to their widest cell (terminal columns), two spaces apart. */
    public String text() {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        for (List<String> r : rows) {
            all.add(r.stream().map(Escape::terminal).toList());
        }
        int[] w = new int[header.size()];
        for (List<String> r : all) {
            for (int i = 0; i < w.length; i++) {
                w[i] = Math.max(w[i], TerminalTextUtils.getColumnWidth(r.get(i)));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (List<String> r : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < w.length; i++) {
                String c = r.get(i);
                String pad = " ".repeat(w[i] - TerminalTextUtils.getColumnWidth(c));
                line.append(i == 0 ? "" : "  ").append(right[i] ? pad + c : c + pad);
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    public String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append(row(header, Escape::markdown));
        sb.append('|');
        for (boolean r : right) {
            sb.append(r ? "---:|" : "---|");
        }
        sb.append('\n');
        for (List<String> r : rows) {
            sb.append(row(r, Escape::markdown));
        }
        return sb.toString();
    }

    public String html(String cssClass) {
        StringBuilder sb = new StringBuilder("<table class=\"").append(cssClass).append("\">\n<thead><tr>");
        for (int i = 0; i < header.size(); i++) {
            sb.append(right[i] ? "<th class=\"num\">" : "<th>").append(Escape.html(header.get(i))).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (List<String> r : rows) {
            sb.append("<tr>");
            for (int i = 0; i < r.size(); i++) {
                sb.append(right[i] ? "<td class=\"num\">" : "<td>").append(Escape.html(r.get(i))).append("</td>");
            }
            sb.append("</tr>\n");
        }
        return sb.append("</tbody></table>\n").toString();
    }

    private static String row(List<String> cells, UnaryOperator<String> esc) {
        StringBuilder sb = new StringBuilder("|");
        for (String c : cells) {
            sb.append(' ').append(esc.apply(c)).append(" |");
        }
        return sb.append('\n').toString();
    }
}
