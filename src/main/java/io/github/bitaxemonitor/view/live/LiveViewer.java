package io.github.bitaxemonitor.view.live;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
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
 * the moment it arrives. Drawing goes to the screen's back buffer and {@code refresh(DELTA)} sends only changed cells.
 */
public final class LiveViewer {
    /** Queued when the terminal changed size. */
    private static final Object RESIZED = new Object();

    private final Screen screen;
    private final KeySource keys;
    private final Dashboard dashboard;
    private final long intervalNanos;
    private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();

    /** Where keys come from; blocks until one is there. */
    @FunctionalInterface
    interface KeySource {
        KeyStroke read() throws IOException, InterruptedException;
    }

    /**
     * @param keys blocking key source: the screen's input; tests pass their own, because a virtual terminal holds
     *             its lock while it waits for input and would block drawing
     */
    LiveViewer(Terminal terminal, Screen screen, KeySource keys, Dashboard dashboard, long intervalNanos) {
        this.screen = screen;
        this.keys = keys;
        this.dashboard = dashboard;
        this.intervalNanos = intervalNanos;
        terminal.addResizeListener((t, size) -> events.offer(RESIZED));
    }

    /**
     * Takes over the terminal until the user quits, then restores it. Always a text terminal, never a Swing window,
     * whatever the display or redirections.
     */
    public static void run(FleetFeed feed, LiveOptions options, Clock clock) throws IOException {
        // Ctrl+C arrives as a key and quits through the same path as 'q', so the terminal is always restored.
        Terminal terminal = new DefaultTerminalFactory().setForceTextTerminal(true)
                .setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP).createTerminal();
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        try {
            screen.setCursorPosition(null);
            new LiveViewer(terminal, screen, screen::readInput, new Dashboard(feed, options, clock),
                    options.interval().toNanos()).loop();
        } finally {
            screen.stopScreen();
        }
    }

    /** Runs until a quit key (or the end of input); returns with the screen still started. */
    void loop() throws IOException {
        Thread reader = new Thread(this::readKeys, "viewer-input");
        reader.setDaemon(true);
        reader.start();
        draw(Screen.RefreshType.COMPLETE);
        long nextRefresh = System.nanoTime() + intervalNanos;
        while (true) {
            Object event;
            try {
                event = events.poll(Math.max(0, nextRefresh - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            boolean resized = false;
            boolean keyed = false;
            // Handle everything already queued (fast typing, key repeat) before drawing once.
            while (event != null) {
                if (event instanceof IOException e) {
                    throw e;
                }
                if (event == RESIZED) {
                    resized = true;
                } else {
                    keyed = true;
                    if (dashboard.key((KeyStroke) event, screen.getTerminalSize()) == Keys.Outcome.QUIT) {
                        return;
                    }
                }
                event = events.poll();
            }
            boolean changed = false;
            if (System.nanoTime() - nextRefresh >= 0) {
                changed = dashboard.refresh();
                nextRefresh = System.nanoTime() + intervalNanos;
            }
            resized |= screen.doResizeIfNecessary() != null;
            // A tick without new data redraws only when the shown ages (whole seconds) have moved on.
            if (resized || keyed || changed || dashboard.clockMoved()) {
                draw(resized ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
            }
        }
    }

    private void draw(Screen.RefreshType type) throws IOException {
        TerminalSize size = screen.getTerminalSize();
        dashboard.draw(screen.newTextGraphics(), size);
        screen.refresh(type);
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
