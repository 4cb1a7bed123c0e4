package io.github.bitaxemonitor.view.live;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import io.github.bitaxemonitor.view.FleetFeed;
import io.github.bitaxemonitor.view.fleet.Fleet;
import io.github.bitaxemonitor.view.fleet.MinerTrack;
import io.github.bitaxemonitor.view.format.MinerColumn;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The live view without a terminal: data, view state and drawing. The event loop feeds it keys and ticks and gives it
 * something to draw on; tests do the same with a virtual terminal.
 */
final class Dashboard {
    private final FleetFeed feed;
    private final LiveOptions options;
    private final Clock clock;
    private final Theme theme;
    private final ViewState state = new ViewState();
    /** The last refresh's read error (raw; escaped when drawn), or null when the last refresh worked. */
    private String readError;
    /** Bumped whenever a refresh brought new rows; the ordered rows below are valid for one version. */
    private long dataVersion;
    /** What {@link #orderedRows} was computed for; an idle redraw (only ages moved) reuses it. */
    private RowsKey rowsKey;
    /** The filtered, sorted rows for {@link #rowsKey}: sorting 1,000 miners every frame was most of idle CPU. */
    private List<MinerTrack> orderedRows;

    private record RowsKey(long dataVersion, MinerColumn sort, boolean reversed, String filter) {
    }

    Dashboard(FleetFeed feed, LiveOptions options, Clock clock) {
        this.feed = feed;
        this.options = options;
        this.clock = clock;
        this.theme = new Theme(options.color(), options.ascii());
    }

    /**
     * Reads new rows unless paused; true when the data changed. A read error (permissions, a vanished mount) is shown
     * on screen and retried on the next refresh rather than ending the view.
     */
    boolean refresh() {
        if (state.paused) {
            return false;
        }
        try {
            boolean changed = feed.refresh();
            readError = null;
            if (changed) {
                dataVersion++;
            }
            return changed;
        } catch (IOException e) {
            readError = e.toString();
            return false;
        }
    }

    /** Applies a key; the size is needed for paging. */
    Keys.Outcome key(KeyStroke key, TerminalSize size) {
        Frame f = frame();
        Layout layout = layout(size, f);
        List<MinerColumn> shown = TableLayout.fit(size.getColumns()).stream().map(TableLayout.Placed::column).toList();
        return Keys.handle(key, state, f.rows(), Math.max(1, layout.pageRows()), shown);
    }

    /** Draws the whole screen, every cell, into {@code g} (an off-screen frame: only changed lines reach the terminal). */
    void draw(TextGraphics g, TerminalSize size) {
        Frame f = frame();
        Layout layout = layout(size, f);
        state.scrollTo(state.selectedIndex(f.rows()), f.rows().size(), layout.pageRows());
        theme.normal(g);
        g.fill(' ');
        HeaderView.draw(g, layout, f);
        TableView.draw(g, layout, f);
        DetailView.draw(g, layout, f);
        if (size.getRows() > layout.headerRows()) {
            FooterView.draw(g, layout, f);
        }
        if (state.help) {
            HelpView.draw(g, size.getColumns(), size.getRows(), theme);
        }
    }

    ViewState state() {
        return state;
    }

    private Layout layout(TerminalSize size, Frame f) {
        return Layout.of(size, f.alarm(), state.detail && f.selected() != null);
    }

    private Frame frame() {
        Instant now = clock.instant();
        Fleet fleet = feed.fleet();
        return new Frame(fleet.totals(now), orderedRows(fleet), fleet.miners().size(), state, now, theme,
                options.sourceLabel(), feed.tailer().corruptRows(), readError);
    }

    private List<MinerTrack> orderedRows(Fleet fleet) {
        RowsKey key = new RowsKey(dataVersion, state.sort, state.reversed, state.filter);
        if (key.equals(rowsKey)) {
            return orderedRows;
        }
        List<MinerTrack> rows = new ArrayList<>(fleet.miners().size());
        for (MinerTrack m : fleet.miners()) {
            if (state.matches(m)) {
                rows.add(m);
            }
        }
        Comparator<MinerTrack> order = state.sort.order.thenComparing(MinerColumn.NAME.order)
                .thenComparing(MinerTrack::address);
        rows.sort(state.reversed ? order.reversed() : order);
        rowsKey = key;
        orderedRows = List.copyOf(rows);
        return orderedRows;
    }
}
