package io.github.bitaxemonitor.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitaxemonitor.cli.MonitorCommand;
import io.github.bitaxemonitor.exit.UserException;
import io.github.bitaxemonitor.config.ConfigLoader;
import io.github.bitaxemonitor.config.MonitorConfig;
import io.github.bitaxemonitor.miner.ClientSettings;
import io.github.bitaxemonitor.miner.MinerClient;
import io.github.bitaxemonitor.miner.PollResult;
import io.github.bitaxemonitor.store.MetricsWriter;
import io.github.bitaxemonitor.store.StoreSettings;
import io.github.bitaxemonitor.store.UnusablePathException;
import io.github.bitaxemonitor.testing.Samples;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The monitor end to end over a fake client and an in-memory store: config file in, rows and console lines out. */
class MonitorTest {
    @TempDir
    Path dir;

    private final MemoryWriter writer = new MemoryWriter();
    private final FakeMinerClient client = new FakeMinerClient(ep -> CompletableFuture.completedFuture(
            new PollResult.Success(Samples.reading(Samples.gamma(ep.address(), Clock.systemUTC().instant())
                    .hashrateGhs(1000.0).powerW(18.0).build()), 3)));
    private final List<String> storeLog = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private StoreSettings openedWith;
    private Path config;

    private final Backends fakes = new Backends() {
        @Override
        public MinerClient client(ClientSettings settings) {
            return client;
        }

        @Override
        public MetricsWriter openStore(StoreSettings settings, Clock clock, Consumer<String> log) {
            openedWith = settings;
            storeLog.forEach(log);
            return writer;
        }
    };

    @BeforeEach
    void writeConfig() throws IOException {
        config = dir.resolve("config.yaml");
        Files.writeString(config, """
                miners:
                  - 127.0.0.1:18080
                  - address: 127.0.0.1:18081
                    alias: gamma-02
                poll_interval: 1
                timeout: 0.5
                retries: 0
                """);
    }

    private int monitor(String... args) {
        CommandLine cl = new CommandLine(new MonitorCommand(fakes));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void onceRunsOneCycleWritesItAndExitsZero() {
        int code = monitor("--once", "--config", config.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(writer.cycles).hasSize(1);
        assertThat(writer.lastCycle()).extracting(s -> s.address() + "/" + s.alias())
                .containsExactly("127.0.0.1:18080/null", "127.0.0.1:18081/gamma-02");
        assertThat(writer.closed).isTrue();
        assertThat(client.closed).isTrue();
        assertThat(openedWith.csvPath()).isEqualTo(dir.resolve("data/metrics.csv"));
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).startsWith("monitor: ").contains("config.yaml, 2 miners, data ")
                .endsWith("metrics.csv, every 1 s (timeout 0.5 s, 0 retries)");
        assertThat(lines.get(1)).matches("\\d\\d:\\d\\d:\\d\\d  ok 2/2  2\\.00 TH/s  36\\.0 W  18\\.0 J/TH  "
                + "rows 2, dropped 0");
        assertThat(lines).hasSize(2);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void everyListenerSeesTheCycleWithItsJudgementsAndAFailingOneIsSkipped() throws IOException {
        MonitorConfig c = io.github.bitaxemonitor.config.ConfigLoader.parse(Files.readString(config), config);
        Monitor m = new Monitor(c, config, fakes, Clock.systemUTC(), new PrintWriter(out, true),
                new PrintWriter(err, true), true);
        List<CycleReport> seen = new ArrayList<>();
        List<String> stopped = new ArrayList<>();
        m.addListener(r -> {
            throw new IllegalStateException("listener bug");
        });
        m.addListener(new CycleListener() {
            @Override
            public void cycleCompleted(CycleReport r) {
                seen.add(r);
            }

            @Override
            public void stopped() {
                stopped.add("stopped");
            }
        });

        assertThat(m.runOnce()).isZero();

        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).outcomes()).extracting(o -> o.judgement().status())
                .containsExactly(io.github.bitaxemonitor.model.Status.ONLINE,
                        io.github.bitaxemonitor.model.Status.ONLINE);
        assertThat(stopped).containsExactly("stopped");
        assertThat(err.toString()).contains("a cycle listener failed: listener bug (monitoring goes on)");
        assertThat(writer.cycles).hasSize(1);
    }

    @Test
    void onceExitsOneWhenTheCycleCouldNotBeWritten() {
        writer.failuresLeft.set(1);

        int code = monitor("--once", "--config", config.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).matches("\\d\\d:\\d\\d:\\d\\d  could not write the cycle: No space left on "
                + "device; 2 rows held for the next try, polling goes on\\R");
    }

    @Test
    void quietPrintsOnlyErrors() {
        storeLog.add("repaired data/metrics-2025-06-01.csv: dropped a torn last line of 57 bytes");
        writer.failuresLeft.set(1);

        monitor("--once", "--quiet", "--config", config.toString());

        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("could not write the cycle");
    }

    @Test
    void theStoresOpeningReportIsShownAtStartUp() {
        storeLog.add("repaired data/metrics-2025-06-01.csv: dropped a torn last line of 57 bytes");

        monitor("--once", "--config", config.toString());

        assertThat(out.toString().lines().toList().get(1))
                .isEqualTo("repaired data/metrics-2025-06-01.csv: dropped a torn last line of 57 bytes");
    }

