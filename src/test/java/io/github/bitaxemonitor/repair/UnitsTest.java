package io.github.bitaxemonitor.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small parts: external sort, duplicate window, progress bar, interval histogram. */
class UnitsTest {
    @TempDir
    Path dir;

    @Test
    void externalSortEmitsEveryDistinctRowOnceInOrderAndCleansUp() throws IOException {
        Random r = new Random(3);
        List<SortEntry> entries = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            entries.add(SortEntry.of(Instant.ofEpochSecond(r.nextInt(50), r.nextInt(3)), "row " + r.nextInt(20)));
        }
        TreeSet<SortEntry> expected = new TreeSet<>(SortEntry.ORDER);
        expected.addAll(entries);
        for (int runSize : new int[] {1, 7, 1000}) {
            List<String> out = new ArrayList<>();
            try (ExternalSort sort = new ExternalSort(dir, runSize)) {
                for (SortEntry e : entries) {
                    sort.add(e);
                }
                sort.drain(out::add);
                assertThat(sort.duplicates()).isEqualTo(entries.size() - expected.size());
            }
            assertThat(out).as("run size %d", runSize).containsExactlyElementsOf(
                    expected.stream().map(SortEntry::row).toList());
            try (Stream<Path> left = Files.list(dir)) {
                assertThat(left).isEmpty();
            }
        }
    }

    @Test
    void duplicateWindowRemembersAtLeastOneWindowAndForgetsBeyondTwo() {
        DuplicateWindow w = new DuplicateWindow(10);
        assertThat(w.seen(utf8("a"))).isFalse();
        for (int i = 0; i < 9; i++) {
            w.seen(utf8("filler " + i));
        }
        assertThat(w.seen(utf8("a"))).as("within the window").isTrue();
        for (int i = 0; i < 20; i++) {
            w.seen(utf8("more " + i));
        }
        assertThat(w.seen(utf8("a"))).as("more than two windows ago").isFalse();
    }

    @Test
    void progressBarShowsTheFractionAndClearsItsLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        TerminalProgress p = new TerminalProgress(err, 4L << 20);

        p.advance(2L << 20);
        String drawn = bytes.toString(StandardCharsets.UTF_8);
        p.close();

        assertThat(drawn).startsWith("\r[").contains(" 50% 2.0 MB / 4.0 MB");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).endsWith("\r").doesNotEndWith("MB\r");
    }

    @Test
    void intervalHistogramMedianAndGapsAreWithinOnePercent() {
        IntervalHistogram h = new IntervalHistogram();
        for (int i = 0; i < 100; i++) {
            h.add(30_000 + (i % 5) * 100);
        }
        h.add(95_000);
        h.add(600_000);

        assertThat(h.medianMillis()).isBetween(29_700L, 30_600L);
        assertThat(h.countAbove(3 * h.medianMillis())).isEqualTo(2);
    }

    @Test
    void progressBarGivesWayToOtherOutputAndComesBack() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TerminalProgress p = new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), 100);
        p.advance(10);
        p.clear();
        int cleared = bytes.size();

        p.advance(10);

        assertThat(bytes.toString(StandardCharsets.UTF_8).substring(0, cleared)).endsWith("\r");
        assertThat(bytes.toString(StandardCharsets.UTF_8).substring(cleared)).contains(" 20%");
    }

    private static byte[] utf8(String row) {
        return row.getBytes(StandardCharsets.UTF_8);
    }
}
