package io.github.bitaxemonitor.view.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitaxemonitor.view.fleet.FleetBudget;
import io.github.bitaxemonitor.view.FleetData;
import io.github.bitaxemonitor.view.FleetFeed;
import io.github.bitaxemonitor.view.fleet.Fleet;
import io.github.bitaxemonitor.view.summary.ReportContext;
import io.github.bitaxemonitor.view.summary.SummaryText;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup (.csv.gz) reads as the plain file it was made from. */
class GzipRowsTest {
    @TempDir
    Path dir;

    private Path gzip(Path plain, String name) throws IOException {
        Path gz = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(plain, out);
        }
        return gz;
    }

    private String summary(Path data, Duration window) throws IOException {
        FleetFeed feed = FleetFeed.open(DataSource.resolve(data), window, FleetBudget.history(FleetBudget.DEFAULT_HISTORY));
        return SummaryText.render(ReportContext.of(feed, FleetData.END.plusSeconds(10)), true, false);
    }

    @Test
    void aGzipFileGivesTheSummaryOfItsContent() throws IOException {
        Path plain = FleetData.writeGolden(dir);
        Path gz = gzip(plain, "metrics-2026-11-20-20261120T120100.000Z.csv.gz");

        for (Duration window : new Duration[] {Duration.ofHours(1), Duration.ofSeconds(20)}) {
            assertThat(summary(gz, window)).as("window %s", window).isEqualTo(summary(plain, window))
                    .contains("gamma-1");
        }
    }

    @Test
    void gzipIsRecognisedByItsContentNotItsName() throws IOException {
        Path gz = gzip(FleetData.writeGolden(dir), "backup.csv");

        assertThat(summary(gz, Duration.ofHours(1))).contains("4 total");
    }

    @Test
    void aGzipFileCutShortIsOneErrorNamingIt() throws IOException {
        Path gz = gzip(FleetData.writeGolden(dir), "cut.csv.gz");
        byte[] all = Files.readAllBytes(gz);
        Files.write(gz, Arrays.copyOf(all, all.length / 2));

        assertThatThrownBy(() -> summary(gz, Duration.ofHours(1))).isInstanceOf(IOException.class)
                .hasMessageContaining("cut.csv.gz").hasMessageContaining("gzip file is cut short");
    }

    @Test
    void aGzipFileHasNothingNewOnLaterRefreshes() throws IOException {
        Path gz = gzip(FleetData.writeGolden(dir), "b.csv.gz");
        FleetFeed feed = FleetFeed.open(DataSource.resolve(gz), Duration.ofHours(1), FleetBudget.history(FleetBudget.DEFAULT_HISTORY));

        assertThat(feed.reader().rows()).isEqualTo(FleetData.golden().size());
        assertThat(feed.refresh()).isFalse();
    }
}
