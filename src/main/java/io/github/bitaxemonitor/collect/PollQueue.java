package io.github.bitaxemonitor.collect;

import io.github.bitaxemonitor.miner.PollResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * One cycle's polls, at most {@code atOnce} in flight: the first ones start at once, each that ends starts the next,
 * until every miner was polled or the cycle's deadline {@link #close closes} the queue. Polls not started by then are
 * never started (their miners get a "not polled" row); started ones are awaited as usual. The order starts at
 * {@code first} and wraps around, so the miners a too-big fleet leaves out change from cycle to cycle.
 *
 * <p>Thread-safe: polls end on the clients' threads and start the next poll there.
 */
final class PollQueue {
    private final int size;
    private final int first;
    private final IntFunction<CompletableFuture<PollResult>> start;
    /** One per miner, by index; completed with its poll's result (started polls only). */
    private final List<CompletableFuture<PollResult>> results;
    /** Guarded by this: how many polls were taken (in queue order), and whether the deadline has passed. */
    private int taken;
    private boolean closed;

    /**
     * @param size  miners in the cycle
     * @param first index of the miner polled first
     * @param start starts the poll of a miner, by index; must not throw
     */
    PollQueue(int size, int first, IntFunction<CompletableFuture<PollResult>> start) {
        this.size = size;
        this.first = size == 0 ? 0 : Math.floorMod(first, size);
        this.start = start;
        this.results = Stream.generate(CompletableFuture<PollResult>::new).limit(size).toList();
    }

    /** Starts the first {@code atOnce} polls; each one that ends starts the next. */
    void run(int atOnce) {
        for (int i = 0; i < Math.min(atOnce, size); i++) {
            drive();
        }
    }

    /** The result of miner {@code index}'s poll, completed when that poll ends (never, if it was never started). */
    CompletableFuture<PollResult> result(int index) {
        return results.get(index);
    }

    /**
     * Stops starting polls.
     *
     * @return how many were started, in queue order: miners {@code first, first + 1, ...} (wrapping)
     */
    synchronized int close() {
        closed = true;
        return taken;
    }

    /** Whether miner {@code index} was among the first {@code started} in queue order. */
    boolean started(int index, int started) {
        return Math.floorMod(index - first, size) < started;
    }

    /**
     * Starts polls one after the other for as long as they end at once (a busy lane, a refused address); stops at the
     * first that is still running, whose end continues the chain. A loop, not recursion: 100,000 polls that end at
     * once must not nest 100,000 deep.
     */
    private void drive() {
        for (int i; (i = take()) >= 0; ) {
            CompletableFuture<PollResult> poll = start.apply(i);
            CompletableFuture<PollResult> result = results.get(i);
            poll.whenComplete((r, t) -> {
                if (t == null) {
                    result.complete(r);
                } else {
                    result.completeExceptionally(t);
                }
            });
            if (!poll.isDone()) {
                poll.whenComplete((r, t) -> drive());
                return;
            }
        }
    }

    private synchronized int take() {
        if (closed || taken >= size) {
            return -1;
        }
        return (first + taken++) % size;
    }
}
