package io.github.bitaxemonitor.store;

import static io.github.bitaxemonitor.store.StoreFixture.daily;
import static io.github.bitaxemonitor.store.StoreFixture.open;
import static io.github.bitaxemonitor.store.StoreFixture.readValid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.testing.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the store writes: never through a link, into the files it checked, under the one lock of those files. */
class StorePlaceTest {
    private static final Instant T = Instant.parse("2026-11-20T10:15:30Z");
    private static final LocalDate DAY = LocalDate.parse("2026-11-20");

    @TempDir
    Path tmp;
    private final List<String> log = new ArrayList<>();

    private static List<Sample> cycle(int n) {
        return List.of(Samples.gamma("127.0.0.1:8080", T.plusSeconds(n)).sharesAccepted((long) n).build(),
                Samples.gamma("127.0.0.1:8081", T.plusSeconds(n)).sharesAccepted((long) n).build());
    }

    private static List<Path> dataFiles(StoreSettings s) throws IOException {
        return DataFiles.of(s.csvPath()).list();
    }

    private static List<Long> sharesIn(StoreSettings s) throws IOException {
        List<Long> out = new ArrayList<>();
        for (Path f : dataFiles(s)) {
            if (Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                readValid(f).forEach(r -> out.add(r.sharesAccepted()));
            }
        }
        return out;
    }

    @Test
    void aNewestDataFileThatIsALinkIsRefusedAndWhatItPointsAtIsNeverTouched() throws IOException {
        StoreSettings s = daily(tmp);
        Path elsewhere = Files.writeString(tmp.resolve("precious.txt"), "someone's file, with no final line break");
        Files.createDirectories(s.csvPath().getParent());
        Files.createSymbolicLink(DataFiles.of(s.csvPath()).file(DAY, 0), elsewhere);

        assertThatThrownBy(() -> open(s, log::add)).isInstanceOf(UnusablePathException.class)
                .hasMessageContaining("metrics-2026-11-20.csv is a symbolic link, not a regular file")
                .hasMessageNotContaining("\n");

        assertThat(Files.readString(elsewhere)).isEqualTo("someone's file, with no final line break");
        try (CsvMetricsStore again = openAt(tmp.resolve("other.csv"))) {
            again.appendCycle(cycle(1)); // the refusal released the lock it had taken
        }
    }

    private CsvMetricsStore openAt(Path csvPath) throws IOException {
        return StoreFixture.open(new StoreSettings(csvPath, StoreSettings.Rotation.DAILY, 100_000_000,
                tmp.resolve("backups"), 0, 10), log::add);
    }

    @Test
    void aLinkWhereTheNextFileBelongsIsSkippedNotFollowed() throws IOException {
        StoreSettings s = StoreFixture.settings(tmp, StoreSettings.Rotation.DAILY, 1_000, 0, 10);
        Path target = tmp.resolve("not-data.csv");
        try (CsvMetricsStore store = StoreFixture.open(s, log::add)) {
            store.appendCycle(cycle(1));
            Files.createSymbolicLink(DataFiles.of(s.csvPath()).file(DAY, 1), target); // dangling: would be created
            store.appendCycle(cycle(2));
        }
        assertThat(target).doesNotExist();
        assertThat(dataFiles(s)).extracting(p -> p.getFileName().toString())
                .containsExactly("metrics-2026-11-20.csv", "metrics-2026-11-20.1.csv", "metrics-2026-11-20.2.csv");
        assertThat(sharesIn(s)).containsExactly(1L, 1L, 2L, 2L);
    }

    @Test
    void aLockFileThatIsALinkIsRefused() throws IOException {
        StoreSettings s = daily(tmp);
        Path elsewhere = Files.writeString(tmp.resolve("precious.txt"), "keep me");
        Files.createDirectories(s.csvPath().getParent());
        Files.createSymbolicLink(s.csvPath().resolveSibling("metrics.csv.lock"), elsewhere);

        assertThatThrownBy(() -> open(s, log::add)).isInstanceOf(UnusablePathException.class)
                .hasMessageContaining("metrics.csv.lock is a symbolic link");
        assertThat(Files.readString(elsewhere)).isEqualTo("keep me");
    }

