package io.github.bitaxemonitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.cli.Main;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.sim.FirmwareShape;
import io.github.bitaxemonitor.sim.FleetSpec;
import io.github.bitaxemonitor.sim.SimulatedFleet;
import io.github.bitaxemonitor.store.CsvMetricsStore;
import io.github.bitaxemonitor.store.StoreSettings;
import io.github.bitaxemonitor.testing.ConsoleCapture;
import io.github.bitaxemonitor.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A monitor that was down for ten minutes fills each Bitaxe's gap from the device's own history on its next start:
 * the simulator keeps that history as AxeOS does (one sample every 10 s, none before 2.8, lost on reboot).
 */
class BackfillTest {
    private static final Duration OUTAGE = Duration.ofMinutes(10);

    @TempDir
    Path dir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void aTenMinuteOutageIsFilledFromEachBitaxesHistoryWithoutRepeatingAStoredRow() throws Exception {
        try (SimulatedFleet fleet = SimulatedFleet.start(FleetSpec.builder().count(3).mix("bitaxe:3").faults("none")
                .seed(7).latencyMs(1, 5).build())) {
            fleet.miner(0).setShape(FirmwareShape.V2_12);
            fleet.miner(1).setShape(FirmwareShape.V2_10);
            fleet.miner(2).setShape(FirmwareShape.V2_0);
            Path config = writeConfig(fleet);
            Instant stopped = Instant.now().minus(OUTAGE).truncatedTo(ChronoUnit.MILLIS);
            lastCycleBeforeTheOutage(fleet.endpoints(), stopped);
            for (int i = 0; i < fleet.size(); i++) {
                fleet.miner(i).advanceSeconds(OUTAGE.toSeconds()); // the miners ran on while the monitor was down
            }

            assertThat(Main.run("monitor", "--once", "--config", config.toString())).as(console.err()).isZero();

            DataFilesOnDisk stored = DataFilesOnDisk.read(dir.resolve("data/metrics.csv"));
            assertThat(stored.badLines()).isEmpty();
            Map<String, List<Sample>> filled = stored.samples().stream().filter(s -> Boolean.TRUE.equals(s.backfilled()))
                    .collect(Collectors.groupingBy(Sample::address));
            String modern = fleet.endpoints().get(0).address();
            String unlabelled = fleet.endpoints().get(1).address();
            // 600 s at one sample every 10 s, less the half interval kept clear at each end of the gap
            assertThat(filled.get(modern)).hasSizeBetween(55, 60);
            assertThat(filled.get(unlabelled)).hasSizeBetween(55, 60);
            assertThat(filled).doesNotContainKey(fleet.endpoints().get(2).address());
            assertThat(filled.get(modern)).allSatisfy(s -> {
                assertThat(s.timestamp()).isAfter(stopped).isBefore(Instant.now());
                assertThat(s.hashrateGhs()).isPositive();
                assertThat(s.asicTempC()).isPositive();
                assertThat(s.powerW()).isPositive();
                assertThat(s.vrTempC()).isNotNull();
                assertThat(s.inputVoltageV()).isPositive();
                assertThat(s.deviceFamily()).isEqualTo("bitaxe");
                assertThat(s.model()).isNotBlank();
                assertThat(s.status()).isNotNull();
                assertThat(s.pollLatencyMs()).isNull();
            });
            // 2.8-2.10 answer fixed columns: hashrate, temperature, power only
            assertThat(filled.get(unlabelled)).allSatisfy(s -> {
                assertThat(s.powerW()).isPositive();
                assertThat(s.vrTempC()).isNull();
            });
            Instant firstLive = stored.samples().stream().filter(s -> s.backfilled() == null).map(Sample::timestamp)
                    .filter(t -> t.isAfter(stopped)).min(Instant::compareTo).orElseThrow();
            assertThat(filled.values().stream().flatMap(List::stream)).allMatch(s -> s.timestamp().isBefore(firstLive));
            assertThat(console.err() + console.out()).contains("backfill: ").contains(" rows for 2 miners")
                    .contains("sim-");

            console.reset();
            assertThat(Main.run("monitor", "--once", "--config", config.toString())).as(console.err()).isZero();

            DataFilesOnDisk again = DataFilesOnDisk.read(dir.resolve("data/metrics.csv"));
            assertThat(again.samples().stream().filter(s -> Boolean.TRUE.equals(s.backfilled())))
                    .as("a second start right after the first fills nothing").hasSize(
                            filled.values().stream().mapToInt(List::size).sum());
            Set<String> rows = new HashSet<>();
            assertThat(again.samples()).allMatch(s -> rows.add(s.address() + " " + s.timestamp()));
            assertThat(console.err() + console.out()).doesNotContain("backfill: ");
        }
    }

    /** The rows a monitor wrote in its last cycle before it stopped. */
    private void lastCycleBeforeTheOutage(List<MinerEndpoint> miners, Instant at) throws Exception {
        StoreSettings settings = new StoreSettings(dir.resolve("data/metrics.csv"), StoreSettings.Rotation.DAILY,
                64L << 20, dir.resolve("backups"), 0, 1);
        try (CsvMetricsStore store = CsvMetricsStore.open(settings, Clock.systemUTC(), line -> { })) {
            store.appendCycle(miners.stream().map(m -> Samples.gamma(m.address(), at).alias(m.alias()).build())
                    .toList());
        }
    }

    private Path writeConfig(SimulatedFleet fleet) throws Exception {
        StringBuilder yaml = new StringBuilder("miners:\n");
        fleet.endpoints().forEach(e -> yaml.append("  - address: ").append(e.address())
                .append("\n    alias: ").append(e.alias()).append('\n'));
        yaml.append("poll_interval: 5\ntimeout: 4\nretries: 0\ncsv_path: data/metrics.csv\nbackup_dir: backups\n");
        Path config = dir.resolve("config.yaml");
        Files.writeString(config, yaml);
        return config;
    }
}
