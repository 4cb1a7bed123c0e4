package io.github.bitaxemonitor.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskForecastTest {
    @TempDir
    Path dir;

    @Test
    void rowsAreMeasuredOnTheDataFilesWithoutTheirHeaders() throws IOException {
        Path a = dir.resolve("metrics-2026-12-05.csv");
        Path b = dir.resolve("metrics-2026-12-06.csv");
        Files.writeString(a, "timestamp,address,status\n" + ("x".repeat(99) + "\n").repeat(10));
        // the newest file ends in a row being written: only whole rows count
        Files.writeString(b, "timestamp,address,status\n" + ("y".repeat(199) + "\n").repeat(10) + "partial");

        DiskForecast f = DiskForecast.of(List.of(a, b), 1, Duration.ofSeconds(30));

        assertThat(f.measured()).isTrue();
        assertThat(f.bytesPerRow()).isCloseTo(150, within(0.01));
    }

    @Test
    void theMonthIsMinersTimesCyclesTimesBytesPerRow() {
        DiskForecast f = DiskForecast.of(List.of(), 10, Duration.ofSeconds(30));

        assertThat(f.measured()).isFalse();
        assertThat(f.bytesPerRow()).isEqualTo(DiskForecast.TYPICAL_ROW_BYTES);
        // 30 days of 30 s cycles: 86,400 cycles
        assertThat(f.bytesPerMonth()).isCloseTo(10 * 86_400 * DiskForecast.TYPICAL_ROW_BYTES, within(1.0));
    }

    @Test
    void filesWithOnlyAHeaderOrUnreadableEstimateFromATypicalRow() throws IOException {
        Path header = dir.resolve("metrics-2026-12-06.csv");
        Files.writeString(header, "timestamp,address,status\n");

        DiskForecast f = DiskForecast.of(List.of(header, dir.resolve("gone.csv")), 1, Duration.ofSeconds(5));

        assertThat(f.measured()).isFalse();
    }
}
