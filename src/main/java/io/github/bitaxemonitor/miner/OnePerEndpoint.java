package io.github.bitaxemonitor.miner;

import io.github.bitaxemonitor.miner.PollResult.Kind;
import io.github.bitaxemonitor.model.MinerEndpoint;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Keeps at most one poll per miner in flight (old AxeOS web servers crashed under overlapping requests; Avalon
 * controllers serve one connection at a time).
 *
 * <p>A poll asked for while the previous one for the same address is still running is answered at once with TIMEOUT
 * "previous poll still running" instead of sharing the running one: sharing would hand the next cycle a reading
 * (and its timestamp) that belongs to the previous cycle, and a miner that has not answered for a whole cycle has,
 * for that cycle, timed out.
 */
final class OnePerEndpoint {
    static final String STILL_RUNNING = "previous poll still running";

    private final Set<String> running = ConcurrentHashMap.newKeySet();

    CompletableFuture<PollResult> run(MinerEndpoint endpoint, Supplier<CompletableFuture<PollResult>> poll) {
        String key = endpoint.address();
        if (!running.add(key)) {
            return CompletableFuture.completedFuture(Failures.of(Kind.TIMEOUT, STILL_RUNNING, 0));
        }
        CompletableFuture<PollResult> started;
        try {
            started = poll.get();
        } catch (RuntimeException e) {
            started = CompletableFuture.failedFuture(e);
        }
        // release before anyone sees the result, so a poll started from a completion callback is not refused
        return started.handle((result, thrown) -> {
            running.remove(key);
            return thrown == null ? result : Failures.from(thrown, 0, 0);
        });
    }
}
