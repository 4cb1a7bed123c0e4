package io.github.bitaxemonitor.view.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.github.bitaxemonitor.view.FleetData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live screen on a virtual terminal, fed the golden fleet (gamma-1 ONLINE, gamma-2 HOT, gamma-3 OFFLINE). */
class DashboardScreenTest {
    private static final Instant NOW = FleetData.END.plusSeconds(3);

    @TempDir
    Path dir;

    private ScreenHarness screen(int cols, int rows, boolean color) throws IOException {
        return screen(cols, rows, color, false);
    }

    private ScreenHarness screen(int cols, int rows, boolean color, boolean ascii) throws IOException {
        FleetData.writeGolden(dir);
        return new ScreenHarness(dir.resolve("metrics.csv"), cols, rows, color, ascii, NOW);
    }

    @Test
    void at80x24TheTableKeepsTheKeyColumnsAndDropsTheRest() throws IOException {
        ScreenHarness s = screen(80, 24, true);

        assertThat(s.line(0)).startsWith("bitaxe-monitor").contains("3/4 online").contains("3.14 TH/s")
                .contains("61.0 W").contains("data 3s ago");
        int heading = s.rowOf("NAME");
        assertThat(s.line(heading)).contains("STATUS", "HASHRATE", "%EXP", "ASIC", "POWER", "J/TH", "SEEN")
                .doesNotContain("RSSI", "FREQ@MV", "UPTIME");
        assertThat(s.text()).contains("gamma-1", "gamma-2", "gamma-3");
        assertThat(s.line(23)).contains("4 miners", "?:help");
    }

    @Test
    void at200x60EveryColumnIsShown() throws IOException {
        ScreenHarness s = screen(200, 60, true);

        assertThat(s.line(s.rowOf("NAME"))).contains("ADDRESS", "STATUS", "HASHRATE", "%EXP", "ASIC", "VR", "POWER",
                "J/TH", "FAN", "RSSI", "SHARES A/R", "BEST", "UPTIME", "FREQ@MV", "SEEN");
        assertThat(s.line(s.tableRow("gamma-1"))).contains("127.0.0.11:80", "ONLINE", "1.08 TH/s", "99%", "56.0C",
                "19.0 W", "17.6", "65%", "-52", "15.2k/12", "4.29G", "1d00h", "525@1150", "3s");
    }

    @Test
    void statusCellsAreColouredBySeverity() throws IOException {
        ScreenHarness s = screen(120, 30, true);

        assertThat(s.cellOf(s.tableRow("gamma-1"), "ONLINE").getForegroundColor()).isEqualTo(TextColor.ANSI.GREEN_BRIGHT);
        assertThat(s.cellOf(s.tableRow("gamma-2"), "HOT").getForegroundColor()).isEqualTo(TextColor.ANSI.RED_BRIGHT);
        assertThat(s.cellOf(s.tableRow("gamma-3"), "OFFLINE").getForegroundColor()).isEqualTo(TextColor.ANSI.RED_BRIGHT);
    }

