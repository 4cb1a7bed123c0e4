package io.github.bitaxemonitor.view.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.github.bitaxemonitor.bench.HistoryGenerator;
import io.github.bitaxemonitor.bench.TuningModel;
import io.github.bitaxemonitor.bench.TuningModel.Step;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisViewTest {
    private static final long END = 1_795_132_740L;

    @TempDir
    Path dir;

    private Path history() throws Exception {
        Path csv = dir.resolve("data").resolve("metrics.csv");
        PrintStream saved = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            HistoryGenerator.main(new String[] {"--layout", csv.toString(), "--days", "2", "--miners", "2",
                "--tuning", "on", "--end", Long.toString(END), "--threads", "1"});
        } finally {
            System.setOut(saved);
        }
        return csv.getParent();
    }

    /** Waits for the background pass the way the event loop notices it: the dashboard turns stale. */
    private static void awaitAnalysis(ScreenHarness h) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        TerminalSize size = h.size();
        while (!h.dashboard.stale(size)) {
            assertThat(System.nanoTime()).as("analysis finished in time").isLessThan(deadline);
            Thread.onSpinWait();
        }
        h.draw();
    }

    @Test
    void keyAShowsTheSelectedMinersConfigurationsRecommendationsAndChartAndEscCloses() throws Exception {
        ScreenHarness h = new ScreenHarness(history(), 160, 50, false, false, Instant.ofEpochSecond(END + 30));
        h.press(new KeyStroke('a', false, false));
        // The first row (by name) is miner 1, whose STOCK runs reboot mid-segment.
        assertThat(h.text()).contains("Analysis: bitaxe-a001");
        awaitAnalysis(h);
        String screen = h.text();
        assertThat(screen).contains("best efficiency  " + TuningModel.label(1, Step.ECO))
                .contains("best hashrate    " + TuningModel.label(1, Step.TURBO))
                .contains("reboots mid-segment").contains("GH/s by configuration: A=");
        // The letter strip under the chart names every configuration it shows (monochrome: letters, no colour).
        assertThat(screen).containsPattern("(?m)^ {8}[ABCD]{40,}");
        h.press(KeyType.Escape);
        assertThat(h.text()).doesNotContain("Analysis:");
    }

    @Test
    void theHelpListsTheAnalysisKey() throws Exception {
        ScreenHarness h = new ScreenHarness(history(), 120, 40, false, true, Instant.ofEpochSecond(END + 30));
        h.press(new KeyStroke('?', false, false));
        assertThat(h.text()).contains("analysis: configurations of the selected miner");
    }
}
