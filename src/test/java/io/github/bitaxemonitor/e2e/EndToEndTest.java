package io.github.bitaxemonitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bitaxemonitor.cli.Main;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.sim.Fault;
import io.github.bitaxemonitor.sim.FleetSpec;
import io.github.bitaxemonitor.sim.SimulatedFleet;
import io.github.bitaxemonitor.sim.SimulatedMiner;
import io.github.bitaxemonitor.testing.ConsoleCapture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The product as users run it: simulated miners on loopback, `monitor --once`, then the viewer on the files. */
class EndToEndTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void simulatedFleetThroughMonitorOnceToViewerShowsEveryFaultTruthfully() throws Exception {
        try (SimulatedFleet fleet = SimulatedFleet.start(FleetSpec.builder().count(12).faults("demo").seed(3)
                .latencyMs(5, 40).build())) {
            Path config = writeConfig(fleet);

            assertThat(Main.run("monitor", "--once", "--config", config.toString())).as(console.err()).isZero();
            assertThat(Main.run("monitor", "--once", "--config", config.toString())).as(console.err()).isZero();

            DataFilesOnDisk stored = DataFilesOnDisk.read(dir.resolve("data/metrics.csv"));
            assertThat(stored.badLines()).isEmpty();
            assertThat(stored.tornTails()).isZero();
            assertThat(stored.samples()).hasSize(24);
            Map<String, Status> last = stored.samples().stream()
                    .collect(Collectors.toMap(Sample::alias, Sample::status, (a, b) -> b));
            for (int i = 0; i < fleet.size(); i++) {
                SimulatedMiner m = fleet.miner(i);
                String alias = fleet.endpoints().get(i).alias();
                assertThat(last.get(alias)).as("%s with %s", alias, m.faults()).isIn(expectedStatuses(m));
            }

            console.reset();
            assertThat(Main.run("viewer", "--summary", "--json", "--config", config.toString()))
                    .as(console.err()).isZero();
            JsonNode report = new ObjectMapper().readTree(console.out());
            assertThat(report.get("miners")).hasSize(12);
            assertThat(report.get("healthy").asBoolean()).isFalse();

            assertThat(Main.run("viewer", "--check", "--config", config.toString())).isEqualTo(1);
        }
    }

    @Test
    void hostileStringsFromMinersNeverReachTheFileOrTheTerminalRaw() throws Exception {
        try (SimulatedFleet fleet = SimulatedFleet.start(FleetSpec.builder().count(3).faults("hostile:3").seed(5)
                .latencyMs(5, 20).build())) {
            Path config = writeConfig(fleet);

            assertThat(Main.run("monitor", "--once", "--config", config.toString())).as(console.err()).isZero();

            DataFilesOnDisk stored = DataFilesOnDisk.read(dir.resolve("data/metrics.csv"));
            String file = new String(stored.allBytes(), StandardCharsets.UTF_8);
            assertThat(stored.samples()).hasSize(3).allMatch(s -> s.status().reachable());
            assertThat(file).doesNotContain("\u001B", "\u0000", "\u202E", "\r", "\u0085",
                    SimulatedMiner.WIFI_PASSWORD);
            assertThat(stored.samples().stream()
                    .flatMap(s -> java.util.stream.Stream.of(s.hostname(), s.poolUser(), s.firmwareVersion(),
                            s.wifiStatus()))
                    .filter(v -> v != null))
                    .isNotEmpty()
                    .allSatisfy(v -> assertThat(v.charAt(0)).isNotIn('=', '+', '-', '@'));

            console.reset();
            assertThat(Main.run("viewer", "--summary", "--detailed", "--config", config.toString())).isZero();
            assertThat(console.out()).doesNotContain("\u001B", "\u0000", "\u202E");
        }
    }

    /**
     * The status the monitor must report for a simulated miner's scripted fault, in the documented precedence. A
     * rebooting miner may be caught hashing, just booted (no hash yet) or seen to have restarted.
     */
    private static java.util.Set<Status> expectedStatuses(SimulatedMiner m) {
        if (m.has(Fault.REBOOTS)) {
            return java.util.EnumSet.of(Status.ONLINE, Status.BOOTING, Status.REBOOTED);
        }
        return java.util.EnumSet.of(expectedStatus(m));
    }

    private static Status expectedStatus(SimulatedMiner m) {
        if (m.has(Fault.OFFLINE)) {
            return Status.OFFLINE;
        }
        if (m.has(Fault.SLOW)) {
            return Status.TIMEOUT;
        }
        if (m.has(Fault.REFUSED)) {
            return Status.REFUSED;
        }
        if (m.has(Fault.MALFORMED)) {
            return Status.ERROR;
        }
        if (m.has(Fault.OVERHEAT)) {
            return Status.OVERHEAT;
        }
        if (m.has(Fault.POWER_FAULT)) {
            return Status.FAULT;
        }
        if (m.has(Fault.HOT)) {
            return Status.HOT;
        }
        if (m.has(Fault.NO_HASH)) {
            return Status.NO_HASH;
        }
        if (m.has(Fault.WEAK_WIFI)) {
            return Status.WIFI;
        }
        // The hostile wifiStatus is "Connected!" wrapped in escape sequences: odd words, but no failure, and a good
        // signal. Judging the link by an exact string would call it WIFI.
        return Status.ONLINE; // a stalled miner looks healthy until stall_minutes have passed
    }

    private Path writeConfig(SimulatedFleet fleet) throws Exception {
        StringBuilder yaml = new StringBuilder("miners:\n");
        fleet.endpoints().forEach(e -> yaml.append("  - address: ").append(e.address())
                .append("\n    alias: ").append(e.alias()).append('\n'));
        // A generous timeout: a starved test JVM must not turn a refused (OFFLINE) miner into TIMEOUT; SLOW takes 10 s.
        yaml.append("poll_interval: 5\ntimeout: 4\nretries: 0\ncsv_path: data/metrics.csv\nbackup_dir: backups\n");
        Path config = dir.resolve("config.yaml");
        Files.writeString(config, yaml);
        return config;
    }
}
