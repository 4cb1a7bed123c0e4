package io.github.bitaxemonitor.health;

/**
 * The allowed range of every threshold setting, in the units the config uses; the config reader checks user input
 * against the same ranges, so an out-of-range value is a config error with a line number, never an exception here.
 *
 * @param min lowest allowed value
 * @param max highest allowed value
 * @param unit what the config key counts, for messages
 */
public record Limits(double min, double max, String unit) {
    public static final Limits HOT_C = new Limits(30, 150, "°C");
    public static final Limits HOT_C_WIDE = new Limits(30, 200, "°C");
    public static final Limits REJECT_PCT = new Limits(0, 100, "percent");
    public static final Limits STALL_MINUTES = new Limits(1, 1440, "minutes");
    public static final Limits WIFI_MIN_RSSI = new Limits(-120, 0, "dBm");
    public static final Limits BOOT_GRACE_MINUTES = new Limits(0, 60, "minutes");

    public boolean contains(double v) {
        return v >= min && v <= max;
    }

    /** Guards against programming errors: user input has been checked against the same range already. */
    static void check(double v, Limits limits, String setting) {
        if (!limits.contains(v)) {
            throw new IllegalArgumentException(setting + " " + v + " outside " + limits.min + ".." + limits.max);
        }
    }
}
