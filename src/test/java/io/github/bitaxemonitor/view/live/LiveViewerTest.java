package io.github.bitaxemonitor.view.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import io.github.bitaxemonitor.view.fleet.FleetBudget;
import io.github.bitaxemonitor.view.FleetData;
import io.github.bitaxemonitor.view.FleetFeed;
import io.github.bitaxemonitor.view.data.DataSource;
import io.github.bitaxemonitor.view.fleet.Fleet;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The event loop on a virtual terminal: keys, refresh ticks and resizes from other threads, as in real use. */
class LiveViewerTest {
    @TempDir
    Path dir;

    private final BlockingQueue<KeyStroke> keys = new LinkedBlockingQueue<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private DefaultVirtualTerminal terminal;
    private Thread loop;

    private void start(Duration interval) throws IOException {
        FleetData.writeGolden(dir);
        terminal = new DefaultVirtualTerminal(new TerminalSize(100, 30));
        FleetFeed feed = FleetFeed.open(DataSource.resolve(dir), Duration.ofHours(1), FleetBudget.history(FleetBudget.DEFAULT_HISTORY));
        Dashboard dashboard = new Dashboard(feed, new LiveOptions(interval, true, false, dir.toString()),
                Clock.fixed(FleetData.END.plusSeconds(2), ZoneOffset.UTC));
        LiveViewer viewer = new LiveViewer(terminal, keys::take, dashboard, interval.toNanos());
        loop = new Thread(() -> {
            try {
                viewer.loop();
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "test-loop");
        loop.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (loop != null && loop.isAlive()) {
            keys.add(new KeyStroke('q', false, false));
            loop.join(10_000);
        }
    }

    private String screenText() {
        StringBuilder sb = new StringBuilder();
        TerminalSize size = terminal.getTerminalSize();
        for (int y = 0; y < size.getRows(); y++) {
            for (int x = 0; x < size.getColumns(); x++) {
                sb.append(terminal.getCharacter(x, y).getCharacterString());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Waits (up to 10 s, no timing asserted) for the screen to show what the loop should have drawn. */
    private void awaitScreen(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("screen never showed it:\n%s", screenText()).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void keysAreHandledWithoutWaitingForTheNextRefreshAndQQuits() throws Exception {
        start(Duration.ofHours(1)); // no refresh tick during the test: only keys can cause a redraw
        awaitScreen(() -> screenText().contains("gamma-1"));

        keys.add(new KeyStroke('?', false, false));
        awaitScreen(() -> screenText().contains("sort by the next column"));
        keys.add(new KeyStroke(KeyType.Escape));
        awaitScreen(() -> !screenText().contains("sort by the next column"));

        keys.add(new KeyStroke('q', false, false));
        loop.join(10_000);
        assertThat(loop.isAlive()).isFalse();
        assertThat(failure.get()).isNull();
    }

    @Test
    void newRowsAppearOnTheNextRefresh() throws Exception {
        start(Duration.ofMillis(100));
        awaitScreen(() -> screenText().contains("gamma-1"));

        FleetData.append(dir.resolve("metrics-2026-11-20.csv"),
                FleetData.row(FleetData.miner(9, FleetData.END.plusSeconds(1)).build()));

        awaitScreen(() -> screenText().contains("gamma-9"));
    }

    @Test
    void refreshTicksWithNothingNewDrawNothing() throws Exception {
        start(Duration.ofMillis(20)); // the clock is fixed: ages cannot change either
        awaitScreen(() -> screenText().contains("gamma-1"));
        java.util.concurrent.atomic.AtomicInteger flushes = new java.util.concurrent.atomic.AtomicInteger();
        terminal.addVirtualTerminalListener(new com.googlecode.lanterna.terminal.virtual.VirtualTerminalListener() {
            @Override
            public void onFlush() {
                flushes.incrementAndGet();
            }

            @Override
            public void onBell() {
            }

            @Override
            public void onClose() {
            }

            @Override
            public void onResized(com.googlecode.lanterna.terminal.Terminal t, TerminalSize size) {
            }
        });

        Thread.sleep(200); // let the first draw's flush, which may still be under way, land
        int settled = flushes.get();
        Thread.sleep(500); // about 25 refresh ticks
        assertThat(flushes.get()).isEqualTo(settled);

        keys.add(new KeyStroke(KeyType.ArrowDown));
        awaitScreen(() -> flushes.get() > settled);
    }

    @Test
    void aResizeIsDrawnAtOnce() throws Exception {
        start(Duration.ofHours(1));
        awaitScreen(() -> screenText().contains("gamma-1"));
        assertThat(screenText()).doesNotContain("RSSI");

        terminal.setTerminalSize(new TerminalSize(200, 40));

        awaitScreen(() -> screenText().contains("RSSI"));
    }

    @Test
    void theEndOfInputQuits() throws Exception {
        start(Duration.ofHours(1));
        keys.add(new KeyStroke(KeyType.EOF));

        loop.join(10_000);
        assertThat(loop.isAlive()).isFalse();
    }
}
