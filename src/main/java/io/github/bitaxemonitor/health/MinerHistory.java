package io.github.bitaxemonitor.health;

import io.github.bitaxemonitor.model.Fields;
import io.github.bitaxemonitor.model.Reading;
import java.time.Instant;

/**
 * What the collector remembers about one miner between polls: just enough to judge the next reading.
 *
 * @param lastUptimeS   uptime of the last reading that reported one, null before that
 * @param lastAccepted  accepted-share count of the last reading that reported one, null before that
 * @param acceptedSince when {@code lastAccepted} was first seen at its value; null exactly when it is null
 */
public record MinerHistory(Long lastUptimeS, Long lastAccepted, Instant acceptedSince) {

    public static MinerHistory initial() {
        return new MinerHistory(null, null, null);
    }

    /** The history after {@code reading} was seen at {@code now}; a failed poll changes nothing. */
    public MinerHistory after(Reading reading, Instant now) {
        Long uptime = reading.get(Fields.UPTIME_S);
        uptime = uptime != null ? uptime : lastUptimeS;
        Long accepted = reading.get(Fields.SHARES_ACCEPTED);
        if (accepted == null) {
            return new MinerHistory(uptime, lastAccepted, acceptedSince);
        }
        Instant since = accepted.equals(lastAccepted) ? acceptedSince : now;
        return new MinerHistory(uptime, accepted, since);
    }
}
