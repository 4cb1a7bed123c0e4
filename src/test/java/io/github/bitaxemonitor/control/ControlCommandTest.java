package io.github.bitaxemonitor.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.cli.Main;
import io.github.bitaxemonitor.sim.FirmwareShape;
import io.github.bitaxemonitor.sim.FleetConfigFile;
import io.github.bitaxemonitor.sim.FleetSpec;
import io.github.bitaxemonitor.sim.OwnerSettings;
import io.github.bitaxemonitor.sim.SimulatedFleet;
import io.github.bitaxemonitor.sim.SimulatedMiner;
import io.github.bitaxemonitor.testing.ConsoleCapture;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code monitor control} end to end against the simulator on loopback, run in-process through Main. */
class ControlCommandTest {
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();
    @TempDir
    Path dir;
    private SimulatedFleet fleet;
    private Path config;
    private InputStream savedIn;

    @BeforeEach
    void start() throws Exception {
        fleet = SimulatedFleet.start(FleetSpec.builder().count(3).latencyMs(0, 2).faults("none")
                .mix("bitaxe:2,antminer:1").build());
        fleet.miner(0).setShape(FirmwareShape.V2_15);
        fleet.miner(1).setShape(FirmwareShape.V2_12);
        config = dir.resolve("config.yaml");
        FleetConfigFile.write(config, fleet.endpoints());
        savedIn = System.in;
    }

    @AfterEach
    void stop() {
        System.setIn(savedIn);
        fleet.close();
    }

    private int control(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "monitor";
        all[1] = "control";
        all[2] = args[0];
        all[3] = "--config=" + config;
        System.arraycopy(args, 1, all, 4, args.length - 1);
        return Main.run(all);
    }

    private List<String> audit() throws Exception {
        Path log = dir.resolve("data").resolve(AuditLog.FILE_NAME);
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    @Test
    void bulkRestartRunsEverywhereAndExitsOneWhenAReadOnlyMinerRefuses() throws Exception {
        fleet.miner(0).advanceSeconds(300);
        int code = control("restart", "--all", "--yes");
        assertThat(code).isEqualTo(1);
        assertThat(console.out()).contains("2 ok, 1 failed").contains("read-only");
        assertThat(fleet.miner(0).snapshot().health().uptimeSeconds()).isLessThan(300);
        assertThat(audit()).hasSize(3).allSatisfy(l -> assertThat(l).contains("\"action\":\"restart\""));
    }

    @Test
    void noAnswerAtThePromptSendsNothing() throws Exception {
        System.setIn(new ByteArrayInputStream("n\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(control("pause", fleet.endpoints().get(0).address())).isEqualTo(1);
        assertThat(console.out()).contains("nothing sent");
        assertThat(fleet.miner(0).snapshot().health().miningPaused()).isFalse();
        assertThat(audit()).isEmpty();
    }

    @Test
    void yesAtThePromptPauses() {
        System.setIn(new ByteArrayInputStream("y\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(control("pause", fleet.endpoints().get(0).address())).isZero();
        assertThat(fleet.miner(0).snapshot().health().miningPaused()).isTrue();
    }

    @Test
    void setShowsBeforeAndAfterAppliesRestartsAndReadsBack() throws Exception {
        SimulatedMiner m = fleet.miner(0);
        int f0 = m.board().frequencyMhz();
        int code = control("set", fleet.endpoints().get(0).address(), "--frequency", String.valueOf(f0 + 25),
                "--temp-target", "55", "--yes");
        assertThat(code).isZero();
        assertThat(console.out()).contains("frequency " + f0 + " -> " + (f0 + 25) + " MHz")
                .contains("temp target 60 -> 55 C");
        OwnerSettings now = m.settings();
        assertThat(now.runningFrequency()).isEqualTo(f0 + 25);
        assertThat(now.tempTarget()).isEqualTo(55);
        assertThat(audit()).singleElement().satisfies(l -> assertThat(l).contains("\"before\":{\"frequency_mhz\":" + f0)
                .contains("\"result\":\"ok\""));
    }

    @Test
    void aValueOutsideTheDevicesOptionsIsRefusedBeforeAnythingIsSent() throws Exception {
        OwnerSettings before = fleet.miner(0).settings();
        int code = control("set", "--all", "--frequency", "5000", "--yes");
        assertThat(code).isEqualTo(2);
        assertThat(console.err()).contains("outside the device's options").contains("nothing was sent");
        assertThat(fleet.miner(0).settings()).isEqualTo(before);
        assertThat(audit()).isEmpty();
    }

    @Test
    void theOwnersCeilingIsBelowTheDevicesOptions() {
        int f0 = fleet.miner(0).board().frequencyMhz();
        int code = control("set", fleet.endpoints().get(0).address(), "--frequency", String.valueOf(f0 + 50),
                "--max-frequency", String.valueOf(f0 + 25), "--yes");
        assertThat(code).isEqualTo(2);
        assertThat(console.err()).contains("above control.max_frequency_mhz");
    }

    @Test
    void theConfigsCeilingRefusesAndTheCommandLineOverridesItForOneRun() throws Exception {
        int f0 = fleet.miner(0).board().frequencyMhz();
        Files.writeString(config, Files.readString(config) + "control:\n  max_frequency_mhz: " + f0 + "\n");
        String address = fleet.endpoints().get(0).address();
        assertThat(control("set", address, "--frequency", String.valueOf(f0 + 25), "--yes")).isEqualTo(2);
        assertThat(console.err()).contains("above control.max_frequency_mhz " + f0 + " MHz");
        assertThat(fleet.miner(0).settings().runningFrequency()).isEqualTo(f0);

        assertThat(control("set", address, "--frequency", String.valueOf(f0 + 25), "--max-frequency",
                String.valueOf(f0 + 25), "--yes")).isZero();
        assertThat(fleet.miner(0).settings().runningFrequency()).isEqualTo(f0 + 25);
    }

    @Test
    void dryRunChangesNothing() throws Exception {
        OwnerSettings before = fleet.miner(1).settings();
        int code = control("set", fleet.endpoints().get(1).address(), "--fan", "80", "--dry-run");
        assertThat(code).isZero();
        assertThat(console.out()).contains("fan auto -> 80 %").contains("dry run: nothing sent");
        assertThat(fleet.miner(1).settings()).isEqualTo(before);
        assertThat(audit()).isEmpty();
    }

    @Test
    void aStrangerIsNeverTargeted() {
        int code = control("restart", "127.0.0.1:1", "--yes");
        assertThat(code).as(console.err()).isEqualTo(2);
        assertThat(console.err()).contains("is not a configured miner");
    }

    @Test
    void badArgumentsAreOneLineAndExitTwo() {
        assertThat(control("set", "--all", "--fan", "loud")).isEqualTo(2);
        assertThat(console.err()).contains("--fan").doesNotContain("Exception");
        assertThat(control("set", "--all")).isEqualTo(2);
        assertThat(control("restart")).isEqualTo(2);
    }
}
