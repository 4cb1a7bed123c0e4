package io.github.bitaxemonitor.miner;

import io.github.bitaxemonitor.model.MinerEndpoint;
import java.util.concurrent.CompletableFuture;

/**
 * Asks one miner for its current state. Implementations speak one protocol each (AxeOS HTTP, CGMiner TCP) and are
 * shared by every miner of that kind, so they must allow many polls to be in flight at once while keeping at most one
 * per endpoint.
 *
 * <p>The returned future never completes exceptionally: every way a poll can go wrong is a {@link PollResult.Failure},
 * so one hostile miner cannot break the collector.
 */
public interface MinerClient extends AutoCloseable {
    /**
     * Polls with at most {@code retries} further attempts after a failed one (the client's own setting caps it: the
     * collector asks for 0 for a miner that has been OFFLINE for a while, so a dead address costs one attempt a cycle
     * and a miner that comes back is seen in the next cycle).
     */
    CompletableFuture<PollResult> poll(MinerEndpoint endpoint, int retries);

    /** Polls with the configured retries. */
    default CompletableFuture<PollResult> poll(MinerEndpoint endpoint) {
        return poll(endpoint, Integer.MAX_VALUE);
    }

    @Override
    void close();
}
