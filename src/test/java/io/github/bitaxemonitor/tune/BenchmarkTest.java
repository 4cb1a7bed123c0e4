package io.github.bitaxemonitor.tune;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.control.AuditLog;
import io.github.bitaxemonitor.control.ControlActions;
import io.github.bitaxemonitor.control.SafetyLimits;
import io.github.bitaxemonitor.miner.ClientSettings;
import io.github.bitaxemonitor.miner.DeviceSettings;
import io.github.bitaxemonitor.miner.MinerClient;
import io.github.bitaxemonitor.miner.MinerClients;
import io.github.bitaxemonitor.miner.MinerControl;
import io.github.bitaxemonitor.miner.MinerControls;
import io.github.bitaxemonitor.miner.MinerLanes;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.sim.Fault;
import io.github.bitaxemonitor.sim.FirmwareShape;
import io.github.bitaxemonitor.sim.FleetSpec;
import io.github.bitaxemonitor.sim.OwnerSettings;
import io.github.bitaxemonitor.sim.SimulatedFleet;
import io.github.bitaxemonitor.sim.SimulatedMiner;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Benchmarks against a simulated Bitaxe whose clock the benchmark's waits advance: known answers, no waiting. */
class BenchmarkTest {
    @TempDir
    Path dir;
    private SimulatedFleet fleet;
    private SimulatedMiner sim;
    private MinerEndpoint miner;
    private MinerClient client;
    private MinerControl control;
    private ControlActions actions;
    private Journal journal;

    @BeforeEach
    void start() {
        fleet = SimulatedFleet.start(FleetSpec.builder().count(1).latencyMs(0, 0).faults("none").build());
        sim = fleet.miner(0);
        sim.setShape(FirmwareShape.V2_15);
        miner = fleet.endpoints().get(0);
        MinerLanes lanes = new MinerLanes();
        ClientSettings settings = new ClientSettings(Duration.ofSeconds(2), 0, 256 * 1024);
        client = MinerClients.create(settings, lanes);
        control = MinerControls.create(settings, lanes);
        actions = new ControlActions(control, new AuditLog(dir, Clock.systemUTC()), "benchmark", "s1");
        journal = new Journal(dir);
    }

    @AfterEach
    void stop() {
        client.close();
        control.close();
        fleet.close();
    }

    /** Advances the simulated miner instead of waiting; stops itself after {@code stopAfter} waits (-1 = never). */
    private Pause simulated(int stopAfter) {
        AtomicInteger waits = new AtomicInteger();
        return new Pause() {
            private volatile boolean stopped;

            @Override
            public boolean await(Duration d) {
                if (stopAfter >= 0 && waits.incrementAndGet() > stopAfter) {
                    stopped = true;
                }
                if (stopped) {
                    return false;
                }
                sim.advanceSeconds(d.toSeconds());
                return true;
            }

            @Override
            public void stop() {
                stopped = true;
            }

            @Override
            public boolean stopped() {
                return stopped;
            }
        };
    }

    private BenchmarkPlan grid(List<Integer> f, List<Integer> v, SafetyLimits limits) {
        return new BenchmarkPlan(f, v, false, 25, 25, BenchmarkPlan.Goal.EFFICIENCY, Duration.ofSeconds(90),
                Duration.ofSeconds(15), 6, 0.94, limits);
    }

    private Benchmark.Outcome run(BenchmarkPlan plan, Pause pause) {
        DeviceSettings original = control.read(miner).join();
        List<StepResult> seen = new ArrayList<>();
        Benchmark.Outcome o = new Benchmark(client, actions, journal, pause).run("s1", miner, original, plan, seen::add);
        assertThat(seen).isEqualTo(o.steps());
        return o;
    }

    @Test
    void aGridRunsEveryStepRanksThemAndEndsAtTheOriginalSettings() throws Exception {
        OwnerSettings before = sim.settings();
        int f0 = sim.board().frequencyMhz();
        int v0 = sim.board().coreVoltageMv();
        Benchmark.Outcome o = run(grid(List.of(f0, f0 + 25), List.of(v0, v0 + 25), SafetyLimits.DEFAULTS.withCutOffs(
                90, 100, null)), simulated(-1));
        assertThat(o.steps()).hasSize(4);
        assertThat(o.steps()).allSatisfy(s -> assertThat(s.samples()).hasSize(6));
        assertThat(o.restored()).isTrue();
        assertThat(sim.settings()).isEqualTo(before);
        assertThat(journal.isEmpty()).isTrue();
        Ranking r = Ranking.of(o.steps(), BenchmarkPlan.Goal.EFFICIENCY);
        assertThat(r.recommended()).isNotNull();
        assertThat(r.pareto()).isNotEmpty().allSatisfy(s -> assertThat(s.valid()).isTrue());
        String md = ReportFiles.write(dir, o);
        assertThat(md).contains("| " + f0 + " | " + v0 + " |").contains("Recommendation: ");
        assertThat(Files.readString(dir.resolve("benchmarks/s1.json"))).contains("\"samples\"").contains("\"pareto\"");
    }

