package io.github.bitaxemonitor.view.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.github.bitaxemonitor.config.ConfigLoader;
import io.github.bitaxemonitor.config.MonitorConfig;
import io.github.bitaxemonitor.control.AuditLog;
import io.github.bitaxemonitor.miner.MinerControls;
import io.github.bitaxemonitor.miner.MinerLanes;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.sim.FirmwareShape;
import io.github.bitaxemonitor.sim.FleetConfigFile;
import io.github.bitaxemonitor.sim.FleetSpec;
import io.github.bitaxemonitor.sim.SimulatedFleet;
import io.github.bitaxemonitor.sim.SimulatedMiner;
import io.github.bitaxemonitor.testing.Samples;
import io.github.bitaxemonitor.testing.TestClock;
import io.github.bitaxemonitor.view.FleetData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live view's action menu (key x) on a virtual terminal, acting on two simulated Bitaxes on loopback: nothing is
 * sent before the confirmation dialog, and what is confirmed really happens on the simulated miner.
 */
class LiveActionsScreenTest {
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:45Z");
    /** Longest wait for a result from a simulated miner on loopback. */
    private static final long WAIT_SECONDS = 20;
    /** The config's control.max_frequency_mhz: inside both simulated boards' own options. */
    private static final int MAX_MHZ = 600;

    @TempDir
    Path dir;
    private SimulatedFleet fleet;
    private List<MinerEndpoint> miners;
    private LiveControl control;
    /** The control's clock, which says when the audit log is read again. */
    private final TestClock controlClock = new TestClock(NOW);
    private ScreenHarness s;
    /** Released whenever the control reports something, as the live loop's wake-up. */
    private final Semaphore woken = new Semaphore(0);

    @BeforeEach
    void start() throws Exception {
        fleet = SimulatedFleet.start(FleetSpec.builder().count(2).latencyMs(0, 2).faults("none")
                .mix("bitaxe:2").build());
        fleet.miner(0).setShape(FirmwareShape.V2_15);
        fleet.miner(1).setShape(FirmwareShape.V2_15);
        miners = fleet.endpoints();
        Path config = dir.resolve("config.yaml");
        FleetConfigFile.write(config, miners);
        Files.writeString(config, Files.readString(config) + "control:\n  max_frequency_mhz: " + MAX_MHZ + "\n");
        MonitorConfig cfg = ConfigLoader.loadForReading(config);
        StringBuilder rows = new StringBuilder(FleetData.header());
        for (MinerEndpoint m : miners) {
            rows.append(FleetData.row(Samples.gamma(m.address(), NOW).alias(m.alias()).build()));
        }
        Files.writeString(dir.resolve("metrics-2026-11-20.csv"), rows);
        control = new LiveControl(cfg.miners(), MinerControls.create(cfg.clientSettings(), new MinerLanes()),
                new AuditLog(dir, Clock.fixed(NOW, ZoneOffset.UTC)), cfg.controlLimits(), controlClock);
        s = new ScreenHarness(dir.resolve("metrics.csv"), 160, 40, false, true, NOW, control);
        s.dashboard.onChange(woken::release);
        s.draw();
    }

    @AfterEach
    void stop() {
        control.close();
        fleet.close();
    }

    private static KeyStroke key(char c) {
        return new KeyStroke(c, false, false);
    }

    private void select(int miner) throws IOException {
        while (!s.line(s.tableRow(miners.get(miner).alias())).contains(miners.get(miner).address())
                || s.cellOf(s.tableRow(miners.get(miner).alias()), miners.get(miner).alias()).getModifiers().isEmpty()) {
            s.press(KeyType.ArrowDown);
        }
    }

    /** Redraws as results arrive until the screen shows {@code text}; fails after {@link #WAIT_SECONDS}. */
    private void awaitScreen(String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (true) {
            s.draw();
            if (s.text().contains(text)) {
                return;
            }
            assertThat(System.nanoTime() < deadline).as("screen shows '%s':%n%s", text, s.text()).isTrue();
            woken.tryAcquire(1, TimeUnit.SECONDS);
        }
    }

