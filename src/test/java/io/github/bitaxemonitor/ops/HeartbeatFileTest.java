package io.github.bitaxemonitor.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeartbeatFileTest {
    @TempDir
    Path dir;

    @Test
    void aWrittenHeartbeatReadsBackEqual() throws IOException {
        Path file = HeartbeatFile.in(dir);
        Heartbeat h = Heartbeats.failingWrites(2, "No space left on device", 24).stopped(Heartbeats.AT.plusSeconds(5));

        HeartbeatFile.write(file, h, null);

        assertThat(HeartbeatFile.read(file)).isEqualTo(h);
        try (var tmp = Files.list(dir)) {
            assertThat(tmp.map(p -> p.getFileName().toString())).containsExactly(HeartbeatFile.NAME);
        }
    }

    @Test
    void missingOsFactsAreAbsentFromTheFileAndReadBackAsNull() throws IOException {
        Path file = HeartbeatFile.in(dir);
        HeartbeatFile.write(file, Heartbeats.withoutOsFacts(), null);

        String json = Files.readString(file);
        assertThat(json).doesNotContain("rss_bytes", "load1", "temperature_c", "\"disk\"");
        assertThat(HeartbeatFile.read(file)).isEqualTo(Heartbeats.withoutOsFacts());
    }

    @Test
    void noFileIsNoSuchFile() {
        assertThatThrownBy(() -> HeartbeatFile.read(HeartbeatFile.in(dir))).isInstanceOf(NoSuchFileException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "empty|''|not a JSON object",
            "cut short|{\"format\": 1, \"pid\"|not JSON",
            "an array|[1, 2]|not a JSON object",
            "another format|{\"format\": 7}|format 7, this version reads format 1",
            "no pid|{\"format\": 1}|no pid",
            "negative pid|{\"format\": 1, \"pid\": -5}|pid is not a whole number",
            "pid as text|{\"format\": 1, \"pid\": \"12\"}|pid is not a whole number",
            "huge number|{\"format\": 1, \"pid\": 1e400}|pid is not a whole number",
            "bad time|{\"format\": 1, \"pid\": 1, \"started_at\": \"yesterday\"}|started_at is not a time",
    })
    void aDamagedOrHostileFileIsOneLineSayingWhatIsWrong(String name, String content, String reason)
            throws IOException {
        Path file = HeartbeatFile.in(dir);
        Files.writeString(file, content);

        assertThatThrownBy(() -> HeartbeatFile.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aZeroIntervalIsRefusedBecauseEveryAgeWouldBeStale() throws IOException {
        Path file = HeartbeatFile.in(dir);
        HeartbeatFile.write(file, Heartbeats.healthy(), null);
        Files.writeString(file, Files.readString(file).replace("\"interval_ms\" : 30000", "\"interval_ms\" : 0"));

        assertThatThrownBy(() -> HeartbeatFile.read(file)).hasMessage("interval_ms is 0");
    }

    @Test
    void aHugeFileIsRefusedWithoutReadingItAll() throws IOException {
        Path file = HeartbeatFile.in(dir);
        Files.write(file, new byte[10 * 1024 * 1024]);

        assertThatThrownBy(() -> HeartbeatFile.read(file)).hasMessageContaining("not a heartbeat");
    }

    @Test
    void aDirectoryInItsPlaceIsRefused() throws IOException {
        Files.createDirectory(HeartbeatFile.in(dir));

        assertThatThrownBy(() -> HeartbeatFile.read(HeartbeatFile.in(dir))).hasMessage("not a regular file");
    }
}
