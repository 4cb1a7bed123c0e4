package io.github.bitaxemonitor.collect;

import io.github.bitaxemonitor.model.Status;

/**
 * When an offline miner is next polled: after each poll that leaves it OFFLINE the gap doubles (1, 2, 4 ... skipped
 * cycles) up to a cap, so a dead address costs next to nothing while a miner that comes back is seen soon. Any other
 * outcome polls it every cycle again.
 */
final class Backoff {
    private final int maxSkip;
    /** Polls in a row that ended OFFLINE, >= 0. */
    private int offlinePolls;
    /** The first cycle number at which the miner is polled again. */
    private long nextPollCycle;

    /** @param maxSkip the most cycles skipped between two tries, >= 1 */
    Backoff(int maxSkip) {
        this.maxSkip = maxSkip;
    }

    boolean due(long cycle) {
        return cycle >= nextPollCycle;
    }

    /** Records the status a poll in {@code cycle} produced. */
    void polled(long cycle, Status status) {
        if (status == Status.OFFLINE) {
            offlinePolls++;
            long skip = Math.min(maxSkip, 1L << Math.min(offlinePolls - 1, 30));
            nextPollCycle = cycle + 1 + skip;
        } else {
            offlinePolls = 0;
            nextPollCycle = cycle + 1;
        }
    }
}