    private List<String> audit() throws IOException {
        Path log = dir.resolve(AuditLog.FILE_NAME);
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    @Test
    void restartAsksNamingTheMinerAndRestartsTheSimulatedMinerOnlyAfterYes() throws Exception {
        SimulatedMiner m = fleet.miner(0);
        m.advanceSeconds(300);
        select(0);
        s.press(key('x'));
        assertThat(s.text()).contains("Act on", "r  restart", "f  set frequency");
        s.press(key('r'));
        awaitScreen("Confirm: restart on 1 miner");
        assertThat(s.text()).contains(miners.get(0).alias(), miners.get(0).address(), "y: send");
        assertThat(m.snapshot().health().uptimeSeconds()).isGreaterThanOrEqualTo(300);
        assertThat(audit()).isEmpty();

        s.press(key('y'));
        awaitScreen("restart " + miners.get(0).alias() + ": ok");
        assertThat(m.snapshot().health().uptimeSeconds()).isLessThan(300);
        assertThat(fleet.miner(1).snapshot().health().uptimeSeconds()).isNotNegative();
        assertThat(audit()).singleElement().satisfies(l -> assertThat(l).contains("\"source\":\"viewer\"")
                .contains("\"action\":\"restart\"").contains(miners.get(0).address()));

        s.press(KeyType.Enter);
        awaitScreen("restart ok (viewer)");
        int audited = s.rowOf("restart ok (viewer)");
        assertThat(s.line(audited - 1)).contains("actions", "restart: ok");
    }

    @Test
    void setFrequencyShowsBeforeAndAfterThenReclocksTheSimulatedMiner() throws Exception {
        SimulatedMiner m = fleet.miner(0);
        int f0 = m.board().frequencyMhz();
        select(0);
        s.press(key('x')).press(key('f')).press(new KeyStroke('u', true, false)).type(String.valueOf(f0 + 25));
        assertThat(s.text()).contains("frequency (MHz): " + (f0 + 25));
        s.press(KeyType.Enter);
        awaitScreen("Confirm: set frequency");
        assertThat(s.text()).contains("frequency " + f0 + " -> " + (f0 + 25) + " MHz", "then a restart");

        s.press(key('y'));
        awaitScreen(": ok");
        assertThat(m.settings().runningFrequency()).isEqualTo(f0 + 25);
        assertThat(audit()).singleElement().satisfies(l -> assertThat(l).contains("\"source\":\"viewer\"")
                .contains("\"frequency_mhz\":" + (f0 + 25)));
    }

    @Test
    void escAtTheConfirmationSendsNothing() throws Exception {
        SimulatedMiner m = fleet.miner(0);
        int f0 = m.board().frequencyMhz();
        select(0);
        s.press(key('x')).press(key('f')).press(new KeyStroke('u', true, false)).type(String.valueOf(f0 + 25))
                .press(KeyType.Enter);
        awaitScreen("Confirm: set frequency");
        s.press(KeyType.Escape);
        assertThat(s.text()).doesNotContain("Confirm:").contains("cancelled: nothing sent");
        // 'y' after the dialog closed is an ordinary key, never a late yes.
        s.press(key('y'));
        assertThat(m.settings().runningFrequency()).isEqualTo(f0);
        assertThat(audit()).isEmpty();
    }

    @Test
    void aFrequencyOutsideTheDevicesOptionsIsRefusedAndYesDoesNothing() throws Exception {
        SimulatedMiner m = fleet.miner(0);
        int f0 = m.board().frequencyMhz();
        select(0);
        s.press(key('x')).press(key('f')).press(new KeyStroke('u', true, false)).type("5000").press(KeyType.Enter);
        awaitScreen("Refused: set frequency");
        assertThat(s.text()).contains("outside the device's options", "nothing will be sent");
        s.press(key('y'));
        assertThat(s.text()).contains("Refused:");
        assertThat(m.settings().runningFrequency()).isEqualTo(f0);
        assertThat(audit()).isEmpty();
    }

    @Test
    void anActionTakenElsewhereReachesTheDetailPaneOnceTheAuditReadingIsStale() throws Exception {
        select(0);
        s.press(KeyType.Enter);
        assertThat(woken.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)).as("the pane's first reading of the audit log")
                .isTrue();
        new AuditLog(dir, Clock.fixed(NOW, ZoneOffset.UTC)).append(new AuditLog.Entry("cli", null, "identify",
                miners.get(0), Map.of(), Map.of(), true, "blinking"));
        s.draw();
        assertThat(s.text()).doesNotContain("identify ok (cli)");

        controlClock.advance(LiveControl.AUDIT_FRESH.plusSeconds(1));
        awaitScreen("identify ok (cli) - blinking");
    }

    @Test
    void theConfigsCeilingRefusesAFrequencyTheDeviceWouldTake() throws Exception {
        select(0);
        s.press(key('x')).press(key('f')).press(new KeyStroke('u', true, false)).type(String.valueOf(MAX_MHZ + 10))
                .press(KeyType.Enter);
        awaitScreen("Refused: set frequency");
        assertThat(s.text()).contains("above control.max_frequency_mhz " + MAX_MHZ + " MHz")
                .doesNotContain("outside the device's options");
        assertThat(audit()).isEmpty();
    }

    @Test
    void markedMinersAreActedOnTogether() throws Exception {
        select(0);
        s.press(key(' '));
        select(1);
        s.press(key(' '));
        assertThat(s.text()).contains("2 marked");
        s.press(key('x'));
        assertThat(s.text()).contains("Act on 2 miners");
        s.press(key('p'));
        awaitScreen("Confirm: pause on 2 miners");
        assertThat(s.text()).contains(miners.get(0).address(), miners.get(1).address());
        s.press(key('y'));
        awaitScreen("pause: 2 ok, 0 failed");
        assertThat(fleet.miner(0).snapshot().health().miningPaused()).isTrue();
        assertThat(fleet.miner(1).snapshot().health().miningPaused()).isTrue();
    }

    @Test
    void withoutAConfigTheMenuSaysWhatItNeedsAndSpaceStillMarks() throws Exception {
        ScreenHarness bare = new ScreenHarness(dir.resolve("metrics.csv"), 160, 40, false, true, NOW, null);
        bare.press(key(' ')).press(key('x'));
        assertThat(bare.text()).doesNotContain("Act on").contains("1 marked")
                .contains("actions need the config that lists the miners");
    }
}
