package io.github.bitaxemonitor.collect;

import io.github.bitaxemonitor.miner.AxeOsHistory;
import io.github.bitaxemonitor.miner.ClientSettings;
import io.github.bitaxemonitor.miner.MinerClient;
import io.github.bitaxemonitor.miner.MinerClients;
import io.github.bitaxemonitor.miner.MinerLanes;
import io.github.bitaxemonitor.miner.SocketBudget;
import io.github.bitaxemonitor.store.CsvMetricsStore;
import io.github.bitaxemonitor.store.MetricsWriter;
import io.github.bitaxemonitor.store.StoreSettings;
import java.io.IOException;
import java.time.Clock;
import java.util.function.Consumer;

/** Where the monitor gets its miner client and its store: the real ones in production, fakes in tests. */
public interface Backends {
    /** A client for every miner kind in the config. */
    MinerClient client(ClientSettings settings);

    /**
     * A client that keeps within {@code budget}'s sockets and talks to each miner in its lane of {@code lanes}; fakes
     * open none, so by default the budget and the lanes are ignored.
     */
    default MinerClient client(ClientSettings settings, SocketBudget budget, MinerLanes lanes) {
        return client(settings);
    }

    /**
     * Opens the store, repairing what a crash left; {@code log} receives one line per thing it did on opening.
     *
     * @throws IOException when the data cannot be opened for appending
     */
    MetricsWriter openStore(StoreSettings settings, Clock clock, Consumer<String> log) throws IOException;

    /** A Bitaxe history reader for filling gaps after downtime; fakes have none, and then nothing is filled. */
    default AxeOsHistory history(ClientSettings settings, MinerLanes lanes) {
        return null;
    }

    /** The real client and store. */
    static Backends production() {
        return new Backends() {
            @Override
            public MinerClient client(ClientSettings settings) {
                return MinerClients.create(settings);
            }

            @Override
            public MinerClient client(ClientSettings settings, SocketBudget budget, MinerLanes lanes) {
                return MinerClients.create(settings, lanes, budget);
            }

            @Override
            public AxeOsHistory history(ClientSettings settings, MinerLanes lanes) {
                return new AxeOsHistory(settings, lanes, Clock.systemUTC());
            }

            @Override
            public MetricsWriter openStore(StoreSettings settings, Clock clock, Consumer<String> log)
                    throws IOException {
                return CsvMetricsStore.open(settings, clock, log);
            }
        };
    }
}
