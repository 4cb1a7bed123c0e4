package io.github.bitaxemonitor.collect;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.config.MonitorConfig;
import io.github.bitaxemonitor.miner.PollResult;
import io.github.bitaxemonitor.miner.SocketBudget;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.testing.Samples;
import io.github.bitaxemonitor.testing.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fleet bigger than the process may open sockets for: polls bounded, queued within the cycle, every row written. */
class PollBudgetTest {
    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(Instant.parse("2025-06-01T12:00:00Z"));
    private final MemoryWriter writer = new MemoryWriter();

    private Collector collector(MonitorConfig config, FakeMinerClient client, int pollsAtOnce) {
        return new Collector(config, client, writer, HostnameCache.load(config.hostnameCache(), line -> { }), clock,
                new SocketBudget(2L * pollsAtOnce, 0, 0));
    }

    private MonitorConfig config(int miners, Duration timeout) {
        return MonitorConfig.builder(CollectorTest.loopbackMiners(miners)).csvPath(dir.resolve("data/metrics.csv"))
                .pollInterval(Duration.ofSeconds(5)).timeout(timeout).retries(0).build();
    }

    @Test
    void pollsInFlightStayWithinTheBudgetAndTheRestArePolledLaterInTheSameCycle() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        FakeMinerClient client = new FakeMinerClient(ep -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            return CompletableFuture.supplyAsync(() -> {
                inFlight.decrementAndGet();
                return (PollResult) new PollResult.Success(
                        Samples.reading(Samples.gamma(ep.address(), clock.instant()).build()), 10);
            }, CompletableFuture.delayedExecutor(10, TimeUnit.MILLISECONDS));
        });

        CycleReport r = collector(config(40, Duration.ofSeconds(2)), client, 3).runCycle();

        assertThat(most.get()).isLessThanOrEqualTo(3);
        assertThat(r.samples()).hasSize(40).allMatch(s -> s.status() == Status.ONLINE);
        assertThat(r.warnings()).isEmpty();
        assertThat(writer.lastCycle()).extracting(Sample::address).doesNotHaveDuplicates().hasSize(40);
    }

    @Test
    void pollsThatEndAtOnceDoNotNestTheirSuccessors() {
        FakeMinerClient client = new FakeMinerClient(ep -> CompletableFuture.completedFuture(
                new PollResult.Failure(PollResult.Kind.UNREACHABLE, "connection refused", 0)));

        CycleReport r = collector(config(50_000, Duration.ofSeconds(2)), client, 1).runCycle();

        assertThat(r.samples()).hasSize(50_000).allMatch(s -> s.status() == Status.OFFLINE);
    }

    @Test
    void minersTheCycleHadNoTimeForGetARowSayingSoAndComeFirstInTheNextCycle() {
        FakeMinerClient client = new FakeMinerClient(ep -> new CompletableFuture<>()); // nobody answers
        Collector c = collector(config(5, Duration.ofMillis(200)), client, 2);

        CycleReport first = c.runCycle();

        assertThat(first.samples()).hasSize(5).allMatch(s -> s.status() == Status.TIMEOUT);
        assertThat(first.samples()).extracting(Sample::error).containsExactly(
                "no reply within the cycle deadline of 0.2 s", "no reply within the cycle deadline of 0.2 s",
                notPolled(2), notPolled(2), notPolled(2));
        assertThat(first.warnings()).singleElement().asString()
                .startsWith("3 of 5 miners not polled this cycle: the fleet is larger than one cycle can poll (2 polls at once");
        assertThat(client.polled).containsExactly("127.0.0.1:10000", "127.0.0.1:10001");

        CycleReport second = c.runCycle();

        assertThat(client.polled.subList(2, 4)).containsExactly("127.0.0.1:10002", "127.0.0.1:10003");
        assertThat(second.samples()).extracting(Sample::error).containsExactly(notPolled(2), notPolled(2),
                "no reply within the cycle deadline of 0.2 s", "no reply within the cycle deadline of 0.2 s",
                notPolled(2));
        assertThat(writer.cycles).hasSize(2).allMatch(rows -> rows.size() == 5);
    }

    private static String notPolled(int atOnce) {
        return "not polled: the fleet is larger than one cycle can poll with " + atOnce + " polls at once";
    }

    @Test
    void aFleetWithinTheBudgetIsPolledAllAtOnce() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        FakeMinerClient client = new FakeMinerClient(ep -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            return CompletableFuture.supplyAsync(() -> {
                inFlight.decrementAndGet();
                return (PollResult) new PollResult.Success(
                        Samples.reading(Samples.gamma(ep.address(), clock.instant()).build()), 50);
            }, CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS));
        });

        collector(config(20, Duration.ofSeconds(2)), client, 100).runCycle();

        assertThat(most.get()).isEqualTo(20);
    }

}
