package io.github.bitaxemonitor.view.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSourceTest {
    @TempDir
    Path dir;

    @Test
    void csvPathMeansItsRotatingLayoutInTimeOrder() throws IOException {
        Files.writeString(dir.resolve("metrics-2026-11-20.1.csv"), "");
        Files.writeString(dir.resolve("metrics-2026-11-19.csv"), "");
        Files.writeString(dir.resolve("metrics-2026-11-20.csv"), "");
        Files.writeString(dir.resolve("other.csv"), "");

        DataSource s = DataSource.resolve(dir.resolve("metrics.csv"));

        assertThat(s.files()).extracting(p -> p.getFileName().toString())
                .containsExactly("metrics-2026-11-19.csv", "metrics-2026-11-20.csv", "metrics-2026-11-20.1.csv");
        assertThat(s.after(dir.resolve("metrics-2026-11-20.csv"))).hasFileName("metrics-2026-11-20.1.csv");
        assertThat(s.after(dir.resolve("metrics-2026-11-20.1.csv"))).isNull();
    }

    @Test
    void aDirectoryMeansTheMetricsFilesInIt() throws IOException {
        Files.writeString(dir.resolve("metrics-2026-11-20.csv"), "");

        assertThat(DataSource.resolve(dir).files()).containsExactly(dir.resolve("metrics-2026-11-20.csv"));
    }

    @Test
    void aPlainCsvFileIsReadOnItsOwn() throws IOException {
        Path f = dir.resolve("export.csv");
        Files.writeString(f, "");

        DataSource s = DataSource.resolve(f);

        assertThat(s.files()).containsExactly(f);
        assertThat(s.after(f)).isNull();
    }

    @Test
    void theNextFileIsFoundEvenWhenTheCurrentOneWasDeleted() throws IOException {
        Files.writeString(dir.resolve("metrics-2026-11-21.csv"), "");

        DataSource s = DataSource.resolve(dir.resolve("metrics.csv"));

        assertThat(s.after(dir.resolve("metrics-2026-11-20.csv"))).hasFileName("metrics-2026-11-21.csv");
    }
}
