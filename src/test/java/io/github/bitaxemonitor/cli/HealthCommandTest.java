package io.github.bitaxemonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.ops.Heartbeat;
import io.github.bitaxemonitor.ops.HeartbeatFile;
import io.github.bitaxemonitor.testing.TestClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code monitor health} on a clock the test moves: the ages it prints are exact, with no waiting. */
class HealthCommandTest {
    private static final Instant AT = Instant.parse("2026-12-06T03:00:00Z");

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(AT);
    private final StringWriter out = new StringWriter();

    @Test
    void aHeartbeatThatStopsComingIsStoppedAfterThreeIntervals() throws Exception {
        Path config = configWithHeartbeat(null);

        clock.advance(Duration.ofSeconds(20));
        assertThat(run(config)).isZero();
        assertThat(out.toString()).startsWith("OK: collector healthy, cycle 20s ago; 2 miners every 30s");

        clock.advance(Duration.ofMinutes(5).minusSeconds(20));
        out.getBuffer().setLength(0);
        assertThat(run(config)).isEqualTo(2);
        assertThat(out.toString()).startsWith("CRITICAL: collector stopped 5 min ago (no cycle since, expected"
                + " every 30s); 2 miners every 30s");
    }

    @Test
    void aStopMarkSaysHowLongAgoTheMonitorStopped() throws Exception {
        Path config = configWithHeartbeat(AT);
        clock.advance(Duration.ofMinutes(5));

        assertThat(run(config, "--nagios")).isEqualTo(2);
        assertThat(out.toString()).startsWith("MONITOR CRITICAL - collector stopped 5 min ago;")
                .contains(" | age=300s;;100 ");
    }

    private int run(Path config, String... more) {
        CommandLine cl = new CommandLine(new HealthCommand(clock));
        cl.setOut(new PrintWriter(out, true));
        String[] args = new String[more.length + 2];
        args[0] = "--config";
        args[1] = config.toString();
        System.arraycopy(more, 0, args, 2, more.length);
        return cl.execute(args);
    }

    private Path configWithHeartbeat(Instant stoppedAt) throws Exception {
        Path config = dir.resolve("config.yaml");
        Files.writeString(config, "miners:\n  - address: 127.0.0.1:9\n  - address: 127.0.0.1:10\n"
                + "poll_interval: 30\ncsv_path: data/metrics.csv\n");
        Files.createDirectories(dir.resolve("data"));
        HeartbeatFile.write(HeartbeatFile.in(dir.resolve("data")), new Heartbeat(1, AT.minusSeconds(600), AT, 20,
                AT.minusSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(30), 2, 2, 40, 0, null, 0, 0, stoppedAt,
                null, new Heartbeat.Resources(null, null, null), new Heartbeat.Host(null, null, null, null, null,
                null)), null);
        return config;
    }
}
