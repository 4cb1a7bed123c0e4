package io.github.bitaxemonitor.collect;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.config.MonitorConfig;
import io.github.bitaxemonitor.miner.PollResult;
import io.github.bitaxemonitor.testing.Samples;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectorLoopTest {
    @TempDir
    Path dir;

    private final MemoryWriter writer = new MemoryWriter();
    private final List<CycleReport> reports = new CopyOnWriteArrayList<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();

    private FakeMinerClient answeringAfter(long millis, CountDownLatch polled) {
        return new FakeMinerClient(ep -> {
            polled.countDown();
            return CompletableFuture.supplyAsync(
                    () -> new PollResult.Success(Samples.reading(Samples.gamma(ep.address(), Clock.systemUTC().instant()).build()), 1),
                    CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS));
        });
    }

    private CollectorLoop loop(MonitorConfig cfg, FakeMinerClient client) {
        Collector c = new Collector(cfg, client, writer, HostnameCache.load(cfg.hostnameCache(), errors::add),
                Clock.systemUTC());
        return new CollectorLoop(c, cfg.pollInterval(), reports::add, errors::add);
    }

    @Test
    void stopLetsTheCycleInProgressFinishAndBeWritten() throws InterruptedException {
        MonitorConfig cfg = MonitorConfig.builder(CollectorTest.loopbackMiners(5))
                .csvPath(dir.resolve("data/metrics.csv")).build();
        CountDownLatch polled = new CountDownLatch(5);
        CollectorLoop loop = loop(cfg, answeringAfter(300, polled));

        loop.start();
        assertThat(polled.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(loop.stop(Duration.ofSeconds(10))).isTrue();

        assertThat(writer.cycles).hasSize(1);
        assertThat(writer.lastCycle()).hasSize(5);
        assertThat(reports).hasSize(1);
        assertThat(errors).isEmpty();
    }

    @Test
    void cyclesStartAtAFixedRateWhateverEachCycleTakes() throws InterruptedException {
        MonitorConfig cfg = MonitorConfig.builder(CollectorTest.loopbackMiners(1)).pollInterval(Duration.ofSeconds(1))
                .timeout(Duration.ofMillis(800)).retries(0).csvPath(dir.resolve("data/metrics.csv")).build();
        CollectorLoop loop = loop(cfg, answeringAfter(700, new CountDownLatch(0)));

        loop.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (reports.size() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        loop.stop(Duration.ofSeconds(5));

        assertThat(reports.size()).isGreaterThanOrEqualTo(3);
        // Starting each cycle an interval after the previous one ended would put the third start at >= 3.4 s.
        Duration firstToThird = Duration.between(reports.get(0).started(), reports.get(2).started());
        assertThat(firstToThird).isBetween(Duration.ofMillis(1900), Duration.ofMillis(3000));
    }

    @Test
    void aCycleThatFailsUnexpectedlyDoesNotEndTheLoop() throws InterruptedException {
        MonitorConfig cfg = MonitorConfig.builder(CollectorTest.loopbackMiners(1)).pollInterval(Duration.ofSeconds(1))
                .timeout(Duration.ofMillis(500)).retries(0).csvPath(dir.resolve("data/metrics.csv")).build();
        Collector c = new Collector(cfg, answeringAfter(0, new CountDownLatch(0)), writer,
                HostnameCache.load(cfg.hostnameCache(), errors::add), Clock.systemUTC());
        CollectorLoop loop = new CollectorLoop(c, cfg.pollInterval(), r -> {
            reports.add(r);
            if (reports.size() == 1) {
                throw new IllegalStateException("console gone");
            }
        }, errors::add);

        loop.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (reports.size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        loop.stop(Duration.ofSeconds(5));

        assertThat(reports).hasSizeGreaterThanOrEqualTo(2);
        assertThat(errors).first().isEqualTo("cycle failed: console gone (polling goes on)");
    }
}
