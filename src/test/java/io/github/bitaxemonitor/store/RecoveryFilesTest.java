package io.github.bitaxemonitor.store;

import static io.github.bitaxemonitor.store.StoreFixture.daily;
import static io.github.bitaxemonitor.store.StoreFixture.open;
import static io.github.bitaxemonitor.store.StoreFixture.readValid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows that could not be written at stop: saved apart from the data, merged back exactly once at the next start. */
class RecoveryFilesTest {
    private static final Instant T = Instant.parse("2026-11-20T10:15:30Z");
    private static final LocalDate DAY = LocalDate.parse("2026-11-20");

    @TempDir
    Path tmp;
    private final List<String> log = new ArrayList<>();

    private static List<Sample> cycle(int n) {
        return List.of(Samples.gamma("127.0.0.1:8080", T.plusSeconds(n)).sharesAccepted((long) n).build(),
                Samples.gamma("127.0.0.1:8081", T.plusSeconds(n)).sharesAccepted((long) n).build());
    }

    private static List<Long> shares(Path file) throws IOException {
        return readValid(file).stream().map(Sample::sharesAccepted).toList();
    }

    private static List<Path> recoveryFiles(Path dir) throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.filter(p -> p.getFileName().toString().contains(".recovery-")).sorted().toList();
        }
    }

    @Test
    void savedRowsGoToARecoveryFileWithTheDataHeaderBesideTheDataNeverIntoADataFile() throws IOException {
        StoreSettings s = daily(tmp);
        Path saved;
        try (CsvMetricsStore store = open(s, log::add)) {
            store.appendCycle(cycle(1));
            saved = store.saveRecovery(cycle(2));
        }
        assertThat(saved.getParent()).isEqualTo(s.csvPath().getParent().toRealPath());
        assertThat(saved.getFileName().toString()).matches("metrics\\.recovery-\\d{8}T\\d{6}\\.\\d{3}Z\\.csv");
        assertThat(shares(saved)).containsExactly(2L, 2L);
        assertThat(DataFiles.of(s.csvPath()).list()).as("readers never take it for history")
                .containsExactly(DataFiles.of(s.csvPath()).file(DAY, 0));
        assertThat(shares(DataFiles.of(s.csvPath()).file(DAY, 0))).containsExactly(1L, 1L);
    }

    @Test
    void theNextOpenMergesEveryRecoveryFileBackOnceAndSaysSo() throws IOException {
        StoreSettings s = daily(tmp);
        try (CsvMetricsStore store = open(s, log::add)) {
            store.appendCycle(cycle(1));
            store.saveRecovery(cycle(2));
            store.saveRecovery(cycle(3));
        }
        try (CsvMetricsStore store = open(s, log::add)) {
            store.appendCycle(cycle(4));
        }
        try (CsvMetricsStore again = open(s, log::add)) {
            again.appendCycle(cycle(5));
        }
        assertThat(shares(DataFiles.of(s.csvPath()).file(DAY, 0))).containsExactly(1L, 1L, 2L, 2L, 3L, 3L, 4L, 4L,
                5L, 5L);
        assertThat(recoveryFiles(s.csvPath().getParent())).isEmpty();
        assertThat(log).filteredOn(l -> l.startsWith("merged 2 rows a previous run could not write back")).hasSize(2);
    }

    @Test
    void aMergeInterruptedAfterItsWriteIsNotAppendedAgain() throws IOException {
        StoreSettings s = daily(tmp);
        Path saved;
        try (CsvMetricsStore store = open(s, log::add)) {
            store.appendCycle(cycle(1));
            saved = store.saveRecovery(cycle(2));
            store.appendCycle(cycle(2)); // as the interrupted start did, just before it was killed
        }
        Files.move(saved, saved.resolveSibling(saved.getFileName() + ".merging"));

        try (CsvMetricsStore store = open(s, log::add)) {
            store.appendCycle(cycle(3));
        }
        assertThat(shares(DataFiles.of(s.csvPath()).file(DAY, 0))).containsExactly(1L, 1L, 2L, 2L, 3L, 3L);
        assertThat(recoveryFiles(s.csvPath().getParent())).isEmpty();
        assertThat(log).anySatisfy(l -> assertThat(l).contains("were already merged back"));
    }

    @Test
    void aMergeInterruptedBeforeItsWriteIsAppended() throws IOException {
        StoreSettings s = daily(tmp);
        Path saved;
        try (CsvMetricsStore store = open(s, log::add)) {
            store.appendCycle(cycle(1));
            saved = store.saveRecovery(cycle(2));
        }
        Files.move(saved, saved.resolveSibling(saved.getFileName() + ".merging"));

        try (CsvMetricsStore store = open(s, log::add)) {
            store.appendCycle(cycle(3));
        }
        assertThat(shares(DataFiles.of(s.csvPath()).file(DAY, 0))).containsExactly(1L, 1L, 2L, 2L, 3L, 3L);
    }

    @Test
    void whenTheDataDirectoryTakesNoFileTheRowsGoToTheBackupDirectory() throws IOException {
        StoreSettings s = daily(tmp);
        Path saved;
        try (CsvMetricsStore store = open(s, log::add)) {
            store.appendCycle(cycle(1));
            Path data = s.csvPath().getParent();
            Files.move(data, tmp.resolve("data.moved"));
            Files.writeString(data, "a file where the data directory was");

            saved = store.saveRecovery(cycle(2));

            Files.delete(data);
            Files.move(tmp.resolve("data.moved"), data);
        }
        assertThat(saved.getParent()).isEqualTo(s.backupDir());
        try (CsvMetricsStore store = open(s, log::add)) {
            assertThat(recoveryFiles(s.backupDir())).isEmpty();
        }
        assertThat(shares(DataFiles.of(s.csvPath()).file(DAY, 0))).containsExactly(1L, 1L, 2L, 2L);
    }

    @Test
    void whenNoDirectoryTakesARecoveryFileTheErrorSaysWhereAndWhy() throws IOException {
        StoreSettings s = daily(tmp);
        try (CsvMetricsStore store = open(s, log::add)) {
            Path data = s.csvPath().getParent();
            Files.move(data, tmp.resolve("data.moved"));
            Files.writeString(data, "not a directory");
            Files.writeString(s.backupDir(), "not a directory either");

            assertThatThrownBy(() -> store.saveRecovery(cycle(1)))
                    .hasMessageStartingWith("no recovery file could be written (" + data.toRealPath().getParent()
                            .resolve("data") + ": ")
                    .hasMessageContaining(s.backupDir() + ": ");
        }
    }

    @Test
    void aRecoveryFileOfAnotherHeaderIsLeftForCsvRepairMerge() throws IOException {
        StoreSettings s = daily(tmp);
        Files.createDirectories(s.csvPath().getParent());
        Path foreign = Files.writeString(s.csvPath().resolveSibling("metrics.recovery-20261120T101530.000Z.csv"),
                "timestamp,address\n2026-11-20T10:15:30Z,127.0.0.1:80\n");

        try (CsvMetricsStore store = open(s, log::add)) {
            store.appendCycle(cycle(1));
        }
        assertThat(foreign).hasContent("timestamp,address\n2026-11-20T10:15:30Z,127.0.0.1:80");
        assertThat(log).anySatisfy(l -> assertThat(l).contains(foreign + " is not a whole recovery file")
                .contains("csv-repair merge"));
    }
}
