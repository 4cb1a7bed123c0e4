package io.github.bitaxemonitor.health;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits one miner's readings are judged against, resolved for that miner by {@link ThresholdPolicy} from the
 * built-in family and model defaults and the user's config. Each limit names the sensor it applies to.
 *
 * @param hotC       HOT when the ASIC (chip) temperature ({@code asic_temp_c}, {@code asic_temp2_c}) is at or above
 *                   this, 30..150 C
 * @param vrHotC     HOT when the voltage regulator ({@code vr_temp_c}) is at or above this, 30..200 C
 * @param boardHotC  HOT when the hottest hash board sensor ({@code board_temp_c}) is at or above this, 30..200 C
 * @param rejectPct  REJECT when rejected / (accepted + rejected) is above this percentage, 0..100
 * @param stall      STALLED when hashrate is claimed but accepted shares have not moved for this long, 1 min..1 day
 * @param wifiMinRssi WIFI when the signal is below this, -120..0 dBm
 * @param bootGrace  a miner up for less than this that hashes nothing yet is BOOTING, not NO HASH, 0..1 h
 */
public record Thresholds(double hotC, double vrHotC, double boardHotC, double rejectPct, Duration stall,
                         long wifiMinRssi, Duration bootGrace) {

    public Thresholds {
        Objects.requireNonNull(stall, "stall");
        Objects.requireNonNull(bootGrace, "bootGrace");
        Limits.check(hotC, Limits.HOT_C, "hot_c");
        Limits.check(vrHotC, Limits.HOT_C_WIDE, "vr_hot_c");
        Limits.check(boardHotC, Limits.HOT_C_WIDE, "board_hot_c");
        Limits.check(rejectPct, Limits.REJECT_PCT, "reject_pct");
        Limits.check(stall.toMillis() / 60_000.0, Limits.STALL_MINUTES, "stall_minutes");
        Limits.check(wifiMinRssi, Limits.WIFI_MIN_RSSI, "wifi_min_rssi");
        Limits.check(bootGrace.toMillis() / 60_000.0, Limits.BOOT_GRACE_MINUTES, "boot_grace_minutes");
    }
}
