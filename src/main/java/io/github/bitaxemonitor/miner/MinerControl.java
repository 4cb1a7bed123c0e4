package io.github.bitaxemonitor.miner;

import io.github.bitaxemonitor.model.MinerEndpoint;
import java.util.concurrent.CompletableFuture;

/**
 * Acts on one miner: the write side beside {@link MinerClient}. Every request goes through the miner's lane in
 * {@link MinerLanes}, shared with the polls, so an action never overlaps a poll of the same miner. Implementations
 * check nothing about the values: callers check a change against the device's options and the owner's limits
 * before sending it.
 *
 * <p>Futures fail with {@link ControlException} (a clear reason in words), never with a raw I/O error.
 */
public interface MinerControl extends AutoCloseable {
    /** Runs an action; completes with the device's own words (or "done"). */
    CompletableFuture<String> act(MinerEndpoint endpoint, MinerAction action);

    /** Reads the settings and the device's options. */
    CompletableFuture<DeviceSettings> read(MinerEndpoint endpoint);

    /** Sends a settings change (no restart: callers restart when {@link SettingsChange#needsRestart()}). */
    CompletableFuture<String> change(MinerEndpoint endpoint, SettingsChange change);

    @Override
    void close();
}
