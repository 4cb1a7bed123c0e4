package io.github.bitaxemonitor.miner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.MinerKind;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class MinerLanesTest {
    private static final MinerEndpoint MINER = new MinerEndpoint("127.0.0.1", 80, null, MinerKind.BITAXE);
    private static final MinerEndpoint OTHER = new MinerEndpoint("127.0.0.2", 80, null, MinerKind.BITAXE);
    private final MinerLanes lanes = new MinerLanes();

    @Test
    void aPollWhileAnActionRunsIsRefusedAtOnce() {
        CompletableFuture<String> action = new CompletableFuture<>();
        lanes.act(MINER, 5_000, () -> action);
        CompletableFuture<PollResult> poll = lanes.poll(MINER, () -> {
            throw new AssertionError("must not start");
        });
        assertThat(poll).isDone();
        assertThat(((PollResult.Failure) poll.join()).detail()).isEqualTo(MinerLanes.STILL_RUNNING);
    }

    @Test
    void anActionWaitsForTheRunningPollThenRunsInOrder() {
        List<String> order = new CopyOnWriteArrayList<>();
        CompletableFuture<PollResult> reply = new CompletableFuture<>();
        lanes.poll(MINER, () -> {
            order.add("poll");
            return reply;
        });
        CompletableFuture<String> first = lanes.act(MINER, 5_000, () -> {
            order.add("restart");
            return CompletableFuture.completedFuture("restarted");
        });
        CompletableFuture<String> second = lanes.act(MINER, 5_000, () -> {
            order.add("identify");
            return CompletableFuture.completedFuture("identified");
        });
        assertThat(first).isNotDone();
        reply.complete(new PollResult.Failure(PollResult.Kind.TIMEOUT, "x", 0));
        assertThat(first.join()).isEqualTo("restarted");
        assertThat(second.join()).isEqualTo("identified");
        assertThat(order).containsExactly("poll", "restart", "identify");
    }

    @Test
    void anActionThatWaitsTooLongTimesOutAndNeverRuns() {
        CompletableFuture<PollResult> stuck = new CompletableFuture<>();
        lanes.poll(MINER, () -> stuck);
        List<String> ran = new CopyOnWriteArrayList<>();
        CompletableFuture<String> action = lanes.act(MINER, 50, () -> {
            ran.add("x");
            return CompletableFuture.completedFuture("x");
        });
        assertThat(action).failsWithin(java.time.Duration.ofSeconds(5)).withThrowableOfType(
                java.util.concurrent.ExecutionException.class).withCauseInstanceOf(TimeoutException.class);
        stuck.complete(new PollResult.Failure(PollResult.Kind.TIMEOUT, "x", 0));
        assertThat(ran).isEmpty();
        assertThat(lanes.poll(MINER, () -> CompletableFuture.completedFuture(
                new PollResult.Failure(PollResult.Kind.TIMEOUT, "free", 0))).join())
                .extracting(r -> ((PollResult.Failure) r).detail()).isEqualTo("free");
    }

    @Test
    void differentMinersHaveDifferentLanes() {
        lanes.poll(MINER, CompletableFuture::new);
        CompletableFuture<PollResult> other = lanes.poll(OTHER, () -> CompletableFuture.completedFuture(
                new PollResult.Failure(PollResult.Kind.TIMEOUT, "ran", 0)));
        assertThat(((PollResult.Failure) other.join()).detail()).isEqualTo("ran");
    }

    @Test
    void workThatThrowsStillFreesTheLane() {
        CompletableFuture<String> failed = lanes.act(MINER, 1_000, () -> {
            throw new IllegalStateException("boom");
        });
        assertThat(failed).isCompletedExceptionally();
        assertThat(lanes.act(MINER, 1_000, () -> CompletableFuture.completedFuture("ok")).join()).isEqualTo("ok");
    }
}
