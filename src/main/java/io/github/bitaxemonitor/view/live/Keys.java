package io.github.bitaxemonitor.view.live;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.github.bitaxemonitor.text.HostileText;
import io.github.bitaxemonitor.view.fleet.MinerTrack;
import io.github.bitaxemonitor.view.format.MinerColumn;
import java.util.List;

/** What each key does to the {@link ViewState}, in the habits of htop, btop and k9s. */
final class Keys {
    /** What the loop should do after a key. */
    enum Outcome { REDRAW, QUIT, IGNORED }

    /** Keys shown in the help overlay, in order: key, what it does. */
    static final String[][] HELP = {
            {"Up/Down", "select miner"},
            {"PgUp/PgDn", "page up / down"},
            {"Home/End", "first / last miner"},
            {"Enter, Tab", "show / hide the detail pane"},
            {"a", "analysis: configurations of the selected miner"},
            {"s", "sort by the next column"},
            {"S", "reverse the sort order"},
            {"/", "filter by text (Enter keeps, Esc clears)"},
            {"^A^E ^U^K^W", "in the filter: start/end, cut before/after/word"},
            {"space", "mark / unmark the selected miner"},
            {"x", "act on the marked (else selected) miners:"},
            {"", "restart, identify, pause, resume, set clock"},
            {"p", "pause / resume updates"},
            {"?", "this help (any key closes)"},
            {"q", "quit"},
    };

    private Keys() {
    }

    /**
     * @param rows    the rows as currently shown (sorted and filtered)
     * @param page    table rows on screen, for paging
     * @param columns the columns on screen, which {@code s} cycles through
     */
    static Outcome handle(KeyStroke key, ViewState st, List<MinerTrack> rows, int page, List<MinerColumn> columns) {
        KeyType type = key.getKeyType();
        if (type == KeyType.EOF || (type == KeyType.Character && key.isCtrlDown() && key.getCharacter() == 'c')) {
            return Outcome.QUIT;
        }
        if (type == KeyType.Character && key.isAltDown() && !key.isCtrlDown()) {
            // Esc followed quickly by a key arrives as Alt+key: do both, as if they had come apart.
            handle(new KeyStroke(KeyType.Escape), st, rows, page, columns);
            return handle(new KeyStroke(key.getCharacter(), false, false), st, rows, page, columns) == Outcome.QUIT
                    ? Outcome.QUIT : Outcome.REDRAW;
        }
        if (st.help) {
            st.help = false;
            return Outcome.REDRAW;
        }
        if (st.editingFilter) {
            return filterKey(key, st);
        }
        int at = st.selectedIndex(rows);
        switch (type) {
            case ArrowUp -> st.select(rows, at - 1, page);
            case ArrowDown -> st.select(rows, at + 1, page);
            case PageUp -> st.select(rows, at - page, page);
            case PageDown -> st.select(rows, at + page, page);
            case Home -> st.select(rows, 0, page);
            case End -> st.select(rows, rows.size() - 1, page);
            case Enter, Tab -> st.detail = !st.detail;
            case Escape -> {
                if (!st.filter.isEmpty()) {
                    st.filter = "";
                } else {
                    st.detail = false;
                    st.analysis = false;
                }
            }
            case Character -> {
                if (key.getCharacter() == ' ') {
                    st.toggleMark(rows, at);
                    return Outcome.REDRAW;
                }
                return character(key.getCharacter(), st, columns);
            }
            default -> {
                return Outcome.IGNORED;
            }
        }
        return Outcome.REDRAW;
    }

    private static Outcome character(char c, ViewState st, List<MinerColumn> columns) {
        switch (c) {
            case 'q' -> {
                return Outcome.QUIT;
            }
            case 's' -> st.sort = columns.get((columns.indexOf(st.sort) + 1) % columns.size());
            case 'S' -> st.reversed = !st.reversed;
            case '/' -> {
                st.editingFilter = true;
                st.filterCursor = st.filter.length();
            }
            case 'p' -> st.paused = !st.paused;
            case 'a' -> st.analysis = !st.analysis;
            case '?' -> st.help = true;
            default -> {
                return Outcome.IGNORED;
            }
        }
        return Outcome.REDRAW;
    }

    /** Keys while the filter prompt is open: Enter keeps the text, Esc clears it, the rest edit it as readline does. */
    private static Outcome filterKey(KeyStroke key, ViewState st) {
        EditLine line = new EditLine(st.filter, st.filterCursor);
        EditLine edited = switch (key.getKeyType()) {
            case Enter -> {
                st.editingFilter = false;
                yield line;
            }
            case Escape -> {
                st.editingFilter = false;
                yield EditLine.atEnd("");
            }
            case Backspace -> line.deleteBefore();
            case Delete -> line.deleteAt();
            case ArrowLeft -> line.left();
            case ArrowRight -> line.right();
            case Home -> line.home();
            case End -> line.end();
            case Character -> key.isCtrlDown() ? control(key.getCharacter(), line) : typed(key.getCharacter(), line);
            default -> null;
        };
        if (edited == null) {
            return Outcome.IGNORED;
        }
        st.filter = edited.text();
        st.filterCursor = edited.cursor();
        return Outcome.REDRAW;
    }

    /** Ctrl+letter in the prompt; null for one that does nothing there (it is never typed as text). */
    private static EditLine control(char c, EditLine line) {
        return switch (Character.toLowerCase(c)) {
            case 'a' -> line.home();
            case 'e' -> line.end();
            case 'b' -> line.left();
            case 'f' -> line.right();
            case 'h' -> line.deleteBefore();
            case 'd' -> line.deleteAt();
            case 'u' -> line.killToStart();
            case 'k' -> line.killToEnd();
            case 'w' -> line.killWordBefore();
            default -> null;
        };
    }

    /** A typed character; only text that is drawn as itself goes into the filter, as it is drawn on the prompt line. */
    private static EditLine typed(char c, EditLine line) {
        String one = String.valueOf(c);
        if (Character.isISOControl(c) || !HostileText.forTerminal(one).equals(one) || line.text().length() >= 64) {
            return null;
        }
        return line.insert(c);
    }
}