    @Test
    void searchRaisesFrequencyWhileStableAndVoltageWhenNotThenStopsAtTheLimits() {
        OwnerSettings before = sim.settings();
        BenchmarkPlan plan = new BenchmarkPlan(List.of(), List.of(), true, 25, 25, BenchmarkPlan.Goal.HASHRATE,
                Duration.ofSeconds(90), Duration.ofSeconds(15), 6, 0.94, SafetyLimits.DEFAULTS.withCutOffs(90, 100,
                        1000.0));
        Benchmark.Outcome o = run(plan, simulated(-1));
        List<StepResult> s = o.steps();
        assertThat(s.size()).isGreaterThan(2);
        assertThat(s.get(0).frequencyMhz()).isEqualTo(before.frequency());
        for (int i = 1; i < s.size(); i++) {
            StepResult prev = s.get(i - 1);
            if (prev.valid()) {
                assertThat(s.get(i).frequencyMhz()).isEqualTo(prev.frequencyMhz() + 25);
            } else {
                assertThat(s.get(i).coreVoltageMv()).isEqualTo(prev.coreVoltageMv() + 25);
            }
        }
        assertThat(s).anyMatch(x -> !x.valid());
        assertThat(sim.settings()).isEqualTo(before);
    }

    @Test
    void aStepPastTheAsicLimitIsCutOffWithItsReasonAndHotterStepsAreSkipped() {
        OwnerSettings before = sim.settings();
        int f0 = sim.board().frequencyMhz();
        int v0 = sim.board().coreVoltageMv();
        Benchmark.Outcome o = run(grid(List.of(f0, f0 + 25), List.of(v0), SafetyLimits.DEFAULTS.withCutOffs(30, 100,
                null)), simulated(-1));
        assertThat(o.steps()).singleElement().satisfies(s -> {
            assertThat(s.abortReason()).startsWith("ASIC ").contains("above the 30 C limit");
            assertThat(s.valid()).isFalse();
        });
        assertThat(sim.settings()).isEqualTo(before);
    }

    @Test
    void aStopMidStepRestoresTheOriginalSettings() throws Exception {
        OwnerSettings before = sim.settings();
        int f0 = sim.board().frequencyMhz();
        int v0 = sim.board().coreVoltageMv();
        Benchmark.Outcome o = run(grid(List.of(f0 + 25, f0 + 50), List.of(v0 + 25), SafetyLimits.DEFAULTS),
                simulated(3));
        assertThat(o.steps()).singleElement().satisfies(s -> assertThat(s.abortReason()).isEqualTo(Benchmark.STOPPED));
        assertThat(o.restored()).isTrue();
        assertThat(sim.settings()).isEqualTo(before);
        assertThat(journal.isEmpty()).isTrue();
    }

    @Test
    void aMinerLostMidRunKeepsItsJournalUntilTheNextStartRestoresIt() throws Exception {
        OwnerSettings before = sim.settings();
        int f0 = sim.board().frequencyMhz();
        int v0 = sim.board().coreVoltageMv();
        Pause pause = new Pause() {
            private final Pause inner = simulated(-1);
            private int waits;

            @Override
            public boolean await(Duration d) {
                if (++waits == 2) {
                    sim.addFault(Fault.OFFLINE); // the miner drops off the network at test settings
                }
                return inner.await(d);
            }

            @Override
            public void stop() {
                inner.stop();
            }

            @Override
            public boolean stopped() {
                return inner.stopped();
            }
        };
        Benchmark.Outcome o = run(grid(List.of(f0 + 25), List.of(v0 + 25), SafetyLimits.DEFAULTS), pause);
        assertThat(o.restored()).isFalse();
        assertThat(o.restoreDetail()).contains("next start");
        assertThat(sim.settings().frequency()).isEqualTo(f0 + 25);
        assertThat(journal.isEmpty()).isFalse();

        sim.removeFault(Fault.OFFLINE);
        StringWriter said = new StringWriter();
        int left = Recovery.run(journal, fleet.endpoints(), actions, new PrintWriter(said));
        assertThat(left).isZero();
        assertThat(said.toString()).contains("restored " + miner.address());
        assertThat(sim.settings()).isEqualTo(before);
        assertThat(journal.isEmpty()).isTrue();
        assertThat(Files.readString(dir.resolve(AuditLog.FILE_NAME))).contains("\"action\":\"rollback-after-crash\"");
    }
}
