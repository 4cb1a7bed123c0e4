package io.github.bitaxemonitor.store;

import static io.github.bitaxemonitor.store.StoreFixture.readValid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.testing.Samples;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
    private static final Instant T = Instant.parse("2026-11-20T10:15:30Z");

    @TempDir
    Path tmp;
    private final List<String> log = new ArrayList<>();

    private static List<Sample> cycle(int n) {
        return List.of(Samples.gamma("127.0.0.1:8080", T.plusSeconds(n)).sharesAccepted((long) n).build());
    }

    private static List<Path> backups(StoreSettings s) throws IOException {
        try (Stream<Path> files = Files.list(s.backupDir())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".csv.gz")).sorted().toList();
        }
    }

    private static String gunzip(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void backupsRotateKeepingTheNewestAndAreValidGzipOfCompleteRows() throws IOException {
        StoreSettings s = StoreFixture.settings(tmp, StoreSettings.Rotation.DAILY, 100_000_000, 2, 3);
        Path data = DataFiles.of(s.csvPath()).file(LocalDate.parse("2026-11-20"), 0);
        List<String> snapshots = new ArrayList<>();
        try (CsvMetricsStore store = StoreFixture.open(s, log::add)) {
            for (int c = 1; c <= 10; c++) {
                store.appendCycle(cycle(c));
                if (c % 2 == 0) {
                    snapshots.add(Files.readString(data));
                }
            }
        }

        List<Path> kept = backups(s);
        assertThat(kept).hasSize(3);
        assertThat(kept).allSatisfy(p -> assertThat(p.getFileName().toString())
                .matches("metrics-2026-11-20-\\d{8}T\\d{6}\\.\\d{3}Z\\.csv\\.gz"));
        List<String> contents = new ArrayList<>();
        for (Path p : kept) {
            contents.add(gunzip(p));
        }
        assertThat(contents).containsExactlyElementsOf(snapshots.subList(2, 5));
        assertThat(log).noneSatisfy(l -> assertThat(l).contains("failed"));
        assertThat(readValid(data)).hasSize(10);
    }

    @Test
    void aFailingBackupIsLoggedAndDoesNotStopAppends() throws IOException {
        StoreSettings s = StoreFixture.settings(tmp, StoreSettings.Rotation.DAILY, 100_000_000, 1, 3);
        Files.writeString(s.backupDir(), "a file where the backup directory should be");
        try (CsvMetricsStore store = StoreFixture.open(s, log::add)) {
            for (int c = 1; c <= 3; c++) {
                assertThat(store.appendCycle(cycle(c)).rowsWritten()).isEqualTo(1);
            }
        }

        assertThat(log).hasSize(3).allSatisfy(l -> assertThat(l).contains("backup of ", "failed (monitoring goes on)"));
        assertThat(readValid(DataFiles.of(s.csvPath()).file(LocalDate.parse("2026-11-20"), 0))).hasSize(3);
    }

    @Test
    void leftoversOfAKilledBackupAreRemovedAndOtherFilesAreNeverTouched() throws IOException {
        StoreSettings s = StoreFixture.settings(tmp, StoreSettings.Rotation.DAILY, 100_000_000, 1, 1);
        Files.createDirectories(s.backupDir());
        Path leftover = s.backupDir().resolve(".metrics.csv.backup-123456.tmp");
        Path notes = s.backupDir().resolve("notes.txt");
        Path otherLayout = s.backupDir().resolve("other-2026-11-19-20261119T101530.000Z.csv.gz");
        Files.writeString(leftover, "half a gzip");
        Files.writeString(notes, "mine");
        Files.writeString(otherLayout, "not ours");

        try (CsvMetricsStore store = StoreFixture.open(s, log::add)) {
            store.appendCycle(cycle(1));
            store.appendCycle(cycle(2));
        }

        assertThat(leftover).doesNotExist();
        assertThat(notes).hasContent("mine");
        assertThat(otherLayout).hasContent("not ours");
        assertThat(backups(s)).hasSize(2).contains(otherLayout);
        assertThat(log).anySatisfy(l -> assertThat(l).contains("removed unfinished backup"));
    }

    @Test
    void backupsRunInTheBackgroundByDefaultAndFinishBeforeCloseReturns() throws IOException {
        StoreSettings s = StoreFixture.settings(tmp, StoreSettings.Rotation.DAILY, 100_000_000, 1, 5);
        try (CsvMetricsStore store = CsvMetricsStore.open(s, StoreFixture.steppingClock(), log::add)) {
            store.appendCycle(cycle(1));
        }
        assertThat(backups(s)).singleElement().satisfies(p -> assertThat(gunzip(p)).endsWith("\n")
                .startsWith(StoreFixture.HEADER + "\n"));
    }
}