    @Test
    void monochromeHasNoColourButTheStatusIsStillReadable() throws IOException {
        ScreenHarness s = screen(120, 30, false);

        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 120; x++) {
                TextCharacter c = s.cell(x, y);
                assertThat(c.getForegroundColor()).as("fg at %d,%d", x, y).isEqualTo(TextColor.ANSI.DEFAULT);
                assertThat(c.getBackgroundColor()).as("bg at %d,%d", x, y).isEqualTo(TextColor.ANSI.DEFAULT);
            }
        }
        assertThat(s.line(s.tableRow("gamma-2"))).contains("HOT");
        assertThat(s.line(s.tableRow("gamma-3"))).contains("OFFLINE");
        // The selection is shown by reverse video instead of a colour.
        assertThat(s.cellOf(s.tableRow("evil"), "evil").getModifiers()).contains(SGR.REVERSE);
    }

    @Test
    void arrowKeysMoveTheSelectionAndHomeEndJump() throws IOException {
        ScreenHarness s = screen(120, 30, true);
        assertThat(selectedRowText(s)).contains("evil");

        s.press(KeyType.ArrowDown);
        assertThat(selectedRowText(s)).contains("gamma-1");
        s.press(KeyType.End);
        assertThat(selectedRowText(s)).contains("gamma-3");
        s.press(KeyType.ArrowDown);
        assertThat(selectedRowText(s)).contains("gamma-3");
        s.press(KeyType.Home);
        assertThat(selectedRowText(s)).contains("evil");
        s.press(KeyType.PageDown);
        assertThat(selectedRowText(s)).contains("gamma-3");
    }

    @Test
    void sKeyCyclesTheSortColumnAndShiftSReversesIt() throws IOException {
        ScreenHarness s = screen(200, 60, true);
        s.type("ss"); // NAME -> ADDRESS -> STATUS: worst first

        assertThat(s.line(s.rowOf("NAME"))).contains("STATUS\u25B2");
        int table = s.rowOf("NAME");
        assertThat(s.line(table + 1)).contains("gamma-3");
        assertThat(s.line(table + 2)).contains("gamma-2");

        s.type("S");
        assertThat(s.line(s.rowOf("NAME"))).contains("STATUS\u25BC");
        assertThat(s.line(table + 4)).contains("gamma-3");
        assertThat(s.line(59)).contains("sort STATUS");
    }

    @Test
    void sortCyclesOnlyThroughTheColumnsOnScreen() throws IOException {
        ScreenHarness s = screen(80, 24, true);
        java.util.List<String> seen = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            s.type("s");
            seen.add(s.dashboard.state().sort.header);
        }

        assertThat(seen).doesNotContain("RSSI", "ADDRESS", "FREQ@MV").contains("SEEN", "NAME", "HASHRATE");
    }

    @Test
    void tinyTerminalsDrawWithoutFailing() throws IOException {
        ScreenHarness s = screen(80, 24, true);
        for (int[] size : new int[][] {{30, 6}, {10, 3}, {1, 1}, {200, 2}}) {
            s.resize(size[0], size[1]);
            s.press(KeyType.Enter).type("?").press(KeyType.Escape).press(KeyType.Enter);
        }
        s.resize(30, 6);
        assertThat(s.line(0)).startsWith("bitaxe-monitor");
    }

    @Test
    void slashFiltersRowsAndEscClearsTheFilter() throws IOException {
        ScreenHarness s = screen(120, 30, true);
        s.type("/gamma-2");
        assertThat(s.line(29)).startsWith("/gamma-2 ");
        s.press(KeyType.Enter);

        assertThat(s.text()).contains("gamma-2").doesNotContain("gamma-1", "gamma-3");
        assertThat(s.line(29)).contains("1/4 miners", "filter 'gamma-2'");

        s.press(KeyType.Escape);
        assertThat(s.text()).contains("gamma-1", "gamma-2", "gamma-3");
    }

    @Test
    void filterKeysAreTextWhileThePromptIsOpen() throws IOException {
        ScreenHarness s = screen(120, 30, true);
        s.type("/q?s");

        assertThat(s.line(29)).startsWith("/q?s ");
        assertThat(s.cell(4, 29).getModifiers()).as("the cursor, after the text").doesNotContain(SGR.REVERSE);
        assertThat(s.cell(3, 29).getModifiers()).contains(SGR.REVERSE);
        assertThat(s.dashboard.state().help).isFalse();
        s.press(KeyType.Backspace).press(KeyType.Escape);
        assertThat(s.dashboard.state().filter).isEmpty();
    }

    private static KeyStroke ctrl(char c) {
        return new KeyStroke(c, true, false);
    }

    @Test
    void theFilterPromptEditsTheLineAsReadlineDoes() throws IOException {
        ScreenHarness s = screen(120, 30, true);
        s.type("/gamma 2");

        s.press(ctrl('w'));
        assertThat(s.dashboard.state().filter).as("^W cuts the word before the cursor").isEqualTo("gamma ");
        s.press(ctrl('w'));
        assertThat(s.dashboard.state().filter).isEmpty();
        s.type("amma-2").press(ctrl('a')).type("g");
        assertThat(s.dashboard.state().filter).as("^A goes to the start").isEqualTo("gamma-2");
        s.press(ctrl('e')).press(KeyType.ArrowLeft).press(KeyType.Backspace);
        assertThat(s.dashboard.state().filter).as("Left, Backspace").isEqualTo("gamma2");
        s.press(KeyType.Delete);
        assertThat(s.dashboard.state().filter).as("Delete under the cursor").isEqualTo("gamma");
        s.press(KeyType.ArrowLeft).press(KeyType.ArrowLeft).press(ctrl('k'));
        assertThat(s.dashboard.state().filter).as("^K cuts to the end").isEqualTo("gam");
        s.press(KeyType.ArrowRight).press(KeyType.ArrowLeft).press(ctrl('u'));
        assertThat(s.dashboard.state().filter).as("^U cuts to the start").isEqualTo("m");
        assertThat(s.line(29)).startsWith("/m ");
        assertThat(s.cell(1, 29).getModifiers()).as("cursor on the m").doesNotContain(SGR.REVERSE);
        s.press(ctrl('x')).press(ctrl('a')).type("ga").press(KeyType.Enter);
        assertThat(s.dashboard.state().filter).as("other control keys insert nothing").isEqualTo("gam");
        assertThat(s.text()).contains("gamma-1").doesNotContain("evil");
    }

    @Test
    void escFollowedQuicklyByAKeyClearsTheFilterAndThenActsOnTheKey() throws IOException {
        ScreenHarness s = screen(120, 30, true);
        s.type("/gamma-2");
        s.press(new KeyStroke('?', false, true)); // what a terminal sends for Esc then '?' in one burst

        assertThat(s.dashboard.state().filter).isEmpty();
        assertThat(s.dashboard.state().editingFilter).isFalse();
        assertThat(s.dashboard.state().help).isTrue();
    }

    @Test
    void questionMarkShowsHelpAndAnyKeyClosesIt() throws IOException {
        ScreenHarness s = screen(80, 24, true);
        s.type("?");
        assertThat(s.text()).contains("Keys", "sort by the next column", "quit");

        s.press(KeyType.ArrowDown);
        assertThat(s.text()).doesNotContain("sort by the next column");
        assertThat(selectedRowText(s)).contains("evil"); // the closing key did nothing else
    }

    @Test
    void enterOpensADetailPaneWithEveryFieldSparklinesAndStatusChanges() throws IOException {
        ScreenHarness s = screen(200, 60, true);
        s.press(KeyType.ArrowDown).press(KeyType.ArrowDown); // gamma-2, which turned HOT
        s.press(KeyType.Enter);

        String text = s.text();
        assertThat(text).contains("gamma-1"); // the table stays on a tall screen
        for (String field : io.github.bitaxemonitor.store.CsvSchema.header()) {
            assertThat(text).as(field).contains(field);
        }
        assertThat(s.line(s.rowOf("hashrate  "))).containsPattern("[\u2581-\u2588]{10}");
        assertThat(s.line(s.rowOf("ASIC temp "))).contains("\u2588").contains("max 71.5C");
        assertThat(s.line(s.rowOf("changes"))).contains("12:00:35 ONLINE\u2192HOT");

        s.press(KeyType.Tab);
        assertThat(s.text()).doesNotContain("hashrate_1m_ghs");
    }

    @Test
    void theDetailOfAMinerThatStoppedAnsweringShowsNoCurrentReading() throws IOException {
        ScreenHarness s = screen(200, 60, true);
        s.press(KeyType.End).press(KeyType.Enter); // gamma-3, OFFLINE for its last four rows

        assertThat(s.line(s.rowOf("hashrate  "))).contains("now -  min 1.03 TH/s");
        assertThat(s.line(s.rowOf("power     "))).contains("now -  min");
    }

    @Test
    void aMinerWhoseRowsStoppedIsStaleInTheTableTheHeaderAndTheDetail() throws IOException {
        StringBuilder rows = new StringBuilder(FleetData.header());
        for (int c = 0; c < 12; c++) {
            Instant at = FleetData.END.minus(FleetData.CYCLE.multipliedBy(11 - c));
            rows.append(FleetData.row(FleetData.miner(1, at).build()));
            if (c < 3) {
                rows.append(FleetData.row(FleetData.miner(2, at).build()));
            }
        }
        Files.writeString(dir.resolve("metrics-2026-11-20.csv"), rows.toString());
        ScreenHarness s = new ScreenHarness(dir.resolve("metrics.csv"), 200, 60, true, false, NOW);

        assertThat(s.line(0)).contains("1/2 online").contains("1.01 TH/s");
        assertThat(s.line(1)).contains("STALE 1").contains("ONLINE 1");
        int row = s.tableRow("gamma-2");
        assertThat(s.line(row)).contains("STALE").doesNotContain("ONLINE");
        assertThat(s.cellOf(row, "STALE").getForegroundColor()).isEqualTo(TextColor.ANSI.YELLOW_BRIGHT);
        s.press(KeyType.ArrowDown).press(KeyType.Enter);
        assertThat(s.line(s.rowOf("(Enter/Tab closes)"))).contains("gamma-2").contains("STALE");
    }

    @Test
    void onASmallScreenTheDetailPaneTakesTheTablesPlace() throws IOException {
        ScreenHarness s = screen(80, 24, true);
        s.press(KeyType.Enter);

        String text = s.text();
        assertThat(text).doesNotContain("HASHRATE").contains("timestamp_utc", "hashrate_ghs", "more (enlarge");
    }

    @Test
    void resizingRedrawsForTheNewSize() throws IOException {
        ScreenHarness s = screen(80, 24, true);
        assertThat(s.text()).doesNotContain("RSSI");

        s.resize(200, 60);
        assertThat(s.line(s.rowOf("NAME"))).contains("RSSI", "ADDRESS");
        assertThat(s.line(59)).contains("?:help");

        s.resize(40, 10);
        assertThat(s.line(0)).startsWith("bitaxe-monitor");
        assertThat(s.line(9)).contains("miners");
    }

    @Test
    void hostileCellsAreDrawnEscaped() throws IOException {
        ScreenHarness s = screen(200, 60, true);
        s.press(KeyType.Enter);

        String text = s.text();
        assertThat(text).contains("evil\\x1B[31m\\u202Ename\\x00x").contains("=cmd|x\\x07");
        assertThat(text.chars()).noneMatch(c -> c < 0x20 && c != '\n' || c == 0x7F || c >= 0x80 && c <= 0x9F
                || c == 0x202E);
    }

    @Test
    void asciiModeDrawsOnlyAscii() throws IOException {
        ScreenHarness s = screen(200, 60, true, true);
        s.press(KeyType.ArrowDown).press(KeyType.ArrowDown).press(KeyType.Enter);

        assertThat(s.text().chars()).allMatch(c -> c < 0x80);
        assertThat(s.line(s.rowOf("ASIC temp "))).contains("@");
    }

    @Test
    void pauseStopsReadingNewRows() throws IOException {
        ScreenHarness s = screen(120, 30, true);
        s.type("p");
        assertThat(s.line(0)).contains("PAUSED");

        FleetData.append(dir.resolve("metrics-2026-11-20.csv"),
                FleetData.row(FleetData.miner(9, FleetData.END.plusSeconds(1)).build()));
        assertThat(s.dashboard.refresh()).isFalse();
        s.type("p");
        assertThat(s.dashboard.refresh()).isTrue();
        s.draw();
        assertThat(s.text()).contains("gamma-9");
    }

    @Test
    void aStoppedCollectorIsAnnounced() throws IOException {
        FleetData.writeGolden(dir);
        ScreenHarness s = new ScreenHarness(dir.resolve("metrics.csv"), 120, 30, true, false,
                FleetData.END.plusSeconds(600));

        assertThat(s.line(2)).contains("collector looks stopped: no new row for 10m (cycle 5s)");
        assertThat(s.cellOf(2, "collector").getForegroundColor()).isEqualTo(TextColor.ANSI.RED_BRIGHT);
    }

    @Test
    void aReadErrorIsShownAndTheViewKeepsRunning() throws IOException {
        ScreenHarness s = screen(120, 30, true);
        Path file = dir.resolve("metrics-2026-11-20.csv");
        Files.delete(file);
        Files.createDirectory(file); // now unreadable as a file, whoever runs the test

        assertThat(s.dashboard.refresh()).isFalse();
        s.draw();
        assertThat(s.line(2)).contains("cannot read the data:");
        assertThat(s.text()).contains("gamma-1"); // what was read stays on screen

        Files.delete(file);
        FleetData.writeGolden(dir);
        s.dashboard.refresh();
        s.draw();
        assertThat(s.text()).doesNotContain("cannot read the data");
    }

    @Test
    void withoutDataTheScreenSaysItIsWaiting() throws IOException {
        ScreenHarness s = new ScreenHarness(dir.resolve("metrics.csv"), 80, 24, false, false, NOW);

        assertThat(s.line(2)).contains("no data yet: waiting for rows in");
        assertThat(s.text()).contains("(no miners yet)");
    }

    @Test
    void aThousandMinersScrollWithTheSelection() throws IOException {
        StringBuilder rows = new StringBuilder(FleetData.header());
        for (int i = 0; i < 1000; i++) {
            rows.append(FleetData.row(FleetData.miner(i, NOW.minusSeconds(2))
                    .alias(String.format("m%04d", i)).address("127.1." + (i / 250) + "." + (i % 250) + ":80").build()));
        }
        Files.writeString(dir.resolve("metrics-2026-11-20.csv"), rows.toString());
        ScreenHarness s = new ScreenHarness(dir.resolve("metrics.csv"), 80, 24, true, false, NOW);

        s.press(KeyType.End);
        assertThat(selectedRowText(s)).contains("m0999");
        assertThat(s.line(22)).contains("m0999");
        s.press(KeyType.PageUp);
        assertThat(selectedRowText(s)).contains("m0979");
        s.press(KeyType.Home).press(KeyType.PageDown);
        assertThat(selectedRowText(s)).contains("m0020");
        assertThat(s.line(22)).contains("m0020"); // scrolled just enough to show the selection
    }

    @Test
    void qAndCtrlCQuit() throws IOException {
        ScreenHarness s = screen(80, 24, true);

        assertThat(s.dashboard.key(new KeyStroke('q', false, false), s.size())).isEqualTo(Keys.Outcome.QUIT);
        assertThat(s.dashboard.key(new KeyStroke('c', true, false), s.size())).isEqualTo(Keys.Outcome.QUIT);
    }

    /** Text of the row drawn as selected (blue background in colour, reverse video in monochrome). */
    private static String selectedRowText(ScreenHarness s) {
        for (int y = 0; y < s.size().getRows(); y++) {
            TextCharacter c = s.cell(0, y);
            if (c.getBackgroundColor() == TextColor.ANSI.BLUE
                    || (c.getModifiers().contains(SGR.REVERSE) && !s.line(y).contains("NAME")
                    && y < s.size().getRows() - 1 && y > 1)) {
                return s.line(y);
            }
        }
        return "";
    }
}
