package io.github.bitaxemonitor.collect;

import io.github.bitaxemonitor.miner.PollResult;
import io.github.bitaxemonitor.model.Sample;
import java.time.Instant;

/**
 * What the collector remembers about one miner between polls: just enough to judge the next poll.
 *
 * @param unreachableStreak consecutive polls that found nothing listening (UNREACHABLE), >= 0; any other result resets it
 * @param lastUptimeS       uptime of the last reading that reported one, null before that
 * @param lastAccepted      accepted-share count of the last reading that reported one, null before that
 * @param acceptedSince     when {@code lastAccepted} was first seen at its value; null exactly when it is null
 */
public record MinerHistory(int unreachableStreak, Long lastUptimeS, Long lastAccepted, Instant acceptedSince) {

    public static MinerHistory initial() {
        return new MinerHistory(0, null, null, null);
    }

    /** The history after {@code result} was seen at {@code now}. */
    public MinerHistory after(PollResult result, Instant now) {
        if (result instanceof PollResult.Failure f) {
            int streak = f.kind() == PollResult.Kind.UNREACHABLE ? unreachableStreak + 1 : 0;
            return new MinerHistory(streak, lastUptimeS, lastAccepted, acceptedSince);
        }
        Sample s = ((PollResult.Reading) result).reading();
        Long uptime = s.uptimeS() != null ? s.uptimeS() : lastUptimeS;
        Long accepted = s.sharesAccepted();
        if (accepted == null) {
            return new MinerHistory(0, uptime, lastAccepted, acceptedSince);
        }
        Instant since = accepted.equals(lastAccepted) ? acceptedSince : now;
        return new MinerHistory(0, uptime, accepted, since);
    }
}
