package io.github.bitaxemonitor.collect;

import io.github.bitaxemonitor.config.Thresholds;
import io.github.bitaxemonitor.miner.PollResult;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Judges one poll. A pure function of the poll, the miner's history before it and the thresholds: the first condition
 * that holds, in {@link Status} declaration order, wins, so the most urgent problem is the one shown.
 */
public final class StatusClassifier {
    private StatusClassifier() {
    }

    /**
     * @param result  this poll
     * @param before  the miner's history before this poll
     * @param now     when the poll was judged (for STALLED)
     */
    public static Status classify(PollResult result, MinerHistory before, Thresholds t, Instant now) {
        if (result instanceof PollResult.Failure f) {
            return switch (f.kind()) {
                // Nothing answered: offline now, in the original's words. How soon to give up polling it every
                // cycle (offline_after) is the collector's backoff, not a reason to call it something else.
                case UNREACHABLE -> Status.OFFLINE;
                case TIMEOUT -> Status.TIMEOUT;
                case REFUSED -> Status.REFUSED;
                case BAD_REPLY -> Status.ERROR;
            };
        }
        Sample s = ((PollResult.Reading) result).reading();
        if (Boolean.TRUE.equals(s.overheatMode())) {
            return Status.OVERHEAT;
        }
        if (s.faults() != null && !s.faults().isBlank()) {
            return Status.FAULT;
        }
        if (atLeast(s.asicTempC(), t.hotC()) || atLeast(s.asicTemp2C(), t.hotC()) || atLeast(s.vrTempC(), t.vrHotC())) {
            return Status.HOT;
        }
        if (s.hashrateGhs() == null || s.hashrateGhs() <= 0) {
            return Status.NO_HASH;
        }
        if (stalled(s, before, t.stall(), now)) {
            return Status.STALLED;
        }
        if (s.uptimeS() != null && before.lastUptimeS() != null && s.uptimeS() < before.lastUptimeS()) {
            return Status.REBOOTED;
        }
        Double reject = s.rejectPct();
        if (reject != null && reject > t.rejectPct()) {
            return Status.REJECT;
        }
        if (s.wifiRssiDbm() != null && s.wifiRssiDbm() < t.wifiMinRssi() || wifiDown(s.wifiStatus())) {
            return Status.WIFI;
        }
        return Status.ONLINE;
    }

    /** Hashing (checked by the caller) while accepted shares sat at the same count for the stall time. */
    private static boolean stalled(Sample s, MinerHistory before, Duration stall, Instant now) {
        return s.sharesAccepted() != null && s.sharesAccepted().equals(before.lastAccepted())
                && before.acceptedSince() != null
                && Duration.between(before.acceptedSince(), now).compareTo(stall) >= 0;
    }

    /** AxeOS says "Connected!" when all is well and "Connecting..." or an error text otherwise. */
    private static boolean wifiDown(String wifiStatus) {
        return wifiStatus != null && !wifiStatus.isBlank()
                && !wifiStatus.strip().toLowerCase(Locale.ROOT).startsWith("connected");
    }

    private static boolean atLeast(Double v, double limit) {
        return v != null && v >= limit;
    }
}
