package io.github.bitaxemonitor.view.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.view.FleetData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentRowsTest {
    private static final Instant DAY1 = Instant.parse("2026-11-18T00:00:00Z");

    @TempDir
    Path dir;

    /** Writes {@code days} day files of two miners every 10 s (17,280 rows a day); returns total bytes. */
    private long writeHistory(int days) throws IOException {
        long total = 0;
        for (int d = 0; d < days; d++) {
            Instant start = DAY1.plus(Duration.ofDays(d));
            List<Sample> rows = new ArrayList<>();
            for (int s = 0; s < 86_400; s += 10) {
                rows.add(FleetData.miner(1, start.plusSeconds(s)).build());
                rows.add(FleetData.miner(2, start.plusSeconds(s)).build());
            }
            Path f = dir.resolve("metrics-" + start.toString().substring(0, 10) + ".csv");
            Files.writeString(f, FleetData.header() + FleetData.rows(rows));
            total += Files.size(f);
        }
        return total;
    }

    private DataSource source() throws IOException {
        return DataSource.resolve(dir.resolve("metrics.csv"));
    }

    @Test
    void readsOnlyTheTailOfALongHistory() throws IOException {
        long total = writeHistory(3);
        ReadCounter counter = new ReadCounter();

        RecentRows.Start start = RecentRows.find(source(), Duration.ofMinutes(10), counter);

        assertThat(start.newest()).isEqualTo(Instant.parse("2026-11-20T23:59:50Z"));
        assertThat(start.cutoff()).isEqualTo(Instant.parse("2026-11-20T23:49:50Z"));
        assertThat(start.position().file()).hasFileName("metrics-2026-11-20.csv");
        // 10 minutes are 120 rows (~60 KB): at most a few chunks and a header, never the ~90 MB of history.
        assertThat(counter.bytes()).isLessThan(4L * RecentRows.CHUNK).isLessThan(total / 100);
    }

    @Test
    void openingTheViewerOnALongHistoryReadsOnlyTheWindow() throws IOException {
        long total = writeHistory(3);

        io.github.bitaxemonitor.view.FleetFeed feed = io.github.bitaxemonitor.view.FleetFeed.open(source(),
                Duration.ofMinutes(10), io.github.bitaxemonitor.view.fleet.FleetBudget.history(100));

        assertThat(feed.fleet().miners()).hasSize(2);
        assertThat(feed.fleet().miners().iterator().next().rows()).isEqualTo(61);
        assertThat(feed.bytesRead()).isLessThan(8L * RecentRows.CHUNK).isLessThan(total / 100);
    }

    @Test
    void startPositionIsTheFirstRowOfTheWindow() throws IOException {
        writeHistory(1);
        Tailer tailer;
        List<Sample> rows = new ArrayList<>();
        RecentRows.Start start = RecentRows.find(source(), Duration.ofMinutes(10), new ReadCounter());
        tailer = new Tailer(source(), start.position(), rows::add);
        tailer.poll();

        assertThat(rows.get(0).timestamp()).isEqualTo(Instant.parse("2026-11-18T23:49:50Z"));
        assertThat(rows).hasSize(2 * 61);
    }

    @Test
    void aWindowReachingIntoTheDayBeforeStartsInThatFile() throws IOException {
        writeHistory(2);
        Path today = dir.resolve("metrics-2026-11-20.csv");
        Files.writeString(today, FleetData.header() + FleetData.row(FleetData.miner(1,
                Instant.parse("2026-11-20T00:00:30Z")).build()));

        RecentRows.Start start = RecentRows.find(source(), Duration.ofMinutes(1), new ReadCounter());

        assertThat(start.position().file()).hasFileName("metrics-2026-11-19.csv");
        List<Sample> rows = new ArrayList<>();
        new Tailer(source(), start.position(), rows::add).poll();
        assertThat(rows).extracting(Sample::timestamp).first().isEqualTo(Instant.parse("2026-11-19T23:59:30Z"));
        assertThat(rows).extracting(Sample::timestamp).last().isEqualTo(Instant.parse("2026-11-20T00:00:30Z"));
    }

    @Test
    void aTornLastLineIsNotTheNewestRow() throws IOException {
        Path f = dir.resolve("metrics-2026-11-20.csv");
        String good = FleetData.row(FleetData.miner(1, Instant.parse("2026-11-20T10:00:00Z")).build());
        String torn = FleetData.row(FleetData.miner(1, Instant.parse("2026-11-20T10:00:05Z")).build());
        Files.writeString(f, FleetData.header() + good + torn.substring(0, 40));

        RecentRows.Start start = RecentRows.find(source(), Duration.ofHours(1), new ReadCounter());

        assertThat(start.newest()).isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
    }

    @Test
    void aNewDayFileWithOnlyItsHeaderFallsBackToThePreviousDay() throws IOException {
        writeHistory(1);
        Files.writeString(dir.resolve("metrics-2026-11-19.csv"), FleetData.header());

        RecentRows.Start start = RecentRows.find(source(), Duration.ofMinutes(1), new ReadCounter());

        assertThat(start.newest()).isEqualTo(Instant.parse("2026-11-18T23:59:50Z"));
        assertThat(start.position().file()).hasFileName("metrics-2026-11-18.csv");
    }

    @Test
    void noFilesMeansNoStart() throws IOException {
        RecentRows.Start start = RecentRows.find(source(), Duration.ofHours(1), new ReadCounter());

        assertThat(start.position()).isNull();
        assertThat(start.newest()).isNull();
    }

    @Test
    void filesWithoutRowsStartAtTheNewestFile() throws IOException {
        Files.writeString(dir.resolve("metrics-2026-11-20.csv"), FleetData.header());

        RecentRows.Start start = RecentRows.find(source(), Duration.ofHours(1), new ReadCounter());

        assertThat(start.position()).isEqualTo(new Position(dir.resolve("metrics-2026-11-20.csv"), 0));
        assertThat(start.newest()).isNull();
    }
}
