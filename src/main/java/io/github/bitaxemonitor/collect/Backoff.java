package io.github.bitaxemonitor.collect;

import io.github.bitaxemonitor.model.Status;

/**
 * How hard to try an offline miner: once {@code offlineAfter} polls in a row have left it OFFLINE (a Wi-Fi blip is not
 * a dead miner), it gets a single attempt per cycle instead of the configured retries. It is still polled every cycle,
 * so a dead address costs one connection attempt a cycle, its row always carries the real cause, and a miner that
 * comes back is seen in the next cycle.
 */
final class Backoff {
    /** OFFLINE polls in a row before retries stop, >= 1. */
    private final int offlineAfter;
    /** Polls in a row that ended OFFLINE, >= 0. */
    private int offlinePolls;

    Backoff(int offlineAfter) {
        this.offlineAfter = offlineAfter;
    }

    /** Further attempts the next poll may make: the client's setting, or none for a miner that stays offline. */
    int retries() {
        return offlinePolls >= offlineAfter ? 0 : Integer.MAX_VALUE;
    }

    /** True once the miner has been OFFLINE long enough to be tried without retries. */
    boolean backedOff() {
        return offlinePolls >= offlineAfter;
    }

    void polled(Status status) {
        offlinePolls = status == Status.OFFLINE ? offlinePolls + 1 : 0;
    }
}
