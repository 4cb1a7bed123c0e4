package io.github.bitaxemonitor.collect;

import io.github.bitaxemonitor.model.Status;

/**
 * When an offline miner is next polled: once {@code offlineAfter} polls in a row have left it OFFLINE (a Wi-Fi blip
 * is not a dead miner), the gap doubles after each further one (1, 2, 4 ... skipped cycles) up to a cap, so a dead
 * address costs next to nothing while a miner that comes back is seen soon. Any other outcome polls it every cycle.
 */
final class Backoff {
    private final int maxSkip;
    /** OFFLINE polls in a row before cycles are skipped, >= 1. */
    private final int offlineAfter;
    /** Polls in a row that ended OFFLINE, >= 0. */
    private int offlinePolls;
    /** The first cycle number at which the miner is polled again. */
    private long nextPollCycle;

    /**
     * @param maxSkip      the most cycles skipped between two tries, >= 1
     * @param offlineAfter OFFLINE polls in a row before the first skip, >= 1
     */
    Backoff(int maxSkip, int offlineAfter) {
        this.maxSkip = maxSkip;
        this.offlineAfter = offlineAfter;
    }

    boolean due(long cycle) {
        return cycle >= nextPollCycle;
    }

    /** Records the status a poll in {@code cycle} produced. */
    void polled(long cycle, Status status) {
        if (status == Status.OFFLINE) {
            offlinePolls++;
            long skip = offlinePolls < offlineAfter ? 0
                    : Math.min(maxSkip, 1L << Math.min(offlinePolls - offlineAfter, 30));
            nextPollCycle = cycle + 1 + skip;
        } else {
            offlinePolls = 0;
            nextPollCycle = cycle + 1;
        }
    }
}
