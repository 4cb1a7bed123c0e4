package io.github.bitaxemonitor.miner;

import java.util.concurrent.CompletableFuture;

/** TEMP stand-in so the collect branch compiles; the miner branch provides the real factory. */
public final class MinerClients {
    private MinerClients() {
    }

    public static MinerClient create(ClientSettings settings) {
        return new MinerClient() {
            @Override
            public CompletableFuture<PollResult> poll(io.github.bitaxemonitor.model.MinerEndpoint endpoint) {
                return CompletableFuture.completedFuture(
                        new PollResult.Failure(PollResult.Kind.UNREACHABLE, "miner client not built yet", 0));
            }

            @Override
            public void close() {
            }
        };
    }
}
