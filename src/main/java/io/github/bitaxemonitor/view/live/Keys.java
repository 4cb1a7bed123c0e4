package io.github.bitaxemonitor.view.live;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
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
            case '/' -> st.editingFilter = true;
            case 'p' -> st.paused = !st.paused;
            case 'a' -> st.analysis = !st.analysis;
            case '?' -> st.help = true;
            default -> {
                return Outcome.IGNORED;
            }
        }
        return Outcome.REDRAW;
    }

    private static Outcome filterKey(KeyStroke key, ViewState st) {
        switch (key.getKeyType()) {
            case Enter -> st.editingFilter = false;
            case Escape -> {
                st.filter = "";
                st.editingFilter = false;
            }
            case Backspace -> {
                if (!st.filter.isEmpty()) {
                    st.filter = st.filter.substring(0, st.filter.length() - 1);
                }
            }
            case Character -> {
                char c = key.getCharacter();
                // Only printable text goes into the filter: it is drawn on the prompt line.
                if (Character.isISOControl(c) || st.filter.length() >= 64) {
                    return Outcome.IGNORED;
                }
                st.filter = st.filter + c;
            }
            default -> {
                return Outcome.IGNORED;
            }
        }
        return Outcome.REDRAW;
    }
}
