package io.github.bitaxemonitor.view.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import io.github.bitaxemonitor.view.FleetData;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What reaches the terminal when little or nothing changed: refresh ticks of a viewer over old data send nothing,
 * and a change sends only the lines it touched. Driven tick by tick with a clock the test moves.
 */
class IdleRedrawTest {
    @TempDir
    Path dir;

    /** The golden fleet seen 10 minutes after its last row: the collector looks stopped, every age is in minutes. */
    private ScreenHarness oldData() throws IOException {
        FleetData.writeGolden(dir);
        return new ScreenHarness(dir.resolve("metrics.csv"), 200, 60, true, false, FleetData.END.plusSeconds(600));
    }

    @Test
    void ticksWithoutNewRowsOrAMovedAgeSendNothingToTheTerminal() throws IOException {
        ScreenHarness s = oldData();
        assertThat(s.line(0)).contains("data 10m ago");
        int before = s.terminalWrites.get();

        for (int i = 0; i < 15; i++) {
            s.tick(Duration.ofSeconds(2)); // 30 s: newest row 10m00s..10m30s old, gamma-3 seen 10m20s..10m50s ago
            assertThat(s.linesWritten).as("tick %d", i).isZero();
            assertThat(s.dashboard.stale(s.size())).as("composes no frame at tick %d", i).isFalse();
        }

        assertThat(s.terminalWrites.get()).isEqualTo(before);
    }

    @Test
    void anAgeThatMovesToTheNextMinuteRedrawsOnlyItsLine() throws IOException {
        ScreenHarness s = oldData();
        int gamma3 = s.tableRow("gamma-3");
        assertThat(s.line(gamma3).stripTrailing()).endsWith(" 10m");

        s.tick(Duration.ofSeconds(40)); // gamma-3 last answered 11m00s ago; the newest row is 10m40s old

        assertThat(s.linesWritten).isEqualTo(1);
        assertThat(s.line(gamma3).stripTrailing()).endsWith(" 11m");
        assertThat(s.line(0)).contains("data 10m ago");
    }

    @Test
    void theStoppedCollectorAlarmAppearsOnTheTickItBecomesTrue() throws IOException {
        FleetData.writeGolden(dir);
        // The cycle is 5 s, so the collector looks stopped once the newest row is more than 30 s old.
        ScreenHarness s = new ScreenHarness(dir.resolve("metrics.csv"), 120, 30, true, false,
                FleetData.END.plusSeconds(29));
        assertThat(s.text()).doesNotContain("collector looks stopped");

        s.tick(Duration.ofSeconds(2));

        assertThat(s.line(2)).contains("collector looks stopped: no new row for 31s");
    }

    @Test
    void aNewRowRedrawsTheLinesItChangesAndNoOthers() throws IOException {
        ScreenHarness s = oldData();
        int gamma1 = s.tableRow("gamma-1");
        assertThat(s.line(gamma1)).contains("1.08 TH/s");
        String[] before = s.text().split("\n");

        // A late row of gamma-1, a second after the last cycle: its hashrate and the total change, no shown age does.
        FleetData.append(dir.resolve("metrics-2026-11-20.csv"), FleetData.row(FleetData.miner(1,
                FleetData.END.plusSeconds(1)).hashrateGhs(1234.5).sharesAccepted(15239L).build()));
        s.tick(Duration.ofSeconds(2));

        assertThat(s.linesWritten).isEqualTo(2);
        assertThat(s.line(gamma1)).contains("1.23 TH/s");
        assertThat(s.line(0)).isNotEqualTo(before[0]).doesNotContain("3.14 TH/s");
        String[] after = s.text().split("\n");
        for (int y = 1; y < after.length; y++) {
            if (y != gamma1) {
                assertThat(after[y]).as("line %d", y).isEqualTo(before[y]);
            }
        }
    }

    @Test
    void aKeyRedrawsAtOnceAndOnlyTheLinesItChanged() throws IOException {
        ScreenHarness s = oldData();
        int evil = s.tableRow("evil");
        int gamma1 = s.tableRow("gamma-1");

        s.press(KeyType.ArrowDown); // the selection moves from the first row (evil...) to gamma-1

        assertThat(s.linesWritten).isEqualTo(2);
        assertThat(s.cell(0, gamma1).getBackgroundColor()).isNotEqualTo(s.cell(0, evil).getBackgroundColor());
        s.press(KeyType.Escape); // nothing to clear, no pane to close: the same frame
        assertThat(s.linesWritten).isZero();
    }

    @Test
    void aResizeRepaintsEveryLine() throws IOException {
        ScreenHarness s = oldData();

        s.resize(80, 24);

        assertThat(s.linesWritten).isEqualTo(24);
        assertThat(s.line(0)).startsWith("bitaxe-monitor");
    }

    @Test
    void pausedTicksIgnoreNewRowsAndSendNothing() throws IOException {
        ScreenHarness s = oldData();
        s.type("p");
        int before = s.terminalWrites.get();

        FleetData.append(dir.resolve("metrics-2026-11-20.csv"),
                FleetData.row(FleetData.miner(9, FleetData.END.plusSeconds(601)).build()));
        s.tick(Duration.ofSeconds(2));

        assertThat(s.terminalWrites.get()).isEqualTo(before);
        assertThat(s.text()).doesNotContain("gamma-9");
    }
}
