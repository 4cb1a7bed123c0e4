package io.github.bitaxemonitor.collect;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.config.ConfigFile;
import io.github.bitaxemonitor.config.ConfigLoader;
import io.github.bitaxemonitor.miner.ClientSettings;
import io.github.bitaxemonitor.miner.MinerClient;
import io.github.bitaxemonitor.miner.PollResult;
import io.github.bitaxemonitor.store.MetricsWriter;
import io.github.bitaxemonitor.store.StoreSettings;
import io.github.bitaxemonitor.testing.Samples;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A running monitor follows config.yaml: miners come and go at the next cycle; a broken edit keeps the old config. */
class ConfigReloadTest {
    @TempDir
    Path dir;

    private final MemoryWriter writer = new MemoryWriter();
    private final FakeMinerClient client = new FakeMinerClient(ep -> CompletableFuture.completedFuture(
            new PollResult.Success(Samples.reading(Samples.gamma(ep.address(), Clock.systemUTC().instant())
                    .hashrateGhs(1000.0).powerW(18.0).build()), 3)));
    private final Backends fakes = new Backends() {
        @Override
        public MinerClient client(ClientSettings settings) {
            return client;
        }

        @Override
        public MetricsWriter openStore(StoreSettings settings, Clock clock, Consumer<String> log) {
            return writer;
        }
    };

    private static String config(String... miners) {
        StringBuilder sb = new StringBuilder("# my fleet\nminers:\n");
        for (String m : miners) {
            sb.append("  - ").append(m).append('\n');
        }
        return sb.append("poll_interval: 1\ntimeout: 0.5\nretries: 0\n").toString();
    }

    /** Reports until one polls exactly these addresses; fails after ten cycles. */
    private static CycleReport until(BlockingQueue<CycleReport> reports, String... addresses) throws Exception {
        for (int i = 0; i < 10; i++) {
            CycleReport r = reports.poll(10, TimeUnit.SECONDS);
            assertThat(r).as("a cycle report").isNotNull();
            if (r.outcomes().stream().map(o -> o.endpoint().address()).toList().equals(List.of(addresses))) {
                return r;
            }
        }
        throw new AssertionError("no cycle polled " + List.of(addresses));
    }

    @Test
    void minersAddedAndRemovedInTheFileArePolledFromTheNextCycleAndABadEditKeepsTheRunningConfig()
            throws Exception {
        Path file = dir.resolve("config.yaml");
        Files.writeString(file, config("127.0.0.1:18080", "127.0.0.1:18081"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Monitor monitor = new Monitor(ConfigLoader.load(file), file, fakes, Clock.systemUTC(),
                new PrintWriter(out, true), new PrintWriter(err, true), false);
        BlockingQueue<CycleReport> reports = new LinkedBlockingQueue<>();
        monitor.addListener(reports::add);
        List<CycleReport> all = new java.util.concurrent.CopyOnWriteArrayList<>();
        monitor.addListener(all::add);
        Thread running = new Thread(() -> {
            try {
                monitor.runForever();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        running.start();
        try {
            until(reports, "127.0.0.1:18080", "127.0.0.1:18081");
            ConfigFile.write(file, config("127.0.0.1:18081", "127.0.0.1:18082", "127.0.0.1:18083"));
            CycleReport after = until(reports, "127.0.0.1:18081", "127.0.0.1:18082", "127.0.0.1:18083");
            assertThat(after.rowsWritten()).isEqualTo(3);
            assertThat(out.toString()).contains("config reloaded: 3 miners, added 127.0.0.1:18082 127.0.0.1:18083,"
                    + " removed 127.0.0.1:18080");

            ConfigFile.write(file, config("127.0.0.1:18081", "127.0.0.1:99999"));
            until(reports, "127.0.0.1:18081", "127.0.0.1:18082", "127.0.0.1:18083");
            CycleReport kept = until(reports, "127.0.0.1:18081", "127.0.0.1:18082", "127.0.0.1:18083");
            assertThat(kept.rowsWritten()).isEqualTo(3);
            List<String> complaints = err.toString().lines().filter(l -> l.contains("not reloaded")).toList();
            assertThat(complaints).singleElement().asString().contains("keeping the running one")
                    .contains("config.yaml:4:").contains("port must be");

            Files.writeString(file, config("127.0.0.1:18084"));
            monitor.reloadConfig(); // SIGHUP
            until(reports, "127.0.0.1:18084");
        } finally {
            monitor.stop();
            running.join(10_000);
        }
        assertThat(running.isAlive()).isFalse();
        // Every cycle, before and after each reload, wrote one row per miner it polled: none lost.
        assertThat(writer.cycles).hasSameSizeAs(all);
        for (int i = 0; i < all.size(); i++) {
            assertThat(writer.cycles.get(i)).hasSize(all.get(i).outcomes().size());
        }
    }
}
