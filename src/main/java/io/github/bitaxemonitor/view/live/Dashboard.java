package io.github.bitaxemonitor.view.live;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.github.bitaxemonitor.analyze.LiveAnalysis;
import io.github.bitaxemonitor.ops.CollectorHealth;
import io.github.bitaxemonitor.ops.HeartbeatWatch;
import io.github.bitaxemonitor.view.FleetFeed;
import io.github.bitaxemonitor.view.fleet.Fleet;
import io.github.bitaxemonitor.view.fleet.FleetTotals;
import io.github.bitaxemonitor.view.fleet.MinerTrack;
import io.github.bitaxemonitor.view.format.MinerColumn;
import io.github.bitaxemonitor.view.format.Units;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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
    /** The analysis pane's data, read in the background from the files the user pointed at (the source label). */
    private final LiveAnalysis analysis;
    private long analysisShown = -1;
    /** The last refresh's read error (raw; escaped when drawn), or null when the last refresh worked. */
    private String readError;
    /** Bumped whenever a refresh brought new rows; the ordered rows below are valid for one version. */
    private long dataVersion;
    /** What {@link #orderedRows} was computed for; an idle redraw (only ages moved) reuses it. */
    private RowsKey rowsKey;
    /** The filtered, sorted rows for {@link #rowsKey}: sorting 1,000 miners every frame was most of idle CPU. */
    private List<MinerTrack> orderedRows;

    private final CellTexts cells = new CellTexts();
    /** The collector's own word beside the data, for the header; says nothing when there is no heartbeat. */
    private final HeartbeatWatch heartbeat;
    /** Acts on miners (key x); null when the view was started without a config that lists them. */
    private final LiveControl control;
    private final ActionMenu menu;
    /** Bumped on every key, which may have changed anything the user sees. */
    private long keyCount;
    /** What the last drawn frame was made from; null before the first draw. */
    private Shown shown;

    private record RowsKey(long dataVersion, MinerColumn sort, boolean reversed, String filter) {
    }

    /**
     * Everything a frame is made from, except what only a key or new rows can change (those are counted): the size,
     * and the texts that depend on the clock - the data age, the stopped-collector verdict, and the "last seen" age
     * of the rows that can be on screen. Two equal values draw equal frames. A new clock-dependent text on screen
     * must be added here, or it would stay stale between keys and new rows.
     */
    private record Shown(TerminalSize size, long dataVersion, long keyCount, String readError, long corruptRows,
                         String dataAge, boolean collectorStopped, List<String> lastSeen, long actionVersion,
                         CollectorHealth.Glance collector) {
    }

    Dashboard(FleetFeed feed, LiveOptions options, Clock clock) {
        this(feed, options, clock, null);
    }

    /** @param control acts on the config's miners; null: the action menu says what it needs */
    Dashboard(FleetFeed feed, LiveOptions options, Clock clock, LiveControl control) {
        this.control = control;
        this.menu = new ActionMenu(control);
        this.feed = feed;
        this.options = options;
        this.clock = clock;
        this.theme = new Theme(options.color(), options.ascii());
        this.analysis = new LiveAnalysis(Path.of(options.sourceLabel()), Duration.ofDays(7), clock);
        this.heartbeat = HeartbeatWatch.forData(Path.of(options.sourceLabel()));
    }

    /**
     * Reads new rows unless paused; true when the data changed. A read error (permissions, a vanished mount) is shown
     * on screen and retried on the next refresh rather than ending the view.
     */
    boolean refresh() {
        if (state.paused) {
            return false;
        }
        boolean beat = heartbeat.refresh();
        try {
            boolean changed = feed.refresh() | beat;
            readError = null;
            if (changed) {
                dataVersion++;
            }
            return changed;
        } catch (IOException e) {
            readError = e.toString();
            return beat;
        }
    }

    /** Applies a key; the size is needed for paging. */
    Keys.Outcome key(KeyStroke key, TerminalSize size) {
        keyCount++;
        Frame f = frame();
        menu.poll();
        if (menu.isOpen()) {
            return menu.key(key);
        }
        if (key.getKeyType() == KeyType.Character && key.getCharacter() == 'x' && !key.isCtrlDown()
                && !key.isAltDown() && !state.editingFilter && !state.help) {
            menu.open(targets(f), f.selected());
            return Keys.Outcome.REDRAW;
        }
        Layout layout = layout(size, f);
        List<MinerColumn> shown = TableLayout.fit(size.getColumns()).stream().map(TableLayout.Placed::column).toList();
        return Keys.handle(key, state, f.rows(), Math.max(1, layout.pageRows()), shown);
    }

    /** The marked miners, else the selected one, else none. */
    private List<String> targets(Frame f) {
        if (!state.marked.isEmpty()) {
            return List.copyOf(state.marked);
        }
        return f.selected() == null ? List.of() : List.of(f.selected().address());
    }

    /** {@code wake} runs (on any thread) when an action's result or an audit reading arrives. */
    void onChange(Runnable wake) {
        if (control != null) {
            control.onChange(wake);
        }
    }

    ActionMenu menu() {
        return menu;
    }

    /** Draws the whole screen, every cell, on {@code g} (off screen: only changed lines reach the terminal). */
    void draw(Canvas g, TerminalSize size) {
        menu.poll();
        Frame f = frame();
        Layout layout = layout(size, f);
        state.scrollTo(state.selectedIndex(f.rows()), f.rows().size(), layout.pageRows());
        theme.normal(g);
        g.fill(' ');
        HeaderView.draw(g, layout, f);
        TableView.draw(g, layout, f);
        if (state.analysis) {
            analysisShown = analysis.version();
            AnalysisView.draw(g, layout, f, analysis);
        } else {
            DetailView.draw(g, layout, f);
        }
        if (size.getRows() > layout.headerRows()) {
            FooterView.draw(g, layout, f);
        }
        if (state.help) {
            HelpView.draw(g, size.getColumns(), size.getRows(), theme);
        }
        if (menu.isOpen()) {
            ActionView.draw(g, size.getColumns(), size.getRows(), theme, menu);
        }
        shown = shownNow(size, f);
    }

    /**
     * True when a frame drawn now could differ from the last one drawn: after new rows, a key, a read error, or
     * when a shown age has moved on. Cheap (no drawing), so an idle refresh tick costs next to nothing; ages past a
     * minute change once a minute.
     */
    boolean stale(TerminalSize size) {
        return !shownNow(size, frame()).equals(shown) || (state.analysis && analysis.version() != analysisShown);
    }

    ViewState state() {
        return state;
    }

    private Shown shownNow(TerminalSize size, Frame f) {
        List<MinerTrack> rows = f.rows();
        // Rows from the first on screen to as many as the screen has lines: a superset of the table's rows.
        int end = Math.min(rows.size(), state.top + size.getRows());
        List<String> seen = new ArrayList<>(Math.max(0, end - state.top));
        for (int i = state.top; i < end; i++) {
            seen.add(MinerColumn.LAST_SEEN.text(rows.get(i), f.now()));
        }
        FleetTotals t = f.totals();
        return new Shown(size, dataVersion, keyCount, readError, f.corruptRows(), Units.ago(t.dataAge()),
                t.collectorStopped(), seen, control == null ? 0 : control.version(), f.collector());
    }

    private Layout layout(TerminalSize size, Frame f) {
        return Layout.of(size, f.alarm(), (state.detail || state.analysis) && f.selected() != null);
    }

    private Frame frame() {
        Instant now = clock.instant();
        Fleet fleet = feed.fleet();
        List<MinerTrack> rows = orderedRows(fleet);
        List<String> notes = List.of();
        if (control != null && state.detail && !rows.isEmpty()) {
            notes = control.notes(rows.get(state.selectedIndex(rows)).address());
        }
        return new Frame(fleet.totals(now), rows, fleet.miners().size(), state, now, theme,
                options.sourceLabel(), feed.reader().corruptRows(), readError, cells, menu.status(), notes,
                heartbeat.glance(now));
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
