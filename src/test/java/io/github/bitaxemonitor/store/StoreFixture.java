package io.github.bitaxemonitor.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.testing.TestClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Shared helpers for the store tests: settings, an inline-backup store, and a strict reader of what was written. */
final class StoreFixture {
    static final String HEADER = CsvSchema.headerLine();

    private StoreFixture() {
    }

    static StoreSettings settings(Path dir, StoreSettings.Rotation rotation, long maxBytes, int backupEvery, int keep) {
        return new StoreSettings(dir.resolve("data").resolve("metrics.csv"), rotation, maxBytes,
                dir.resolve("backups"), backupEvery, keep);
    }

    static StoreSettings daily(Path dir) {
        return settings(dir, StoreSettings.Rotation.DAILY, 100_000_000, 0, 10);
    }

    /** A store whose backups run inline, so a test sees them as soon as appendCycle returns. */
    static CsvMetricsStore open(StoreSettings settings, Consumer<String> log) throws IOException {
        return CsvMetricsStore.open(settings, steppingClock(), log, AppendFile::open, Runnable::run);
    }

    /** A clock that moves one second forward on every reading, so consecutive backups get distinct names. */
    static TestClock steppingClock() {
        return TestClock.stepping(Instant.parse("2026-11-20T10:00:00Z"), Duration.ofSeconds(1));
    }

    static String text(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /**
     * Reads a data file strictly: it is empty, or it starts with the current header, ends with LF, and every other
     * line decodes without a single problem. Returns the samples in file order.
     */
    static List<Sample> readValid(Path file) throws IOException {
        String content = text(file);
        List<Sample> out = new ArrayList<>();
        if (content.isEmpty()) {
            return out;
        }
        assertThat(content).as("%s ends with a complete line", file).endsWith("\n");
        String[] lines = content.substring(0, content.length() - 1).split("\n", -1);
        assertThat(lines[0]).as("%s header", file).isEqualTo(HEADER);
        SampleCsv.Decoder decoder = SampleCsv.decoder(CsvSchema.header());
        for (int i = 1; i < lines.length; i++) {
            List<String> problems = new ArrayList<>();
            Sample s = decoder.decode(SampleCsv.parseLine(lines[i]), problems::add);
            assertThat(problems).as("%s:%d decodes", file, i + 1).isEmpty();
            assertThat(s).as("%s:%d", file, i + 1).isNotNull();
            out.add(s);
        }
        return out;
    }
}
