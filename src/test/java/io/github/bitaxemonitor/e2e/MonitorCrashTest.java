package io.github.bitaxemonitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.cli.Main;
import io.github.bitaxemonitor.sim.FleetSpec;
import io.github.bitaxemonitor.sim.SimulatedFleet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real {@code monitor} process (polling simulated miners) with SIGKILL at random moments, restarts it, and
 * proves after every kill that every complete row decodes, no row that was there before is gone, and every cycle the
 * monitor acknowledged (its console line is printed only after the cycle's rows were forced to disk) is stored. The
 * store's own CrashTest covers torn writes byte by byte; this one covers the whole process. Reproduce with
 * -Dcrash.seed=N.
 */
class MonitorCrashTest {
    private static final int MINERS = 6;
    private static final int KILLS = Integer.getInteger("crash.monitorKills", 6);
    /** The console line the monitor prints once a cycle is durable, e.g. "00:17:24  ok 6/6  ...". */
    private static final Pattern ACK = Pattern.compile("^\\d{2}:\\d{2}:\\d{2}  ok \\d+/\\d+.*rows " + MINERS + ",.*");

    @TempDir
    Path dir;

    @Test
    void sigkillOfARealMonitorNeverLosesAnAcknowledgedCycleOrLeavesABrokenRow() throws Exception {
        long seed = Long.getLong("crash.seed", System.nanoTime());
        System.out.println("MonitorCrashTest seed " + seed);
        Random rnd = new Random(seed);
        try (SimulatedFleet fleet = SimulatedFleet.start(FleetSpec.builder().count(MINERS).faults("none")
                .latencyMs(2, 20).seed(seed).build())) {
            Path config = writeConfig(fleet, "poll_interval: 1\ntimeout: 0.5\n");
            Path csvPath = dir.resolve("data/metrics.csv");
            int acknowledged = 0;
            int rowsBefore = 0;
            for (int run = 0; run < KILLS; run++) {
                Path log = dir.resolve("monitor-" + run + ".log");
                Process monitor = new ProcessBuilder(java(), "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                        classpath(), Main.class.getName(), "monitor", "--config", config.toString())
                        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
                Thread.sleep(800 + rnd.nextInt(2_500));
                monitor.destroyForcibly().waitFor();
                acknowledged += acknowledgedCycles(log);

                DataFilesOnDisk stored = DataFilesOnDisk.read(csvPath);
                assertThat(stored.badLines()).as("run %d", run).isEmpty();
                assertThat(stored.tornTails()).as("a killed process cannot tear a single write").isLessThanOrEqualTo(1);
                assertThat(stored.samples().size()).as("rows never disappear").isGreaterThanOrEqualTo(rowsBefore);
                assertThat(stored.samples().size()).as("every acknowledged cycle is stored, run %d", run)
                        .isGreaterThanOrEqualTo(acknowledged * MINERS);
                rowsBefore = stored.samples().size();
            }
            assertThat(acknowledged).as("the kills must leave the monitor time to work").isPositive();

            Process last = new ProcessBuilder(java(), "-cp", classpath(), Main.class.getName(), "monitor", "--once",
                    "--config", config.toString()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("final.log").toFile()).start();
            assertThat(last.waitFor()).as(Files.readString(dir.resolve("final.log"))).isZero();
            DataFilesOnDisk stored = DataFilesOnDisk.read(csvPath);
            assertThat(stored.tornTails()).isZero();
            assertThat(stored.badLines()).isEmpty();
            assertThat(stored.samples().size()).isGreaterThanOrEqualTo((acknowledged + 1) * MINERS);
        }
    }

    @Test
    void sigtermFinishesTheCycleInProgressWritesItAndExitsCleanly() throws Exception {
        try (SimulatedFleet fleet = SimulatedFleet.start(FleetSpec.builder().count(MINERS).faults("none")
                .latencyMs(900, 1_200).seed(9).build())) {
            // Cycles start every 2 s and end when the last reply is in (0.9-1.2 s later), so 0.9 s after a cycle's
            // console line the next cycle has started and its replies are still on the way.
            Path config = writeConfig(fleet, "poll_interval: 2\ntimeout: 1.6\n");
            Path log = dir.resolve("monitor-term.log");
            Process monitor = new ProcessBuilder(java(), "-cp", classpath(), Main.class.getName(), "monitor",
                    "--config", config.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            long deadline = System.currentTimeMillis() + 30_000;
            while (acknowledgedCycles(log) == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertThat(acknowledgedCycles(log)).as(Files.readString(log)).isPositive();
            Thread.sleep(900);

            monitor.destroy(); // SIGTERM
            assertThat(monitor.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

            int acked = acknowledgedCycles(log);
            DataFilesOnDisk stored = DataFilesOnDisk.read(dir.resolve("data/metrics.csv"));
            assertThat(stored.tornTails()).isZero();
            assertThat(stored.badLines()).isEmpty();
            assertThat(stored.samples()).hasSize(acked * MINERS);
            assertThat(acked).as("the cycle in progress at SIGTERM was finished and written").isGreaterThanOrEqualTo(2);
            assertThat(Files.readString(log)).contains("stopped");
        }
    }

    private static int acknowledgedCycles(Path log) throws Exception {
        String text = Files.readString(log, StandardCharsets.UTF_8);
        // Only whole lines count: the kill may cut the last one short.
        List<String> lines = text.lines().toList();
        int complete = text.endsWith("\n") ? lines.size() : lines.size() - 1;
        return (int) lines.stream().limit(Math.max(complete, 0)).filter(l -> ACK.matcher(l).matches()).count();
    }

    private Path writeConfig(SimulatedFleet fleet, String timing) throws Exception {
        StringBuilder yaml = new StringBuilder("miners:\n");
        fleet.endpoints().forEach(e -> yaml.append("  - ").append(e.address()).append('\n'));
        yaml.append(timing).append("retries: 0\ncsv_path: data/metrics.csv\nbackup_frequency: 3\nbackup_dir: backups\n");
        Path config = dir.resolve("config.yaml");
        Files.writeString(config, yaml);
        return config;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String classpath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }
}
