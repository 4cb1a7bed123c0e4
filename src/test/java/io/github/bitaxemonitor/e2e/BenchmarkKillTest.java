package io.github.bitaxemonitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.cli.Main;
import io.github.bitaxemonitor.sim.FirmwareShape;
import io.github.bitaxemonitor.sim.FleetConfigFile;
import io.github.bitaxemonitor.sim.FleetSpec;
import io.github.bitaxemonitor.sim.OwnerSettings;
import io.github.bitaxemonitor.sim.SimulatedFleet;
import io.github.bitaxemonitor.sim.SimulatedMiner;
import io.github.bitaxemonitor.testing.ConsoleCapture;
import io.github.bitaxemonitor.tune.Journal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILLs a real benchmark process at random moments (before, during and after its changes) and proves that the
 * next start of the monitor puts every miner back at its original settings. The seed is printed; rerun one with
 * -Dkill.seed=N.
 */
class BenchmarkKillTest {
    private static final int KILLS = 3;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();
    @TempDir
    Path dir;

    @Test
    void afterASigkillAtAnyMomentTheNextStartRestoresEveryMiner() throws Exception {
        long seed = Long.getLong("kill.seed", System.nanoTime());
        System.err.println("BenchmarkKillTest seed " + seed);
        Random rnd = new Random(seed);
        try (SimulatedFleet fleet = SimulatedFleet.start(FleetSpec.builder().count(2).faults("none").latencyMs(1, 5)
                .seed(42).build())) { // seed 42: a Hex and a SupraHex, whose options hold the grid below
            List<OwnerSettings> before = new ArrayList<>();
            for (int i = 0; i < fleet.size(); i++) {
                SimulatedMiner m = fleet.miner(i);
                m.setShape(FirmwareShape.V2_15);
                before.add(m.settings());
            }
            Path config = dir.resolve("config.yaml");
            FleetConfigFile.write(config, fleet.endpoints());
            Journal journal = new Journal(dir.resolve("data"));
            int restoredRuns = 0;
            for (int run = 0; run < KILLS; run++) {
                Process bench = new ProcessBuilder(java(), "-XX:TieredStopAtLevel=1", "-cp", classpath(),
                        Main.class.getName(), "monitor", "benchmark", "--config", config.toString(), "--all",
                        "--frequency", "450,475,500", "--core-voltage", "1175,1200", "--settle", "0.3",
                        "--sample-every", "0.2", "--samples", "2", "--yes")
                        .redirectErrorStream(true).redirectOutput(dir.resolve("bench-" + run + ".log").toFile())
                        .start();
                Thread.sleep(2000 + rnd.nextInt(3500));
                bench.destroyForcibly().waitFor();

                int code = Main.run("monitor", "--once", "--quiet", "--config", config.toString());
                assertThat(code).as("run %d: %s", run, console.err()).isZero();
                for (int i = 0; i < fleet.size(); i++) {
                    assertThat(fleet.miner(i).settings()).as("run %d, miner %d", run, i).isEqualTo(before.get(i));
                }
                assertThat(journal.isEmpty()).as("run %d", run).isTrue();
                restoredRuns += console.err().contains("after interrupted benchmark") ? 1 : 0;
                console.reset();
            }
            // the kills must have caught miners at test settings, or the test proves nothing
            assertThat(restoredRuns).isPositive();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String classpath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }
}
