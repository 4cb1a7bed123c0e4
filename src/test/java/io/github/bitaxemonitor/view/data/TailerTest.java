package io.github.bitaxemonitor.view.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.view.FleetData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One suite, run with every way the monitor's bytes can reach the disk: whole rows, or one byte at a time. */
class TailerTest {

    /** How text gets appended; the tailer polls after every write, so it sees each intermediate state. */
    enum Writer {
        WHOLE_ROWS {
            @Override
            void append(Path file, String text, Tailer tailer) throws IOException {
                FleetData.append(file, text);
                tailer.poll();
            }
        },
        ONE_BYTE_AT_A_TIME {
            @Override
            void append(Path file, String text, Tailer tailer) throws IOException {
                for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
                    Files.write(file, new byte[] {b}, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    tailer.poll();
                }
            }
        };

        abstract void append(Path file, String text, Tailer tailer) throws IOException;
    }

    private static final Instant T0 = Instant.parse("2026-11-20T23:59:50Z");

    @TempDir
    Path dir;

    private final List<Sample> seen = new ArrayList<>();

    private DataSource layout() throws IOException {
        return DataSource.resolve(dir.resolve("metrics.csv"));
    }

    private Path day(String date) {
        return dir.resolve("metrics-" + date + ".csv");
    }

    private static String row(int cycle) {
        return FleetData.row(FleetData.miner(1, T0.plusSeconds(5L * cycle)).build());
    }

    private List<Instant> seenTimes() {
        return seen.stream().map(Sample::timestamp).toList();
    }

