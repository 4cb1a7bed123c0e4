package io.github.bitaxemonitor.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The scan's threads change nothing: lines are judged in file order, and failures on either side come out whole. */
class FileScanTest {
    @TempDir
    Path dir;

    @Test
    void aFileOfManyBatchesIsJudgedExactlyAsOneThreadJudgesIt() throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (long seed = 0; seed < 40; seed++) {
            content.writeBytes(FastPathTest.randomFile(seed)); // about 3 MB: dozens of batches, repeated headers
        }
        byte[] bytes = content.toByteArray();
        Path file = dir.resolve("metrics.csv");
        Files.write(file, bytes);

        List<Problem> problems = new ArrayList<>();
        List<FastPathTest.Fate> lines = new ArrayList<>();
        FileScan.scan(file, "metrics.csv", new ScanOptions(Fixture.CLOCK, 50), Progress.none(), problems::add,
                l -> lines.add(FastPathTest.Fate.of(l)));

        FastPathTest.Scan single = FastPathTest.scan(bytes, false);
        assertThat(bytes.length).isGreaterThan(20 * 64 * 1024);
        assertThat(problems).containsExactlyElementsOf(single.problems());
        assertThat(lines).containsExactlyElementsOf(single.lines());
    }

    @Test
    @Timeout(30)
    void aFailureWhileJudgingStopsTheScanAndIsThrownAsIs() throws IOException {
        Path file = dir.resolve("metrics.csv");
        Files.write(file, Fixture.validFile(50_000));
        UncheckedIOException diskFull = new UncheckedIOException(new IOException("No space left on device"));
        int[] judged = {0};

        assertThatThrownBy(() -> FileScan.scan(file, "metrics.csv", Fixture.SCAN, Progress.none(), p -> { }, l -> {
            if (++judged[0] == 1_000) {
                throw diskFull;
            }
        })).isSameAs(diskFull);
        assertThat(judged[0]).isEqualTo(1_000);
    }

    @Test
    void aMissingFileIsReportedAsBefore() {
        assertThatThrownBy(() -> FileScan.scan(dir.resolve("none.csv"), "none.csv", Fixture.SCAN, Progress.none(),
                p -> { }, l -> { })).isInstanceOf(NoSuchFileException.class);
    }
}
