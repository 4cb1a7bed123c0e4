package io.github.bitaxemonitor.config;

import java.time.Duration;
import java.util.Objects;

/**
 * When a reachable miner's reading counts as a problem (see {@link io.github.bitaxemonitor.model.Status}).
 *
 * @param hotC         HOT when an ASIC temperature is at or above this (°C, 30..150). Default 70: tuners keep ASICs
 *                     under ~66-70 °C and the firmware itself throttles at 75 °C, so 70 warns before it does.
 * @param vrHotC       HOT when the voltage regulator is at or above this (°C, 30..150). Default 90: tuners keep the VR
 *                     under ~86-90 °C; the firmware throttles at 105 °C.
 * @param rejectPct    REJECT when rejected / (accepted + rejected) is above this percentage (0..100). Default 10, as
 *                     the original tool.
 * @param stall        STALLED when hashrate is claimed but accepted shares have not moved for this long (1 min..1 day).
 *                     Default 15 min: at pool difficulty even a slow Bitaxe finds several shares in that time.
 * @param wifiMinRssi  WIFI when the signal is below this (dBm, -120..0). Default -80: below it Wi-Fi drops packets.
 * @param offlineAfter OFFLINE after this many consecutive polls without a connection (1..100). Default 3: one lost poll
 *                     on Wi-Fi is normal, three in a row are not.
 */
public record Thresholds(double hotC, double vrHotC, double rejectPct, Duration stall, long wifiMinRssi,
                         int offlineAfter) {

    public static final double DEFAULT_HOT_C = 70;
    public static final double DEFAULT_VR_HOT_C = 90;
    public static final double DEFAULT_REJECT_PCT = 10;
    public static final double DEFAULT_STALL_MINUTES = 15;
    public static final long DEFAULT_WIFI_MIN_RSSI = -80;
    public static final int DEFAULT_OFFLINE_AFTER = 3;

    public Thresholds {
        Objects.requireNonNull(stall, "stall");
        check(hotC >= 30 && hotC <= 150, "hotC");
        check(vrHotC >= 30 && vrHotC <= 150, "vrHotC");
        check(rejectPct >= 0 && rejectPct <= 100, "rejectPct");
        check(stall.compareTo(Duration.ofMinutes(1)) >= 0 && stall.compareTo(Duration.ofDays(1)) <= 0, "stall");
        check(wifiMinRssi >= -120 && wifiMinRssi <= 0, "wifiMinRssi");
        check(offlineAfter >= 1 && offlineAfter <= 100, "offlineAfter");
    }

    public static Thresholds defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    private static void check(boolean ok, String name) {
        if (!ok) {
            throw new IllegalArgumentException(name + " out of range");
        }
    }

    /** Starts from the defaults. */
    public static final class Builder {
        private double hotC = DEFAULT_HOT_C;
        private double vrHotC = DEFAULT_VR_HOT_C;
        private double rejectPct = DEFAULT_REJECT_PCT;
        private Duration stall = minutes(DEFAULT_STALL_MINUTES);
        private long wifiMinRssi = DEFAULT_WIFI_MIN_RSSI;
        private int offlineAfter = DEFAULT_OFFLINE_AFTER;

        private Builder() {
        }

        public Builder hotC(double v) { hotC = v; return this; }
        public Builder vrHotC(double v) { vrHotC = v; return this; }
        public Builder rejectPct(double v) { rejectPct = v; return this; }
        public Builder stall(Duration v) { stall = v; return this; }
        public Builder wifiMinRssi(long v) { wifiMinRssi = v; return this; }
        public Builder offlineAfter(int v) { offlineAfter = v; return this; }

        public Thresholds build() {
            return new Thresholds(hotC, vrHotC, rejectPct, stall, wifiMinRssi, offlineAfter);
        }
    }

    static Duration minutes(double m) {
        return Duration.ofMillis(Math.round(m * 60_000));
    }
}
