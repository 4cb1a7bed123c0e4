package io.github.bitaxemonitor.view.live;

import io.github.bitaxemonitor.view.fleet.MinerTrack;
import io.github.bitaxemonitor.view.format.MinerColumn;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the user has chosen to look at; changed only by keys. The selection is kept by address, so it stays on the
 * same miner when rows are re-sorted, filtered or added.
 */
final class ViewState {
    /** Address of the selected miner; null selects the first row. */
    String selected;
    /** Index of the first table row on screen; >= 0, kept so that the selection is visible. */
    int top;
    MinerColumn sort = MinerColumn.NAME;
    boolean reversed;
    /** Case-insensitive text a row must contain (name, address, hostname or status); empty = no filter. */
    String filter = "";
    /** Where the filter prompt's cursor is: 0..filter.length(). */
    int filterCursor;
    /** True while the filter prompt takes the keys. */
    boolean editingFilter;
    boolean detail;
    /** The analysis pane of the selected miner (key a) instead of the detail pane. */
    boolean analysis;
    boolean help;
    boolean paused;
    /** Addresses marked with space: the action menu acts on these when there are any, else on the selection. */
    final Set<String> marked = new LinkedHashSet<>();

    /** True when the miner matches the filter. */
    boolean matches(MinerTrack m) {
        if (filter.isEmpty()) {
            return true;
        }
        String f = filter.toLowerCase(Locale.ROOT);
        return contains(m.name(), f) || contains(m.address(), f) || contains(m.latest().hostname(), f)
                || contains(m.state().label(), f);
    }

    private static boolean contains(String s, String lowerNeedle) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(lowerNeedle);
    }

    /** Marks the miner at {@code index}, or unmarks it when it is marked. */
    void toggleMark(List<MinerTrack> rows, int index) {
        if (index >= 0 && index < rows.size() && !marked.remove(rows.get(index).address())) {
            marked.add(rows.get(index).address());
        }
    }

    /** Index of the selection in {@code rows}; 0 when it is not there (then the first row becomes selected). */
    int selectedIndex(List<MinerTrack> rows) {
        if (selected != null) {
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).address().equals(selected)) {
                    return i;
                }
            }
        }
        return 0;
    }

    /** Moves the selection to {@code index} (clamped) and scrolls so that it is visible in {@code page} rows. */
    void select(List<MinerTrack> rows, int index, int page) {
        if (rows.isEmpty()) {
            selected = null;
            top = 0;
            return;
        }
        int i = Math.max(0, Math.min(rows.size() - 1, index));
        selected = rows.get(i).address();
        scrollTo(i, rows.size(), page);
    }

    /** Adjusts {@link #top} so that row {@code index} is on a page of {@code page} rows, without empty space below. */
    void scrollTo(int index, int count, int page) {
        int p = Math.max(1, page);
        if (index < top) {
            top = index;
        } else if (index >= top + p) {
            top = index - p + 1;
        }
        top = Math.max(0, Math.min(top, Math.max(0, count - p)));
    }
}
