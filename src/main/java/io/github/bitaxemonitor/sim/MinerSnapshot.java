package io.github.bitaxemonitor.sim;

import java.util.List;

/**
 * What a simulated miner reports in one reply, in the firmware's own units (GH/s, W, mV, mA, C, RPM, dBm, bytes).
 * The JSON writers only decide which of these a firmware shape prints and how.
 */
public record MinerSnapshot(Identity identity, Hashing hashing, Electrical electrical, Thermal thermal, Shares shares,
        Network network, Pool pool, Health health) {

    /**
     * @param hostname null when this reply omits the field (flaky hostname), else the text sent (may be empty)
     * @param version  the firmware version text (hostile miners send {@link HostileStrings#VERSION})
     */
    public record Identity(String hostname, Board board, FirmwareShape shape, String version, String macAddr) {
    }

    /** Hashrates in GH/s; frequencies in MHz; core voltages in mV. */
    public record Hashing(double hashRate, double hashRate1m, double hashRate10m, double hashRate1h,
            double expectedHashRate, double errorPercentage, int frequency, double actualFrequency, int coreVoltage,
            double coreVoltageActual) {
    }

    /** Power in W, input voltage in mV, current in mA. */
    public record Electrical(double powerW, double voltageMv, double currentMa) {
    }

    /**
     * @param asicTemp2 second ASIC sensor, -1 when the board has none
     * @param vrTemp    0 when the board has no VR sensor
     * @param asicTemps one reading per ASIC (NerdQAxe reports them all)
     * @param fan2Rpm   0 on one-fan boards
     */
    public record Thermal(double asicTemp, double asicTemp2, double vrTemp, List<Double> asicTemps, double fanPercent,
            int fanRpm, int fan2Rpm, int tempTarget) {
    }

    /**
     * Share counters since boot; best difficulties as plain numbers (the writers format them per firmware). An
     * infinite {@code bestDiff} stands for {@link Fault#BAD_DIFF}: the writers send {@link Fault#BAD_DIFF_TEXT}.
     */
    public record Shares(long accepted, long rejected, long rejectedAboveTarget, long rejectedStale, double bestDiff,
            double bestSessionDiff, int poolDifficulty, double responseTimeMs) {
    }

    public record Network(String ssid, String wifiStatus, int rssi, String ipv4) {
    }

    public record Pool(String url, int port, String user, String fallbackUrl, int fallbackPort, String fallbackUser,
            boolean usingFallback) {
    }

    /** @param powerFault null unless a power fault is active (the field is then absent from the reply) */
    public record Health(long uptimeSeconds, long freeHeap, boolean overheatMode, String powerFault,
            boolean miningPaused) {
    }
}
