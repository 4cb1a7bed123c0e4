package io.github.bitaxemonitor.view.live;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import io.github.bitaxemonitor.view.FleetFeed;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The live view's event loop. A reader thread blocks on terminal input and queues each key; the loop waits on that
 * queue with a timeout until the next refresh is due, so an idle viewer sleeps between refreshes and a key is handled
 * the moment it arrives. Each key, resize and refresh composes a frame, and the {@link FramePainter} sends only the
 * lines that changed: a refresh that brought no row and moved no shown age sends nothing.
 */
public final class LiveViewer {
    private final TerminalSize initialSize;
    private final KeySource keys;
    private final Dashboard dashboard;
    private final FramePainter painter;
    private final long intervalNanos;
    private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();

    /** Queued when the terminal changed size. */
    private record Resized(TerminalSize size) {
    }

    /** Queued (from any thread) when an action's result or an audit reading arrived: redraw now, not at the tick. */
    private static final Object WAKE = new Object();

    /** Where keys come from; blocks until one is there. */
    @FunctionalInterface
    interface KeySource {
        KeyStroke read() throws IOException, InterruptedException;
    }

    /**
     * @param keys blocking key source: the terminal's input; tests pass their own, because a virtual terminal holds
     *             its lock while it waits for input and would block drawing
     */
    LiveViewer(Terminal terminal, KeySource keys, Dashboard dashboard, long intervalNanos) throws IOException {
        this.initialSize = terminal.getTerminalSize();
        this.keys = keys;
        this.dashboard = dashboard;
        this.painter = new FramePainter(terminal);
        this.intervalNanos = intervalNanos;
        terminal.addResizeListener((t, size) -> events.offer(new Resized(size)));
        dashboard.onChange(() -> events.offer(WAKE));
    }

    /**
     * Takes over the terminal until the user quits, then restores it. Always a text terminal, never a Swing window,
     * whatever the display or redirections.
     *
     * @param control acts on the config's miners (key x); null when the viewer has no config listing them
     */
    public static void run(FleetFeed feed, LiveOptions options, Clock clock, LiveControl control) throws IOException {
        // Ctrl+C arrives as a key and quits through the same path as 'q', so the terminal is always restored.
        Terminal terminal = new DefaultTerminalFactory().setForceTextTerminal(true)
                .setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP).createTerminal();
        terminal.enterPrivateMode();
        try {
            terminal.setCursorVisible(false);
            new LiveViewer(terminal, terminal::readInput, new Dashboard(feed, options, clock, control),
                    options.interval().toNanos()).loop();
        } finally {
            // Keys typed while quitting are not left for the shell to read.
            KeyStroke k;
            do {
                k = terminal.pollInput();
            } while (k != null && k.getKeyType() != KeyType.EOF);
            terminal.exitPrivateMode();
        }
    }

    /** Runs until a quit key (or the end of input); returns with the terminal still in private mode. */
    void loop() throws IOException {
        Thread reader = new Thread(this::readKeys, "viewer-input");
        reader.setDaemon(true);
        reader.start();
        TerminalSize size = initialSize;
        paint(size);
        long nextRefresh = System.nanoTime() + intervalNanos;
        while (true) {
            Object event;
            try {
                event = events.poll(Math.max(0, nextRefresh - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            boolean handled = event != null;
            // Handle everything already queued (fast typing, key repeat) before drawing once.
            while (event != null) {
                if (event instanceof IOException e) {
                    throw e;
                }
                // A WAKE needs no handling: the paint below shows what arrived.
                if (event instanceof Resized r) {
                    size = r.size();
                    painter.invalidate();
                } else if (event instanceof KeyStroke k && dashboard.key(k, size) == Keys.Outcome.QUIT) {
                    return;
                }
                event = events.poll();
            }
            if (System.nanoTime() - nextRefresh >= 0) {
                nextRefresh = System.nanoTime() + intervalNanos;
                tick(dashboard, painter, size);
            }
            if (handled) {
                paint(size);
            }
        }
    }

    /**
     * One refresh: reads new rows, and draws only when the frame could differ from the one on screen (new rows, a
     * moved age); a tick over unchanged data composes nothing and sends nothing.
     *
     * @return lines written to the terminal
     */
    static int tick(Dashboard dashboard, FramePainter painter, TerminalSize size) throws IOException {
        dashboard.refresh();
        return dashboard.stale(size) ? painter.paint(size, g -> dashboard.draw(g, size)) : 0;
    }

    private void paint(TerminalSize size) throws IOException {
        painter.paint(size, g -> dashboard.draw(g, size));
    }

    private void readKeys() {
        try {
            while (true) {
                KeyStroke key = keys.read();
                if (key == null) {
                    continue;
                }
                events.put(key);
                if (key.getKeyType() == KeyType.EOF) {
                    return;
                }
            }
        } catch (IOException e) {
            events.offer(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
