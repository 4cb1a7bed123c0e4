package io.github.bitaxemonitor.health;

import io.github.bitaxemonitor.model.Fields;
import io.github.bitaxemonitor.model.Plausibility;
import io.github.bitaxemonitor.model.Reading;
import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.text.Decimals;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges one plausible reading: every rule that holds gives a {@link Condition} with its value and threshold, and the
 * most urgent one becomes the row's status (see {@link Judgement}). A pure function of the reading, what was rejected
 * as implausible, the miner's history and its thresholds, so the row, {@code --check} and the alerts agree.
 */
public final class HealthRules {
    private HealthRules() {
    }

    /**
     * @param checked the reading after the plausibility check, with what it removed
     * @param before  the miner's history before this reading
     * @param t       this miner's thresholds
     * @param now     when the reading was judged (for STALLED)
     */
    public static Judgement judge(Plausibility.Result checked, MinerHistory before, Thresholds t, Instant now) {
        Reading r = checked.reading();
        List<Condition> out = new ArrayList<>();
        if (Boolean.TRUE.equals(r.get(Fields.OVERHEAT_MODE))) {
            out.add(Condition.of(Status.OVERHEAT, "firmware overheat_mode: ASIC throttled or stopped"));
        }
        String faults = r.get(Fields.FAULTS);
        if (faults != null && !faults.isBlank()) {
            out.add(Condition.of(Status.FAULT, faults));
        }
        hot(out, "asic", r.get(Fields.ASIC_TEMP_C), t.hotC());
        hot(out, "asic2", r.get(Fields.ASIC_TEMP2_C), t.hotC());
        hot(out, "vr", r.get(Fields.VR_TEMP_C), t.vrHotC());
        hot(out, "board", r.get(Fields.BOARD_TEMP_C), t.boardHotC());
        hashing(out, r, before, t, now);
        Long uptime = r.get(Fields.UPTIME_S);
        if (uptime != null && before.lastUptimeS() != null && uptime < before.lastUptimeS()) {
            out.add(new Condition(Status.REBOOTED, Status.REBOOTED.label() + " uptime " + uptime + "s < "
                    + before.lastUptimeS() + "s before", (double) uptime, before.lastUptimeS().doubleValue()));
        }
        Double reject = rejectPct(r);
        if (reject != null && reject > t.rejectPct()) {
            out.add(new Condition(Status.REJECT, Status.REJECT.label() + " " + Decimals.fixed(reject, 1) + "% > "
                    + number(t.rejectPct()), reject, t.rejectPct()));
        }
        for (Plausibility.Rejected x : checked.rejected()) {
            out.add(new Condition(Status.SENSOR, Status.SENSOR.label() + " " + x.describe(),
                    x.value().doubleValue(), null));
        }
        String wifi = WifiHealth.problem(r.get(Fields.WIFI_RSSI_DBM), r.get(Fields.WIFI_STATUS), t.wifiMinRssi());
        if (wifi != null) {
            out.add(new Condition(Status.WIFI, Status.WIFI.label() + " " + wifi, toDouble(r.get(Fields.WIFI_RSSI_DBM)),
                    (double) t.wifiMinRssi()));
        }
        return new Judgement(out);
    }

    /** HOT {sensor} {value}C >= {limit}. */
    private static void hot(List<Condition> out, String sensor, Double celsius, double limit) {
        if (celsius != null && celsius >= limit) {
            out.add(new Condition(Status.HOT, Status.HOT.label() + " " + sensor + " " + Decimals.fixed(celsius, 1)
                    + "C >= " + number(limit), celsius, limit));
        }
    }

    /** PAUSED, BOOTING, NO HASH and STALLED: whether the miner hashes, and if it does not, why. */
    private static void hashing(List<Condition> out, Reading r, MinerHistory before, Thresholds t, Instant now) {
        Double ghs = r.get(Fields.HASHRATE_GHS);
        boolean hashing = ghs != null && ghs > 0;
        if (Boolean.TRUE.equals(r.get(Fields.MINING_PAUSED))) {
            out.add(Condition.of(Status.PAUSED, "by the owner (paused, standby or sleep)"));
            return;
        }
        Long uptime = r.get(Fields.UPTIME_S);
        if (!hashing && uptime != null && uptime < t.bootGrace().toSeconds()) {
            out.add(new Condition(Status.BOOTING, Status.BOOTING.label() + " up " + uptime + "s < "
                    + seconds(t.bootGrace()) + ", not hashing yet", (double) uptime, (double) t.bootGrace().toSeconds()));
            return;
        }
        if (!hashing) {
            out.add(new Condition(Status.NO_HASH, Status.NO_HASH.label() + (ghs == null ? " hashrate not reported"
                    : " hashrate " + number(ghs) + " GH/s"), ghs, 0.0));
            return;
        }
        Long accepted = r.get(Fields.SHARES_ACCEPTED);
        if (accepted != null && accepted.equals(before.lastAccepted()) && before.acceptedSince() != null) {
            Duration frozen = Duration.between(before.acceptedSince(), now);
            if (frozen.compareTo(t.stall()) >= 0) {
                out.add(new Condition(Status.STALLED, Status.STALLED.label() + " accepted shares at " + accepted
                        + " for " + seconds(frozen) + " >= " + seconds(t.stall()), (double) frozen.toSeconds(),
                        (double) t.stall().toSeconds()));
            }
        }
    }

    private static Double rejectPct(Reading r) {
        Long a = r.get(Fields.SHARES_ACCEPTED);
        Long x = r.get(Fields.SHARES_REJECTED);
        if (a == null || x == null || a + x == 0) {
            return null;
        }
        return x * 100.0 / (a + x);
    }

    /** "42s", "15m", "1h30m". */
    static String seconds(Duration d) {
        long s = d.toSeconds();
        if (s < 60 || s % 60 != 0 && s < 600) {
            return s + "s";
        }
        long m = s / 60;
        return m < 60 || m % 60 != 0 && m < 600 ? m + "m" : m / 60 + "h" + (m % 60 == 0 ? "" : m % 60 + "m");
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Decimals.fixed(v, 1);
    }

    private static Double toDouble(Long v) {
        return v == null ? null : v.doubleValue();
    }
}
