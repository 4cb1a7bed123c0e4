package io.github.bitaxemonitor.miner;

import io.github.bitaxemonitor.miner.PollResult.Kind;
import io.github.bitaxemonitor.model.MinerEndpoint;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One lane per miner: at most one request to a miner is in flight at a time, whether it is a poll or an action
 * (restart, a settings change). Old AxeOS web servers crashed under overlapping requests; Avalon controllers serve
 * one connection at a time. One instance is shared by every client of the process, keyed by address.
 *
 * <p>A poll asked for while the lane is busy is answered at once with TIMEOUT "previous poll still running" instead
 * of waiting or sharing the running one: sharing would hand the next cycle a reading (and its timestamp) that belongs
 * to the previous cycle, and a miner that has not answered for a whole cycle has, for that cycle, timed out. An
 * action waits its turn instead (an owner's restart must not be dropped because a poll was running), for at most
 * its own deadline.
 */
public final class MinerLanes {
    static final String STILL_RUNNING = "previous poll still running";

    private final ConcurrentHashMap<String, Lane> lanes = new ConcurrentHashMap<>();

    /** One miner's lane: busy or not, and the actions waiting for it. Guarded by itself. */
    private static final class Lane {
        boolean busy;
        final Deque<Runnable> waiting = new ArrayDeque<>();
    }

    /** Runs a poll now if the miner's lane is free; otherwise answers "previous poll still running" at once. */
    CompletableFuture<PollResult> poll(MinerEndpoint endpoint, Supplier<CompletableFuture<PollResult>> poll) {
        Lane lane = lanes.computeIfAbsent(endpoint.address(), a -> new Lane());
        synchronized (lane) {
            if (lane.busy) {
                return CompletableFuture.completedFuture(Failures.of(Kind.TIMEOUT, STILL_RUNNING, 0));
            }
            lane.busy = true;
        }
        return start(lane, poll).handle((result, thrown) -> thrown == null ? result : Failures.from(thrown, 0, 0));
    }

    /**
     * Runs {@code work} when the miner's lane is free, in the order actions were asked for. The returned future fails
     * with a {@link java.util.concurrent.TimeoutException} when the lane did not become free within {@code waitMs}.
     */
    public <T> CompletableFuture<T> act(MinerEndpoint endpoint, long waitMs, Supplier<CompletableFuture<T>> work) {
        Lane lane = lanes.computeIfAbsent(endpoint.address(), a -> new Lane());
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable turn = () -> {
            if (result.isDone()) {
                release(lane); // gave up waiting before its turn came
                return;
            }
            start(lane, work).whenComplete((v, t) -> {
                if (t != null) {
                    result.completeExceptionally(t);
                } else {
                    result.complete(v);
                }
            });
        };
        boolean now;
        synchronized (lane) {
            now = !lane.busy;
            if (now) {
                lane.busy = true;
            } else {
                lane.waiting.addLast(turn);
            }
        }
        if (now) {
            turn.run();
        }
        return result.orTimeout(waitMs, TimeUnit.MILLISECONDS);
    }

    /** Starts work that already holds the lane; the lane passes on as soon as the work ends, however it ends. */
    private <T> CompletableFuture<T> start(Lane lane, Supplier<CompletableFuture<T>> work) {
        CompletableFuture<T> started;
        try {
            started = work.get();
            if (started == null) {
                started = CompletableFuture.failedFuture(new IllegalStateException("no work started"));
            }
        } catch (RuntimeException e) {
            started = CompletableFuture.failedFuture(e);
        }
        // release before anyone sees the result, so a poll started from a completion callback is not refused
        return started.whenComplete((v, t) -> release(lane));
    }

    private void release(Lane lane) {
        Runnable next;
        synchronized (lane) {
            next = lane.waiting.pollFirst();
            lane.busy = next != null;
        }
        if (next != null) {
            next.run();
        }
    }
}