    @Test
    void everySpellingOfOneCsvPathMeetsTheSameLock() throws IOException {
        StoreSettings s = daily(tmp);
        Path link = Files.createSymbolicLink(tmp.resolve("linked"), Files.createDirectories(tmp.resolve("data")));
        List<Path> aliases = List.of(tmp.resolve("data/metrics"), tmp.resolve("data/../data/metrics.csv"),
                link.resolve("metrics.csv"), link.resolve("metrics"),
                Path.of("").toAbsolutePath().relativize(tmp.resolve("data/metrics.csv")));
        try (CsvMetricsStore first = open(s, log::add)) {
            for (Path alias : aliases) {
                assertThatThrownBy(() -> openAt(alias)).as("%s", alias)
                        .hasMessageContaining("another monitor (this process)")
                        .hasMessageContaining(tmp.toRealPath().resolve("data/metrics.csv.lock") + " is locked");
            }
            first.appendCycle(cycle(1));
        }
        try (CsvMetricsStore viaLink = openAt(link.resolve("metrics"))) {
            viaLink.appendCycle(cycle(2));
        }
        assertThat(sharesIn(s)).containsExactly(1L, 1L, 2L, 2L);
    }

    @Test
    void aDeletedDataDirectoryIsRecreatedWithItsLockAndTheCycleIsWrittenToANewFile() throws IOException {
        StoreSettings s = daily(tmp);
        try (CsvMetricsStore store = open(s, log::add)) {
            store.appendCycle(cycle(1));
            deleteTree(s.csvPath().getParent());

            MetricsWriter.AppendResult r = store.appendCycle(cycle(2));

            assertThat(r.rowsWritten()).isEqualTo(2);
            assertThat(r.file()).exists();
            assertThat(log).filteredOn(l -> l.contains("was deleted")).singleElement().asString()
                    .contains("the data directory " + s.csvPath().getParent().toRealPath()
                            + " was deleted while the monitor was writing: re-created it and the lock");
            assertThatThrownBy(() -> open(s, log::add)).as("the new lock is held")
                    .hasMessageContaining("another monitor");
            store.appendCycle(cycle(3));
        }
        assertThat(sharesIn(s)).containsExactly(2L, 2L, 3L, 3L);
    }

    @Test
    void aDataFileReplacedWhileOpenIsLeftAsItIsAndTheRowsGoToANewPart() throws IOException {
        StoreSettings s = daily(tmp);
        Path file = DataFiles.of(s.csvPath()).file(DAY, 0);
        try (CsvMetricsStore store = open(s, log::add)) {
            store.appendCycle(cycle(1));
            Path moved = Files.move(file, tmp.resolve("moved.csv"));
            Files.writeString(file, "someone else's file\n");

            store.appendCycle(cycle(2));

            assertThat(Files.readString(file)).isEqualTo("someone else's file\n");
            assertThat(readValid(moved)).extracting(Sample::sharesAccepted).containsExactly(1L, 1L);
            assertThat(readValid(DataFiles.of(s.csvPath()).file(DAY, 1))).extracting(Sample::sharesAccepted)
                    .containsExactly(2L, 2L);
            assertThat(log).anySatisfy(l -> assertThat(l).contains(file.getFileName()
                    + " was deleted or replaced while the monitor was writing it: these rows go to a new file"));
        }
    }

    @Test
    void aDeletedLockFileIsTakenAgainBeforeTheNextWrite() throws IOException {
        StoreSettings s = daily(tmp);
        try (CsvMetricsStore store = open(s, log::add)) {
            store.appendCycle(cycle(1));
            Files.delete(s.csvPath().resolveSibling("metrics.csv.lock"));

            store.appendCycle(cycle(2));

            assertThat(s.csvPath().resolveSibling("metrics.csv.lock")).exists();
            assertThat(log).anySatisfy(l -> assertThat(l).contains("metrics.csv.lock was deleted or replaced: took"
                    + " a new lock"));
        }
        assertThat(sharesIn(s)).containsExactly(1L, 1L, 2L, 2L);
    }

    @Test
    void backupsNeverReadThroughALinkedDataFile() throws IOException {
        StoreSettings s = StoreFixture.settings(tmp, StoreSettings.Rotation.DAILY, 100_000_000, 1, 3);
        Path file = DataFiles.of(s.csvPath()).file(DAY, 0);
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "not for backups\n", StandardCharsets.UTF_8);
        Backups backups = new Backups(s, DataFiles.of(s.csvPath()), StoreFixture.steppingClock(), log::add,
                Runnable::run);
        Files.createDirectories(file.getParent());
        Files.createSymbolicLink(file, secret);

        backups.request(file, Files.size(secret));

        assertThat(log).singleElement().asString().contains("failed").contains("symbolic link");
        try (Stream<Path> made = Files.list(s.backupDir())) {
            assertThat(made).isEmpty();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