    @ParameterizedTest
    @EnumSource(Writer.class)
    void appendedRowsArriveInFileOrder(Writer writer) throws IOException {
        Path f = day("2026-11-20");
        Tailer tailer = new Tailer(layout(), null, seen::add);
        writer.append(f, FleetData.header() + row(0) + row(1), tailer);
        writer.append(f, row(2), tailer);

        assertThat(seenTimes()).containsExactly(T0, T0.plusSeconds(5), T0.plusSeconds(10));
        assertThat(tailer.corruptRows()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Writer.class)
    void partialLastLineIsIgnoredUntilItsLineEndArrives(Writer writer) throws IOException {
        Path f = day("2026-11-20");
        Tailer tailer = new Tailer(layout(), null, seen::add);
        String r = row(0);
        writer.append(f, FleetData.header() + r.substring(0, r.length() - 1), tailer);
        assertThat(seen).isEmpty();

        writer.append(f, "\n", tailer);
        assertThat(seenTimes()).containsExactly(T0);
        assertThat(tailer.corruptRows()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Writer.class)
    void followsRotationToTheNextDayAndPart(Writer writer) throws IOException {
        Tailer tailer = new Tailer(layout(), null, seen::add);
        writer.append(day("2026-11-20"), FleetData.header() + row(0), tailer);
        writer.append(day("2026-11-21"), FleetData.header() + row(1), tailer);
        writer.append(dir.resolve("metrics-2026-11-21.1.csv"), FleetData.header() + row(2), tailer);
        tailer.poll();

        assertThat(seenTimes()).containsExactly(T0, T0.plusSeconds(5), T0.plusSeconds(10));
        assertThat(tailer.currentFile()).hasFileName("metrics-2026-11-21.1.csv");
    }

    @ParameterizedTest
    @EnumSource(Writer.class)
    void rowsWrittenToTheOldFileJustBeforeRotationAreNotLost(Writer writer) throws IOException {
        Path first = day("2026-11-20");
        Tailer tailer = new Tailer(layout(), null, seen::add);
        writer.append(first, FleetData.header() + row(0), tailer);
        // The last cycle of the day lands after the tailer's last look, and the next file already exists.
        FleetData.append(first, row(1));
        FleetData.append(day("2026-11-21"), FleetData.header() + row(2));
        tailer.poll();

        assertThat(seenTimes()).containsExactly(T0, T0.plusSeconds(5), T0.plusSeconds(10));
    }

    @ParameterizedTest
    @EnumSource(Writer.class)
    void truncatedFileIsReadAgainFromItsStart(Writer writer) throws IOException {
        Path f = day("2026-11-20");
        Tailer tailer = new Tailer(layout(), null, seen::add);
        writer.append(f, FleetData.header() + row(0) + row(1), tailer);
        Files.writeString(f, "");
        tailer.poll();
        writer.append(f, FleetData.header() + row(2), tailer);

        assertThat(seenTimes()).containsExactly(T0, T0.plusSeconds(5), T0.plusSeconds(10));
        assertThat(tailer.restarts()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Writer.class)
    void deletedAndRecreatedFileIsFollowed(Writer writer) throws IOException {
        Path f = day("2026-11-20");
        Tailer tailer = new Tailer(layout(), null, seen::add);
        writer.append(f, FleetData.header() + row(0) + row(1), tailer);
        Files.delete(f);
        tailer.poll();
        // Re-created longer than before, so only the file's identity (or the changed bytes) can tell.
        writer.append(f, FleetData.header() + row(2) + row(3) + row(4), tailer);

        assertThat(seenTimes()).containsExactly(T0, T0.plusSeconds(5), T0.plusSeconds(10), T0.plusSeconds(15),
                T0.plusSeconds(20));
    }

    @ParameterizedTest
    @EnumSource(Writer.class)
    void corruptRowsAreSkippedAndCounted(Writer writer) throws IOException {
        Path f = day("2026-11-20");
        Tailer tailer = new Tailer(layout(), null, seen::add);
        writer.append(f, FleetData.header() + row(0) + "garbage,\"unterminated\n" + "a,b,c\n"
                + "\u0000\u0000\u0000\n" + row(1), tailer);

        assertThat(seenTimes()).containsExactly(T0, T0.plusSeconds(5));
        assertThat(tailer.corruptRows()).isEqualTo(3);
        assertThat(tailer.lastProblem()).startsWith("metrics-2026-11-20.csv @ byte ");
    }

    @ParameterizedTest
    @EnumSource(Writer.class)
    void startsAtAGivenPositionAndStillKnowsTheColumns(Writer writer) throws IOException {
        Path f = day("2026-11-20");
        String head = FleetData.header() + row(0);
        Files.writeString(f, head + row(1));
        Tailer tailer = new Tailer(layout(), new Position(f, head.getBytes(StandardCharsets.UTF_8).length), seen::add);
        tailer.poll();
        writer.append(f, row(2), tailer);

        assertThat(seenTimes()).containsExactly(T0.plusSeconds(5), T0.plusSeconds(10));
    }

    @ParameterizedTest
    @EnumSource(Writer.class)
    void waitsForTheFirstFileToAppear(Writer writer) throws IOException {
        Tailer tailer = new Tailer(layout(), null, seen::add);
        assertThat(tailer.poll()).isFalse();
        writer.append(day("2026-11-20"), FleetData.header() + row(0), tailer);

        assertThat(seenTimes()).containsExactly(T0);
    }

    @ParameterizedTest
    @EnumSource(Writer.class)
    void aPollWithNothingNewReadsNoBytes(Writer writer) throws IOException {
        Tailer tailer = new Tailer(layout(), null, seen::add);
        writer.append(day("2026-11-20"), FleetData.header() + row(0), tailer);
        long before = tailer.bytesRead();

        assertThat(tailer.poll()).isFalse();
        assertThat(tailer.poll()).isFalse();
        assertThat(tailer.bytesRead()).isEqualTo(before);
    }

    @org.junit.jupiter.api.Test
    void aLargeReadIsDecodedInParallelButDeliveredInFileOrder() throws IOException {
        StringBuilder text = new StringBuilder(FleetData.header());
        for (int c = 0; c < 3 * RowBatch.PARALLEL_MIN; c++) {
            text.append(row(c));
            if (c == RowBatch.PARALLEL_MIN) {
                text.append("not,a,row\n");
            }
        }
        Files.writeString(day("2026-11-20"), text);
        Tailer tailer = new Tailer(layout(), null, seen::add);

        tailer.poll();

        assertThat(seen).hasSize(3 * RowBatch.PARALLEL_MIN);
        assertThat(seenTimes()).isSorted().doesNotHaveDuplicates();
        assertThat(tailer.corruptRows()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Writer.class)
    void aSingleFileIsFollowedWithoutALayout(Writer writer) throws IOException {
        Path f = dir.resolve("copy.csv");
        Files.writeString(f, FleetData.header());
        Tailer tailer = new Tailer(DataSource.resolve(f), null, seen::add);
        writer.append(f, row(0) + row(1), tailer);

        assertThat(seenTimes()).containsExactly(T0, T0.plusSeconds(5));
    }
}
