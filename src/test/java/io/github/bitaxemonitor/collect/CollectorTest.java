package io.github.bitaxemonitor.collect;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.config.MonitorConfig;
import io.github.bitaxemonitor.health.ThresholdOverrides;
import io.github.bitaxemonitor.health.ThresholdPolicy;
import io.github.bitaxemonitor.miner.PollResult;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.MinerKind;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.testing.Samples;
import io.github.bitaxemonitor.testing.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectorTest {
    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(Instant.parse("2025-06-01T12:00:00Z"));
    private final MemoryWriter writer = new MemoryWriter();

    static List<MinerEndpoint> loopbackMiners(int n) {
        List<MinerEndpoint> miners = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            miners.add(new MinerEndpoint("127.0.0.1", 10_000 + i, null, MinerKind.BITAXE));
        }
        return miners;
    }

    private MonitorConfig.Builder config(int miners) {
        return MonitorConfig.builder(loopbackMiners(miners)).csvPath(dir.resolve("data/metrics.csv"));
    }

    private Collector collector(MonitorConfig config, FakeMinerClient client) {
        return new Collector(config, client, writer,
                HostnameCache.load(config.hostnameCache(), line -> { }), clock);
    }

    private CompletableFuture<PollResult> reading(MinerEndpoint ep, Function<Sample.Builder, Sample.Builder> f) {
        return CompletableFuture.completedFuture(
                new PollResult.Success(Samples.reading(f.apply(Samples.gamma(ep.address(), clock.instant())).build()),
                        5));
    }

    private static CompletableFuture<PollResult> unreachable() {
        return CompletableFuture.completedFuture(
                new PollResult.Failure(PollResult.Kind.UNREACHABLE, "connection refused", 1));
    }

    @Test
    void rowsAreStampedToTheMillisecondWhetherAnsweredOrNot() {
        java.time.Instant precise = java.time.Instant.parse("2026-11-20T10:00:00.123456789Z");
        FakeMinerClient client = new FakeMinerClient(ep -> ep.port() == 10_000
                ? CompletableFuture.completedFuture(new PollResult.Success(Samples.reading(
                        Samples.gamma(ep.address(), precise).build()), 5))
                : unreachable());

        CycleReport r = collector(config(2).build(), client).runCycle();

        assertThat(r.samples().get(0).timestamp()).isEqualTo(java.time.Instant.parse("2026-11-20T10:00:00.123Z"));
        assertThat(r.samples().get(1).timestamp().getNano() % 1_000_000).isZero();
    }

    @Test
    void aThousandSlowMinersArePolledAtOnceInOneCycle() {
        FakeMinerClient client = new FakeMinerClient(ep -> CompletableFuture.supplyAsync(
                () -> new PollResult.Success(Samples.reading(Samples.gamma(ep.address(), clock.instant()).build()), 200),
                CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS)));
        Collector c = collector(config(1000).build(), client);

        long start = System.nanoTime();
        CycleReport r = c.runCycle();
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;

        // Serially this would take 1,000 x 200 ms = 200 s; concurrently it takes about one reply.
        assertThat(elapsedMs).isLessThan(5_000);
        assertThat(r.samples()).hasSize(1000).allMatch(s -> s.status() == Status.ONLINE);
        assertThat(writer.cycles).hasSize(1);
        assertThat(writer.lastCycle()).extracting(Sample::address).doesNotHaveDuplicates();
    }

    @Test
    void hangingMinerGetsTimeoutWithoutDelayingTheOthersOrTheNextCycle() {
        MonitorConfig cfg = config(3).pollInterval(Duration.ofSeconds(1)).timeout(Duration.ofMillis(200))
                .retries(0).build();
        FakeMinerClient client = new FakeMinerClient(ep -> ep.port() == 10_001 ? new CompletableFuture<>()
                : reading(ep, b -> b));
        Collector c = collector(cfg, client);

        for (int cycle = 1; cycle <= 2; cycle++) {
            long start = System.nanoTime();
            CycleReport r = c.runCycle();
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            assertThat(elapsedMs).isLessThan(cfg.pollInterval().toMillis());
            assertThat(r.samples()).extracting(Sample::status)
                    .containsExactly(Status.ONLINE, Status.TIMEOUT, Status.ONLINE);
            assertThat(r.samples().get(1).error()).isEqualTo("no reply within the cycle deadline of 0.2 s");
        }
        assertThat(writer.cycles).hasSize(2).allMatch(rows -> rows.size() == 3);
    }

    @Test
    void aMisbehavingClientCostsOneErrorRowPerMinerAndNothingElse() {
        FakeMinerClient client = new FakeMinerClient(ep -> switch (ep.port()) {
            case 10_000 -> throw new IllegalStateException("boom");
            case 10_001 -> CompletableFuture.failedFuture(new RuntimeException("broken\nfuture"));
            case 10_002 -> null;
            default -> reading(ep, b -> b);
        });
        Collector c = collector(config(4).build(), client);

        for (int cycle = 0; cycle < 3; cycle++) {
            CycleReport r = c.runCycle();
            assertThat(r.samples()).extracting(Sample::status)
                    .containsExactly(Status.ERROR, Status.ERROR, Status.ERROR, Status.ONLINE);
            assertThat(r.samples()).extracting(Sample::error).containsExactly(
                    "client failed: boom", "client failed: broken", "client returned no poll", null);
        }
        assertThat(writer.cycles).hasSize(3);
    }

    private static ThresholdPolicy offlineAfter(int n) {
        return new ThresholdPolicy(ThresholdOverrides.NONE, Map.of(), Map.of(), Map.of(), n);
    }

    @Test
    void anOfflineMinerIsPolledEveryCycleWithoutRetriesAndKeepsItsRealCause() {
        MonitorConfig cfg = config(2).thresholds(offlineAfter(2)).build();
        FakeMinerClient client = new FakeMinerClient(ep -> ep.port() == 10_000 ? unreachable() : reading(ep, b -> b));
        Collector c = collector(cfg, client);
        String dead = "127.0.0.1:10000";

        for (int cycle = 1; cycle <= 5; cycle++) {
            Sample row = c.runCycle().samples().get(0);
            assertThat(row.status()).isEqualTo(Status.OFFLINE);
            assertThat(row.error()).isEqualTo("connection refused");
        }
        // Full retries until offline_after (2) failures in a row, then one attempt a cycle.
        assertThat(client.retries.get(dead)).containsExactly(Integer.MAX_VALUE, Integer.MAX_VALUE, 0, 0, 0);
        assertThat(client.retries.get("127.0.0.1:10001")).containsOnly(Integer.MAX_VALUE).hasSize(5);
        assertThat(writer.cycles).hasSize(5).allMatch(rows -> rows.size() == 2);
    }

    @Test
    void aMinerThatComesBackIsSeenInTheNextCycleAndRetriedFullyAgain() {
        MonitorConfig cfg = config(1).thresholds(offlineAfter(1)).build();
        Map<String, Boolean> alive = new ConcurrentHashMap<>(Map.of("up", false));
        FakeMinerClient client = new FakeMinerClient(ep -> alive.get("up") ? reading(ep, b -> b) : unreachable());
        Collector c = collector(cfg, client);
        for (int cycle = 1; cycle <= 10; cycle++) {
            c.runCycle();
        }
        alive.put("up", true);
        assertThat(c.runCycle().samples().get(0).status()).isEqualTo(Status.ONLINE);
        c.runCycle();
        assertThat(client.retries.get("127.0.0.1:10000")).endsWith(0, Integer.MAX_VALUE);
    }

    @Test
    void uptimeGoingDownIsReportedAsRebootedForOneCycle() {
        AtomicLong uptime = new AtomicLong(1000);
        FakeMinerClient client = new FakeMinerClient(ep -> reading(ep, b -> b.uptimeS(uptime.get())));
        Collector c = collector(config(1).build(), client);

        List<Status> statuses = new ArrayList<>();
        for (long u : new long[] {1000, 1030, 5, 35}) {
            uptime.set(u);
            statuses.add(c.runCycle().samples().get(0).status());
            clock.advance(Duration.ofSeconds(30));
        }
        assertThat(statuses).containsExactly(Status.ONLINE, Status.ONLINE, Status.REBOOTED, Status.ONLINE);
    }

    @Test
    void sharesFrozenForTheStallTimeAreStalledUntilTheyMove() {
        AtomicLong accepted = new AtomicLong(500);
        FakeMinerClient client = new FakeMinerClient(ep -> reading(ep, b -> b.sharesAccepted(accepted.get())));
        Collector c = collector(config(1).build(), client);

        List<Status> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            statuses.add(c.runCycle().samples().get(0).status());
            clock.advance(Duration.ofMinutes(5));
        }
        accepted.incrementAndGet();
        statuses.add(c.runCycle().samples().get(0).status());
        // Seen at 0 min; unchanged at 5, 10 (ONLINE); 15 and 20 min without a share: STALLED; then a share.
        assertThat(statuses).containsExactly(Status.ONLINE, Status.ONLINE, Status.ONLINE, Status.STALLED,
                Status.STALLED, Status.ONLINE);
    }

    @Test
    void rowsTakeTheConfiguredAliasAndTheCachedHostname() {
        List<MinerEndpoint> miners = List.of(new MinerEndpoint("127.0.0.1", 10_000, "gamma-02", MinerKind.BITAXE));
        Map<String, String> names = new ConcurrentHashMap<>(Map.of("name", "bitaxe-a"));
        FakeMinerClient client = new FakeMinerClient(ep -> reading(ep, b -> b.hostname(names.get("name"))));
        MonitorConfig cfg = MonitorConfig.builder(miners).csvPath(dir.resolve("data/metrics.csv")).build();
        Collector c = collector(cfg, client);

        Sample first = c.runCycle().samples().get(0);
        names.put("name", "Unknown");
        Sample second = c.runCycle().samples().get(0);

        assertThat(first.alias()).isEqualTo("gamma-02");
        assertThat(first.hostname()).isEqualTo("bitaxe-a");
        assertThat(second.hostname()).isEqualTo("bitaxe-a");
        assertThat(second.displayName()).isEqualTo("gamma-02");
        assertThat(HostnameCache.load(cfg.hostnameCache(), line -> { }).resolve("127.0.0.1:10000", "127.0.0.1", null))
                .isEqualTo("bitaxe-a");
    }

    @Test
    void failedWriteKeepsPollingAndTheRowsAreWrittenWithTheNextCycle() {
        writer.failuresLeft.set(2);
        FakeMinerClient client = new FakeMinerClient(ep -> reading(ep, b -> b));
        Collector c = collector(config(3).build(), client);

        CycleReport first = c.runCycle();
        CycleReport second = c.runCycle();
        CycleReport third = c.runCycle();

        assertThat(first.written()).isFalse();
        assertThat(first.writeError()).isEqualTo("No space left on device");
        assertThat(first.heldRows()).isEqualTo(3);
        assertThat(second.heldRows()).isEqualTo(6);
        assertThat(third.written()).isTrue();
        assertThat(third.rowsWritten()).isEqualTo(9);
        assertThat(writer.cycles).hasSize(1);
        assertThat(writer.lastCycle()).hasSize(9);
        assertThat(client.polled).hasSize(9);
    }

    @Test
    void aCycleOfMoreMinersThanTheHeldRowsCapIsWrittenWhole() {
        FakeMinerClient client = new FakeMinerClient(ep -> reading(ep, b -> b));
        Collector c = collector(config(25_000).build(), client);

        CycleReport r = c.runCycle();

        assertThat(r.written()).isTrue();
        assertThat(r.rowsWritten()).isEqualTo(25_000);
        assertThat(r.warnings()).isEmpty();
        assertThat(writer.lastCycle()).hasSize(25_000);
    }
}