    @Test
    void aStoreThatCannotOpenIsARuntimeFailure() {
        Backends broken = new Backends() {
            @Override
            public MinerClient client(ClientSettings settings) {
                return client;
            }

            @Override
            public MetricsWriter openStore(StoreSettings settings, Clock clock, Consumer<String> log)
                    throws IOException {
                throw new IOException("Read-only file system");
            }
        };
        Monitor m = new Monitor(ConfigLoader.load(config), config, broken, Clock.systemUTC(),
                new PrintWriter(out, true), new PrintWriter(err, true), false);

        assertThatThrownBy(m::runOnce).isInstanceOfSatisfying(UserException.class,
                e -> assertThat(e.exitCode()).isEqualTo(1))
                .hasMessageEndingWith("metrics.csv: Read-only file system");
    }

    @Test
    void runningMonitorStopsOnlyAfterTheCycleInProgressIsWritten() throws Exception {
        Monitor m = new Monitor(ConfigLoader.load(config), config, fakes, Clock.systemUTC(),
                new PrintWriter(out, true), new PrintWriter(err, true), false);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> {
            try {
                return m.runForever();
            } catch (InterruptedException e) {
                return -1;
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (writer.cycles.size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        m.stop();

        assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
        assertThat(writer.closed).isTrue();
        assertThat(client.closed).isTrue();
        assertThat(writer.cycles).hasSizeGreaterThanOrEqualTo(2).allMatch(rows -> rows.size() == 2);
        int cycles = writer.cycles.size();
        Thread.sleep(Duration.ofMillis(1200).toMillis());
        assertThat(writer.cycles).hasSize(cycles);
        assertThat(out.toString()).endsWith("monitor stopped" + System.lineSeparator());
    }

    private CompletableFuture<Integer> runInBackground(Monitor m) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return m.runForever();
            } catch (InterruptedException e) {
                return -1;
            }
        });
    }

    private void awaitFailedWrites(int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (err.toString().split("could not write the cycle", -1).length <= n && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void stopSavesRowsHeldFromFailedWritesToARecoveryFileAndExitsZero() throws Exception {
        writer.failuresLeft.set(1_000);
        Monitor m = new Monitor(ConfigLoader.load(config), config, fakes, Clock.systemUTC(),
                new PrintWriter(out, true), new PrintWriter(err, true), false);
        CompletableFuture<Integer> exit = runInBackground(m);
        awaitFailedWrites(2);

        m.stop();

        assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
        assertThat(writer.recovered).singleElement()
                .satisfies(rows -> assertThat(rows.size()).isGreaterThanOrEqualTo(4).isEven());
        assertThat(err.toString()).contains("rows held from failed writes could not be written (No space left on"
                + " device): saved them to data/metrics.recovery-test.csv");
        assertThat(writer.closed).isTrue();
    }

    @Test
    void rowsThatCanBeNeitherWrittenNorSavedAtStopAreCountedInOneLineAndExitOne() throws Exception {
        writer.failuresLeft.set(1_000);
        writer.recoveryFails = true;
        Monitor m = new Monitor(ConfigLoader.load(config), config, fakes, Clock.systemUTC(),
                new PrintWriter(out, true), new PrintWriter(err, true), false);
        CompletableFuture<Integer> exit = runInBackground(m);
        awaitFailedWrites(1);

        m.stop();

        assertThat(exit.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(err.toString().lines().filter(l -> l.contains("LOST")).toList()).singleElement().asString()
                .matches("\\d+ rows LOST: held from failed writes, they could not be written \\(No space left on"
                        + " device\\) nor saved to a recovery file \\(no recovery file could be written.*\\)");
    }

    @Test
    void aDataFileTheStoreRefusesIsBadUsage() {
        Backends refusing = new Backends() {
            @Override
            public MinerClient client(ClientSettings settings) {
                return client;
            }

            @Override
            public MetricsWriter openStore(StoreSettings settings, Clock clock, Consumer<String> log)
                    throws IOException {
                throw new UnusablePathException("data/metrics-2026-11-20.csv is a symbolic link, not a regular file");
            }
        };
        Monitor m = new Monitor(ConfigLoader.load(config), config, refusing, Clock.systemUTC(),
                new PrintWriter(out, true), new PrintWriter(err, true), false);

        assertThatThrownBy(m::runOnce).isInstanceOfSatisfying(UserException.class,
                e -> assertThat(e.exitCode()).isEqualTo(2)).hasMessageContaining("is a symbolic link");
    }

    @Test
    void startUpLinesShowHostilePathsEscapedAndHugeOnesCut() {
        MonitorConfig base = ConfigLoader.load(config);
        Path hostile = dir.resolve("data\u001b]0;owned\u0007\nfake line/metrics.csv");
        Path huge = dir.resolve("d".repeat(1_000_000) + "/metrics.csv");
        for (Path csv : List.of(hostile, huge)) {
            MonitorConfig cfg = MonitorConfig.builder(base.miners()).csvPath(csv).build();
            new Monitor(cfg, config, fakes, Clock.systemUTC(), new PrintWriter(out, true), new PrintWriter(err, true),
                    false).runOnce();
        }

        List<String> startLines = out.toString().lines().filter(l -> l.startsWith("monitor: ")).toList();
        assertThat(startLines).hasSize(2);
        assertThat(startLines.get(0)).contains("data\\x1B]0;owned\\x07\\x0Afake line/metrics.csv")
                .doesNotContain("\u001b", "\u0007");
        assertThat(startLines.get(1)).hasSizeLessThan(600).containsPattern("\\.\\.\\.\\(10000\\d\\d chars\\)\\.\\.\\.")
                .endsWith("/metrics.csv, every 30 s (timeout 10 s, 3 retries)");
    }
}
