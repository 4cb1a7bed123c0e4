package io.github.bitaxemonitor.miner;

import io.github.bitaxemonitor.model.MinerEndpoint;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;

/** The one way to get a {@link MinerClient}: it speaks to each endpoint in the protocol its {@code kind} names. */
public final class MinerClients {
    private MinerClients() {
    }

    /**
     * A client for every miner kind, sharing {@code settings}. At most one poll per endpoint address is in flight: a
     * poll asked for while the previous one is still running completes at once as TIMEOUT "previous poll still
     * running". Closing it closes both protocol clients.
     */
    public static MinerClient create(ClientSettings settings) {
        return create(settings, new MinerLanes());
    }

    /** As {@link #create(ClientSettings)}, sharing {@code lanes} with whatever else talks to the same miners. */
    public static MinerClient create(ClientSettings settings, MinerLanes lanes) {
        return create(settings, lanes, Integer.MAX_VALUE);
    }

    /**
     * As {@link #create(ClientSettings, MinerLanes)}, keeping at most {@code budget}'s {@link SocketBudget#keptAlive}
     * HTTP connections open (the caller keeps polls in flight within {@link SocketBudget#pollsAtOnce}).
     */
    public static MinerClient create(ClientSettings settings, MinerLanes lanes, SocketBudget budget) {
        return create(settings, lanes, budget.keptAlive());
    }

    private static MinerClient create(ClientSettings settings, MinerLanes lanes, int keptAlive) {
        Clock clock = Clock.systemUTC();
        return new ByKind(new BitaxeClient(settings, Retrying.DEFAULT, clock, lanes, keptAlive),
                new CgminerClient(settings, Retrying.DEFAULT, clock, lanes));
    }

    private record ByKind(MinerClient bitaxe, MinerClient cgminer) implements MinerClient {
        @Override
        public CompletableFuture<PollResult> poll(MinerEndpoint endpoint, int retries) {
            return switch (endpoint.kind()) {
                case BITAXE -> bitaxe.poll(endpoint, retries);
                case CGMINER -> cgminer.poll(endpoint, retries);
            };
        }

        @Override
        public void close() {
            try {
                bitaxe.close();
            } finally {
                cgminer.close();
            }
        }
    }
}
