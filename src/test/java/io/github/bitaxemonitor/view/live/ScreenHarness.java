package io.github.bitaxemonitor.view.live;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import com.googlecode.lanterna.terminal.Terminal;
import io.github.bitaxemonitor.view.fleet.FleetBudget;
import io.github.bitaxemonitor.testing.TestClock;
import io.github.bitaxemonitor.view.FleetFeed;
import io.github.bitaxemonitor.view.data.DataSource;
import io.github.bitaxemonitor.view.fleet.Fleet;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * A dashboard painted on Lanterna's virtual terminal the way the live view paints it, driven by keys, read back cell
 * by cell.
 */
final class ScreenHarness {
    final DefaultVirtualTerminal terminal;
    final FramePainter painter;
    final Dashboard dashboard;
    final FleetFeed feed;
    /** The dashboard's clock; tests move it on. */
    final TestClock clock;
    /** Lines the last {@link #draw} wrote to the terminal. */
    int linesWritten;
    /** Calls that send output to the terminal (text, cursor moves, styles, clears, flushes), counted since start. */
    final AtomicInteger terminalWrites = new AtomicInteger();

    ScreenHarness(Path data, int cols, int rows, boolean color, boolean ascii, Instant now) throws IOException {
        this(data, cols, rows, color, ascii, now, null);
    }

    /** @param control the action menu's hands (key x), or null as when the viewer has no config */
    ScreenHarness(Path data, int cols, int rows, boolean color, boolean ascii, Instant now, LiveControl control)
            throws IOException {
        terminal = new DefaultVirtualTerminal(new TerminalSize(cols, rows));
        painter = new FramePainter(counting(terminal, terminalWrites));
        feed = FleetFeed.open(DataSource.resolve(data), Duration.ofHours(1), FleetBudget.history(FleetBudget.DEFAULT_HISTORY));
        dashboard = new Dashboard(feed, new LiveOptions(Duration.ofSeconds(2), color, ascii, data.toString()),
                clock = new TestClock(now), control);
        draw();
    }

    void draw() throws IOException {
        TerminalSize size = size();
        linesWritten = painter.paint(size, g -> dashboard.draw(g, size));
    }

    /** A refresh tick as the event loop does it, {@code step} after the last: new rows, and a redraw if stale. */
    void tick(Duration step) throws IOException {
        clock.advance(step);
        linesWritten = LiveViewer.tick(dashboard, painter, size());
    }

    ScreenHarness press(KeyStroke key) throws IOException {
        dashboard.key(key, size());
        draw();
        return this;
    }

    ScreenHarness press(KeyType type) throws IOException {
        return press(new KeyStroke(type));
    }

    ScreenHarness type(String text) throws IOException {
        for (char c : text.toCharArray()) {
            press(new KeyStroke(c, false, false));
        }
        return this;
    }

    void resize(int cols, int rows) throws IOException {
        terminal.setTerminalSize(new TerminalSize(cols, rows));
        painter.invalidate();
        draw();
    }

    /** The terminal seen through a proxy that counts every call that would send bytes to a real terminal. */
    static Terminal counting(Terminal terminal, AtomicInteger writes) {
        InvocationHandler h = (proxy, method, args) -> {
            if (OUTPUT.matcher(method.getName()).lookingAt()) {
                writes.incrementAndGet();
            }
            try {
                return method.invoke(terminal, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Terminal) Proxy.newProxyInstance(Terminal.class.getClassLoader(), new Class<?>[] {Terminal.class}, h);
    }

    private static final Pattern OUTPUT = Pattern.compile("put|set|clear|enable|disable|reset|flush|bell|enter|exit");

    TerminalSize size() {
        return terminal.getTerminalSize();
    }

    TextCharacter cell(int x, int y) {
        return terminal.getCharacter(x, y);
    }

    String line(int y) {
        StringBuilder sb = new StringBuilder();
        for (int x = 0; x < size().getColumns(); x++) {
            sb.append(cell(x, y).getCharacterString());
        }
        return sb.toString();
    }

    String text() {
        StringBuilder sb = new StringBuilder();
        for (int y = 0; y < size().getRows(); y++) {
            sb.append(line(y)).append('\n');
        }
        return sb.toString();
    }

    /** The first row whose text contains {@code needle}, or -1. */
    int rowOf(String needle) {
        for (int y = 0; y < size().getRows(); y++) {
            if (line(y).contains(needle)) {
                return y;
            }
        }
        return -1;
    }

    /** The table row (below the column headings) whose text contains {@code needle}, or -1. */
    int tableRow(String needle) {
        int heading = rowOf("NAME");
        for (int y = heading + 1; heading >= 0 && y < size().getRows(); y++) {
            if (line(y).contains(needle)) {
                return y;
            }
        }
        return -1;
    }

    /** The cell where {@code needle} starts on row {@code y}. */
    TextCharacter cellOf(int y, String needle) {
        return cell(line(y).indexOf(needle), y);
    }
}
