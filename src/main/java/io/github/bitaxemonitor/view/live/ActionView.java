package io.github.bitaxemonitor.view.live;

import com.googlecode.lanterna.TerminalTextUtils;
import io.github.bitaxemonitor.model.MinerEndpoint;
import java.util.ArrayList;
import java.util.List;

/**
 * The action menu and its dialogs as a box over the middle of the screen. The box is as wide as its longest line
 * allows; when the screen is too short for every miner, the last line says how many more there are.
 */
final class ActionView {
    private enum Kind { TEXT, DIM, CHOSEN, ALARM, INPUT }

    /** One line of the box; {@code cursor} is the input's cursor column for {@link Kind#INPUT}. */
    private record Line(Kind kind, String text, int cursor) {
        static Line of(Kind kind, String text) {
            return new Line(kind, text, -1);
        }
    }

    private ActionView() {
    }

    static void draw(Canvas g, int width, int height, Theme t, ActionMenu menu) {
        String title;
        List<Line> lines = new ArrayList<>();
        switch (menu.step()) {
            case MENU -> {
                title = "Act on " + who(menu.miners());
                for (int i = 0; i < ActionMenu.ENTRIES.size(); i++) {
                    ActionMenu.Entry e = ActionMenu.ENTRIES.get(i);
                    lines.add(Line.of(i == menu.cursor() ? Kind.CHOSEN : Kind.TEXT, e.key() + "  " + e.label()));
                }
                lines.add(Line.of(Kind.DIM, ""));
                lines.add(Line.of(Kind.DIM, "key or Up/Down+Enter; a dialog asks before anything is sent; Esc: back"));
            }
            case VALUE -> {
                ActionMenu.Entry e = menu.entry();
                title = "Set " + e.setting() + " on " + who(menu.miners());
                String prompt = e.setting() + " (" + e.unit() + "): ";
                lines.add(new Line(Kind.INPUT, prompt + menu.value().text(), prompt.length() + menu.value().cursor()));
                if (menu.valueError() != null) {
                    lines.add(Line.of(Kind.ALARM, menu.valueError()));
                }
                lines.add(Line.of(Kind.DIM, ""));
                lines.add(Line.of(Kind.DIM, "checked against the device's options and the safety limits before anything is sent"));
                lines.add(Line.of(Kind.DIM, "Enter: check and preview   Esc: back"));
            }
            case PREPARING -> {
                title = menu.entry().label();
                lines.add(Line.of(Kind.TEXT, menu.entry().action() != null ? "preparing..."
                        : "reading the settings of " + LiveControl.count(menu.miners().size()) + "..."));
                lines.add(Line.of(Kind.DIM, "Esc: cancel"));
            }
            case CONFIRM -> {
                LiveControl.Plan p = menu.plan();
                ActionRequest r = p.request();
                title = (p.allowed() ? "Confirm: " : "Refused: ") + r.describe() + " on "
                        + LiveControl.count(p.miners().size());
                p.lines().forEach(l -> lines.add(Line.of(Kind.TEXT, l)));
                if (p.allowed() && r.change() != null && r.change().needsRestart()) {
                    lines.add(Line.of(Kind.DIM, "then a restart: the firmware runs a new clock only after one"));
                }
                p.problems().forEach(l -> lines.add(Line.of(Kind.ALARM, l)));
                lines.add(Line.of(Kind.DIM, ""));
                lines.add(Line.of(Kind.DIM, p.allowed() ? "y: send   n/Esc: cancel" : "nothing will be sent   Esc: close"));
            }
            default -> {
                return;
            }
        }
        box(g, width, height, t, title, lines);
    }

    private static String who(List<MinerEndpoint> miners) {
        return miners.size() == 1 ? LiveControl.label(miners.get(0)) : LiveControl.count(miners.size());
    }

    private static void box(Canvas g, int width, int height, Theme t, String title, List<Line> lines) {
        int textW = TerminalTextUtils.getColumnWidth(title) + 2;
        for (Line l : lines) {
            textW = Math.max(textW, TerminalTextUtils.getColumnWidth(l.text()) + 1);
        }
        int boxW = Math.min(width, textW + 4);
        int boxH = Math.min(height, lines.size() + 2);
        int x0 = Math.max(0, (width - boxW) / 2);
        int y0 = Math.max(0, (height - boxH) / 2);
        t.normal(g);
        g.fillRectangle(x0, y0, boxW, boxH, ' ');
        char[] c = t.corners();
        g.drawLine(x0, y0, x0 + boxW - 1, t.horizontal());
        g.drawLine(x0, y0 + boxH - 1, x0 + boxW - 1, t.horizontal());
        for (int y = y0 + 1; y < y0 + boxH - 1; y++) {
            g.putString(x0, y, String.valueOf(t.vertical()));
            g.putString(x0 + boxW - 1, y, String.valueOf(t.vertical()));
        }
        g.putString(x0, y0, String.valueOf(c[0]));
        g.putString(x0 + boxW - 1, y0, String.valueOf(c[1]));
        g.putString(x0, y0 + boxH - 1, String.valueOf(c[2]));
        g.putString(x0 + boxW - 1, y0 + boxH - 1, String.valueOf(c[3]));
        t.heading(g);
        new LineWriter(g, x0 + 2, y0, Math.max(0, boxW - 4)).put(" " + title + " ");
        int room = boxH - 2;
        int inner = Math.max(0, boxW - 4);
        for (int i = 0; i < Math.min(room, lines.size()); i++) {
            int y = y0 + 1 + i;
            if (i == room - 1 && lines.size() > room) {
                t.dim(g);
                new LineWriter(g, x0 + 2, y, inner).put("+" + (lines.size() - room + 1) + " more (enlarge the terminal)");
                break;
            }
            line(g, t, x0 + 2, y, inner, lines.get(i));
        }
        t.normal(g);
    }

    private static void line(Canvas g, Theme t, int x, int y, int width, Line l) {
        switch (l.kind()) {
            case DIM -> t.dim(g);
            case CHOSEN -> t.selected(g);
            case ALARM -> t.alarm(g);
            default -> t.normal(g);
        }
        new LineWriter(g, x, y, width).put(l.text());
        if (l.kind() == Kind.INPUT && l.cursor() < width) {
            // The input holds digits only, so its cursor's column is its index.
            t.heading(g);
            String under = l.cursor() < l.text().length() ? l.text().substring(l.cursor(), l.cursor() + 1) : " ";
            g.putString(x + l.cursor(), y, under);
        }
        t.normal(g);
    }
}
