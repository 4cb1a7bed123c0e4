package io.github.bitaxemonitor.collect;

import io.github.bitaxemonitor.health.ThresholdPolicy;
import io.github.bitaxemonitor.miner.PollResult;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.PowerEstimates;
import java.time.Instant;

/** The collector's pipeline for one poll of a miner seen for the first time: what {@code probe} shows as the row. */
public final class OnePoll {
    private OnePoll() {
    }

    /** The row and judgement the monitor would write for this result in its first cycle. */
    public static Outcome judge(MinerEndpoint endpoint, PollResult result, ThresholdPolicy policy,
                                PowerEstimates power, HostnameCache hostnames, Instant now) {
        return new TrackedMiner(endpoint, policy.offlineAfter()).judge(result, now, policy, power, hostnames);
    }
}
