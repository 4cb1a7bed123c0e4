package io.github.bitaxemonitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bitaxemonitor.cli.Main;
import io.github.bitaxemonitor.collect.Backends;
import io.github.bitaxemonitor.collect.CycleListener;
import io.github.bitaxemonitor.collect.CycleReport;
import io.github.bitaxemonitor.collect.Monitor;
import io.github.bitaxemonitor.config.ConfigLoader;
import io.github.bitaxemonitor.config.MonitorConfig;
import io.github.bitaxemonitor.ops.HeartbeatWriter;
import io.github.bitaxemonitor.sim.FleetSpec;
import io.github.bitaxemonitor.sim.SimulatedFleet;
import io.github.bitaxemonitor.testing.ConsoleCapture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The heartbeat as users meet it: the monitor on simulated miners writes it, {@code health} and the viewer read it. */
class HealthEndToEndTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void monitorOnceWritesAHeartbeatThatHealthCallsHealthy() throws Exception {
        try (SimulatedFleet fleet = SimulatedFleet.start(FleetSpec.builder().count(3).faults("none").seed(2)
                .latencyMs(5, 20).build())) {
            Path config = writeConfig(fleet);

            assertThat(Main.run("monitor", "--once", "--config", config.toString())).as(console.err()).isZero();

            JsonNode beat = new ObjectMapper().readTree(dir.resolve("data/heartbeat.json").toFile());
            assertThat(beat.get("miners").asInt()).isEqualTo(3);
            assertThat(beat.get("rows_written").asInt()).isEqualTo(3);
            assertThat(beat.get("pid").asLong()).isEqualTo(ProcessHandle.current().pid());
            assertThat(beat.has("stopped_at")).as("a --once run is judged by age, as cron runs it again").isFalse();

            console.reset();
            assertThat(Main.run("monitor", "health", "--config", config.toString())).as(console.out()).isZero();
            assertThat(console.out()).startsWith("OK: collector healthy, cycle ").contains("3 miners every 5s")
                    .contains("data ~").hasLineCount(1);

            console.reset();
            assertThat(Main.run("monitor", "health", "--nagios", "--config", config.toString())).isZero();
            assertThat(console.out()).startsWith("MONITOR OK - collector healthy").contains(" | age=", " rows=3 ",
                    " miners=3 ");

            console.reset();
            assertThat(Main.run("viewer", "--check", "--nagios", "--config", config.toString()))
                    .as(console.out()).isZero();
            assertThat(console.out()).startsWith("FLEET OK - 3 miners healthy | miners=3 online=3 offline=0")
                    .hasLineCount(1);

            console.reset();
            assertThat(Main.run("viewer", "--summary", "--config", config.toString())).isZero();
            assertThat(console.out()).containsPattern("Heartbeat +collector healthy, cycle \\d+s ago");

            console.reset();
            assertThat(Main.run("viewer", "--summary", "--json", "--config", config.toString())).isZero();
            JsonNode collector = new ObjectMapper().readTree(console.out()).path("fleet").path("collector");
            assertThat(collector.path("status").asText()).as(console.out()).isEqualTo("OK");
            assertThat(collector.path("text").asText()).startsWith("collector healthy");
        }
    }

    @Test
    void viewerCheckNagiosIsWarningForAWeakWifiMinerAndCriticalForAnOfflineOne() throws Exception {
        try (SimulatedFleet fleet = SimulatedFleet.start(FleetSpec.builder().count(3).faults("weak-wifi:1").seed(2)
                .latencyMs(5, 20).build())) {
            Path config = writeConfig(fleet);
            assertThat(Main.run("monitor", "--once", "--config", config.toString())).as(console.err()).isZero();
            console.reset();

            assertThat(Main.run("viewer", "--check", "--nagios", "--config", config.toString())).isEqualTo(1);
            assertThat(console.out()).startsWith("FLEET WARNING - 1 problem among 3 miners: ").contains("WIFI")
                    .contains(" | miners=3 online=3 offline=0 stale=0 problems=1 ").hasLineCount(1);
        }
        dir = Files.createDirectories(dir.resolve("second"));
        try (SimulatedFleet fleet = SimulatedFleet.start(FleetSpec.builder().count(3).faults("offline:1").seed(2)
                .latencyMs(5, 20).build())) {
            Path config = writeConfig(fleet);
            assertThat(Main.run("monitor", "--once", "--config", config.toString())).as(console.err()).isZero();
            console.reset();

            assertThat(Main.run("viewer", "--check", "--nagios", "--config", config.toString())).isEqualTo(2);
            assertThat(console.out()).startsWith("FLEET CRITICAL - 1 problem among 3 miners: ").contains("OFFLINE")
                    .contains(" offline=1 ");
            console.reset();
            assertThat(Main.run("viewer", "--check", "--config", config.toString())).as("--check alone: as before")
                    .isEqualTo(1);
            assertThat(console.out()).startsWith("PROBLEM: 1 problem among 3 miners");
        }
    }

    @Test
    void nagiosWithoutCheckIsAUsageError() {
        assertThat(Main.run("viewer", "--nagios", "--data", dir.toString())).isEqualTo(2);
        assertThat(console.err()).contains("--nagios goes with --check");
    }

    @Test
    void afterACleanStopHealthSaysStopped() throws Exception {
        try (SimulatedFleet fleet = SimulatedFleet.start(FleetSpec.builder().count(2).faults("none").seed(4)
                .latencyMs(5, 20).build())) {
            Path config = writeConfig(fleet);
            MonitorConfig cfg = ConfigLoader.load(config);
            PrintWriter log = new PrintWriter(new StringWriter(), true);
            Monitor monitor = new Monitor(cfg, config, Backends.production(), Clock.systemUTC(), log, log, true);
            monitor.addListener(new HeartbeatWriter(dir.resolve("data"), cfg.pollInterval(), Clock.systemUTC(), true,
                    line -> { }));
            CountDownLatch firstCycle = new CountDownLatch(1);
            monitor.addListener(new CycleListener() {
                @Override
                public void cycleCompleted(CycleReport report) {
                    firstCycle.countDown();
                }
            });
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> {
                try {
                    return monitor.runForever();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(firstCycle.await(60, TimeUnit.SECONDS)).isTrue();

            assertThat(Main.run("monitor", "health", "--config", config.toString())).as(console.out()).isZero();

            monitor.stop();
            assertThat(exit.get(60, TimeUnit.SECONDS)).isZero();
            console.reset();
            assertThat(Main.run("monitor", "health", "--nagios", "--config", config.toString())).isEqualTo(2);
            assertThat(console.out()).startsWith("MONITOR CRITICAL - collector stopped ").hasLineCount(1);
        }
    }

    @Test
    void withoutAHeartbeatHealthIsUnknownAndTheViewerSaysNothingOfIt() throws Exception {
        Path config = dir.resolve("config.yaml");
        Files.writeString(config, "miners:\n  - address: 127.0.0.1:9\ncsv_path: data/metrics.csv\n");

        assertThat(Main.run("monitor", "health", "--nagios", "--config", config.toString())).isEqualTo(3);
        assertThat(console.out()).startsWith("MONITOR UNKNOWN - no heartbeat at ").hasLineCount(1);
    }

    @Test
    void aDamagedHeartbeatIsUnknownInOneLine() throws Exception {
        Path config = dir.resolve("config.yaml");
        Files.writeString(config, "miners:\n  - address: 127.0.0.1:9\ncsv_path: data/metrics.csv\n");
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/heartbeat.json"), "{\"format\": 1, \"pid\": \"\\u001B[2J\"}");

        assertThat(Main.run("monitor", "health", "--config", config.toString())).isEqualTo(3);
        assertThat(console.out()).startsWith("UNKNOWN: heartbeat ").contains("unreadable: pid is not a whole number")
                .doesNotContain("\u001B").hasLineCount(1);
    }

    @Test
    void aBadConfigIsUnknownOnStdoutWhereAMonitoringSystemReadsIt() {
        assertThat(Main.run("monitor", "health", "--nagios", "--config", dir.resolve("nope.yaml").toString()))
                .isEqualTo(3);
        assertThat(console.out()).startsWith("MONITOR UNKNOWN - config file ").contains("not found")
                .hasLineCount(1);
    }

    @Test
    void viewerCheckNagiosWithoutDataIsUnknown() throws Exception {
        assertThat(Main.run("viewer", "--check", "--nagios", "--data", dir.resolve("data").toString()))
                .isEqualTo(3);
        assertThat(console.out()).startsWith("FLEET UNKNOWN - no data").hasLineCount(1);
    }

    private Path writeConfig(SimulatedFleet fleet) throws Exception {
        StringBuilder yaml = new StringBuilder("miners:\n");
        fleet.endpoints().forEach(e -> yaml.append("  - address: ").append(e.address())
                .append("\n    alias: ").append(e.alias()).append('\n'));
        yaml.append("poll_interval: 5\ntimeout: 4\nretries: 0\ncsv_path: data/metrics.csv\n");
        Path config = dir.resolve("config.yaml");
        Files.writeString(config, yaml);
        return config;
    }
}
