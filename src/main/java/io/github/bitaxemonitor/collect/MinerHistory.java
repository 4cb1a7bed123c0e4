package io.github.bitaxemonitor.collect;

import io.github.bitaxemonitor.miner.PollResult;
import io.github.bitaxemonitor.model.Sample;
import java.time.Instant;

/**
 * What the collector remembers about one miner between polls: just enough to judge the next poll.
 *
 * @param lastUptimeS       uptime of the last reading that reported one, null before that
 * @param lastAccepted      accepted-share count of the last reading that reported one, null before that
 * @param acceptedSince     when {@code lastAccepted} was first seen at its value; null exactly when it is null
 */
public record MinerHistory(Long lastUptimeS, Long lastAccepted, Instant acceptedSince) {

    public static MinerHistory initial() {
        return new MinerHistory(null, null, null);
    }

    /** The history after {@code result} was seen at {@code now}. */
    public MinerHistory after(PollResult result, Instant now) {
        if (result instanceof PollResult.Failure) {
            return this;
        }
        Sample s = ((PollResult.Reading) result).reading();
        Long uptime = s.uptimeS() != null ? s.uptimeS() : lastUptimeS;
        Long accepted = s.sharesAccepted();
        if (accepted == null) {
            return new MinerHistory(uptime, lastAccepted, acceptedSince);
        }
        Instant since = accepted.equals(lastAccepted) ? acceptedSince : now;
        return new MinerHistory(uptime, accepted, since);
    }
}
