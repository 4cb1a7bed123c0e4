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
    CompletableFuture<PollResult> poll(MinerEndpoint endpoint);

    @Override
    void close();
}
