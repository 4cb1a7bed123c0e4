package io.github.bitaxemonitor.view.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.ops.Heartbeat;
import io.github.bitaxemonitor.ops.HeartbeatFile;
import io.github.bitaxemonitor.view.FleetData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The header tells what the collector says of itself in its heartbeat, and nothing when it left none. */
class HeaderHeartbeatTest {
    private static final long GB = 1_000_000_000L;

    @TempDir
    Path dir;

    @Test
    void aFreshHeartbeatShowsAHealthyCollectorWithTheAgeOfItsCycle() throws IOException {
        FleetData.writeGolden(dir);
        beat(FleetData.END, null, 40 * GB);

        ScreenHarness s = harness(FleetData.END.plusSeconds(2));

        assertThat(s.line(1)).contains("collector healthy, cycle 2s ago");
        s.tick(Duration.ofSeconds(2));
        assertThat(s.line(1)).contains("collector healthy, cycle 4s ago");
    }

    @Test
    void aStoppedCollectorIsTheAlarmLine() throws IOException {
        FleetData.writeGolden(dir);
        beat(FleetData.END, FleetData.END, 40 * GB);

        ScreenHarness s = harness(FleetData.END.plusSeconds(300));

        assertThat(s.line(2)).contains("collector stopped 5 min ago");
        assertThat(s.line(1)).as("said once").doesNotContain("collector stopped");
    }

    @Test
    void aNearlyFullDiskIsTheAlarmLineWhileTheCollectorRuns() throws IOException {
        FleetData.writeGolden(dir);
        beat(FleetData.END, null, 8 * GB);

        ScreenHarness s = harness(FleetData.END.plusSeconds(2));

        assertThat(s.line(2)).contains("disk 92 % full");
    }

    @Test
    void withoutAHeartbeatTheHeaderSaysNothingOfIt() throws IOException {
        FleetData.writeGolden(dir);

        ScreenHarness s = harness(FleetData.END.plusSeconds(2));

        assertThat(s.text()).doesNotContain("collector healthy", "heartbeat", "collector stopped");
    }

    @Test
    void aHeartbeatThatAppearsIsShownAtTheNextTick() throws IOException {
        FleetData.writeGolden(dir);
        ScreenHarness s = harness(FleetData.END.plusSeconds(1));
        assertThat(s.text()).doesNotContain("collector healthy");

        beat(FleetData.END.plusSeconds(2), null, 40 * GB);
        s.tick(Duration.ofSeconds(2));

        assertThat(s.line(1)).contains("collector healthy, cycle 1s ago");
    }

    @Test
    void ticksThatMoveNoShownAgeOfTheHeartbeatSendNothing() throws IOException {
        FleetData.writeGolden(dir);
        beat(FleetData.END, FleetData.END.plusSeconds(60), 40 * GB);
        ScreenHarness s = harness(FleetData.END.plusSeconds(600));
        assertThat(s.line(2)).contains("collector stopped 9 min ago");

        for (int i = 0; i < 15; i++) {
            s.tick(Duration.ofSeconds(2));
            assertThat(s.linesWritten).as("tick %d", i).isZero();
        }
    }

    @Test
    void aDamagedHeartbeatSaysSoInOneLine() throws IOException {
        FleetData.writeGolden(dir);
        Files.writeString(HeartbeatFile.in(dir), "{\"format\": 1, \"pid\": \"\\u001B[2J\"}");

        ScreenHarness s = harness(FleetData.END.plusSeconds(2));

        assertThat(s.line(2)).contains("heartbeat unreadable: pid is not a whole number");
    }

    private ScreenHarness harness(Instant now) throws IOException {
        return new ScreenHarness(dir.resolve("metrics.csv"), 200, 40, true, false, now);
    }

    private void beat(Instant at, Instant stoppedAt, long freeBytes) throws IOException {
        HeartbeatFile.write(HeartbeatFile.in(dir), new Heartbeat(1, at.minusSeconds(3600), at, 10, at.minusSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(5), 4, 4, 40, 0, null, 0, 0, stoppedAt,
                new Heartbeat.Disk(freeBytes, 92 * GB, freeBytes + 92 * GB), new Heartbeat.Resources(null, null, null),
                new Heartbeat.Host(null, null, null, null, null, null)), null);
    }
}
