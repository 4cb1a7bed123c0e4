package io.github.bitaxemonitor.miner;

import io.github.bitaxemonitor.model.MinerEndpoint;
import java.util.concurrent.CompletableFuture;

/** The one way to get a {@link MinerControl}: it writes to each endpoint in the protocol its {@code kind} names. */
public final class MinerControls {
    private MinerControls() {
    }

    /** A control for every miner kind, sharing {@code lanes} with the polling client of the same process. */
    public static MinerControl create(ClientSettings settings, MinerLanes lanes) {
        return new ByKind(new AxeOsControl(settings, lanes), new CgminerControl(settings, lanes));
    }

    private record ByKind(MinerControl bitaxe, MinerControl cgminer) implements MinerControl {
        private MinerControl of(MinerEndpoint e) {
            return switch (e.kind()) {
                case BITAXE -> bitaxe;
                case CGMINER -> cgminer;
            };
        }

        @Override
        public CompletableFuture<String> act(MinerEndpoint endpoint, MinerAction action) {
            return of(endpoint).act(endpoint, action);
        }

        @Override
        public CompletableFuture<DeviceSettings> read(MinerEndpoint endpoint) {
            return of(endpoint).read(endpoint);
        }

        @Override
        public CompletableFuture<String> change(MinerEndpoint endpoint, SettingsChange change) {
            return of(endpoint).change(endpoint, change);
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
