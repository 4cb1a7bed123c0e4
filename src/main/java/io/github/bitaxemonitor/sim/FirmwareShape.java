package io.github.bitaxemonitor.sim;

/**
 * The reply shapes of {@code /api/system/info} the simulator reproduces, one per firmware generation that changed
 * something a client must cope with (see {@code shared/reference/bitaxe-api.md}).
 *
 * <p>{@code code} orders AxeOS versions (major*10000 + minor*100 + patch) so the writer can gate each field on the
 * version that introduced or removed it; {@code version} is the text the device reports; {@code compact} says the JSON
 * is printed without indentation (2.14 onwards) instead of cJSON's tab-indented form.
 */
public enum FirmwareShape {
    /** Tab-indented, {@code wifiPass} in clear text, both {@code fanSpeed} (RPM) and {@code fanspeed} (%), bestDiff "%.3g". */
    V2_0(20003, "v2.0.3", false),
    /** bestDiff "%.2f" + suffix ("13.00M"), poolDifficulty, responseTime, expectedHashrate. */
    V2_9(20900, "v2.9.0", false),
    /** bestDiff with a space ("572.14 M"), temp2 always 0. */
    V2_10(21003, "v2.10.3", false),
    /** Numeric bestDiff, hashRate_1m/10m/1h, errorPercentage, ipv4/ipv6, float fanspeed. */
    V2_12(21202, "v2.12.2", false),
    /** Compact JSON, actualFrequency ramping after boot, miningPaused. */
    V2_14(21401, "v2.14.1", true),
    /** Compact, pools[] with passwords as "*****", sharesPending. */
    V2_15(21500, "v2.15.0", true),
    /** NerdQAxe fork: deviceModel, hostip, asicTemps[], fanrpm2, nested stratum object, string bestDiff. */
    NERDQAXE(20900, "v1.0.35", true);

    private final int code;
    private final String version;
    private final boolean compact;

    FirmwareShape(int code, String version, boolean compact) {
        this.code = code;
        this.version = version;
        this.compact = compact;
    }

    int code() {
        return code;
    }

    /** True when this AxeOS shape is at least the given version code (e.g. 21100 for 2.11.0). */
    boolean atLeast(int versionCode) {
        return code >= versionCode;
    }

    public String version() {
        return version;
    }

    public boolean compact() {
        return compact;
    }

    /** The name used on the command line and in listings: "2.0", "2.9", ..., "nerdqaxe". */
    public String label() {
        return this == NERDQAXE ? "nerdqaxe" : name().substring(1).replace('_', '.');
    }
}
