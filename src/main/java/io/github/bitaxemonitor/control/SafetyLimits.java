package io.github.bitaxemonitor.control;

/**
 * The owner's limits on what may be sent to a miner and what a benchmark may run into. A null ceiling means "the
 * device's own options decide"; a device that offers no options (AxeOS before 2.7) then accepts no clock change at
 * all, because nothing says what is safe for it.
 *
 * @param maxFrequencyMhz  highest frequency ever sent, or null
 * @param maxCoreVoltageMv highest core voltage ever sent, or null
 * @param minFanPercent    lowest fixed fan duty accepted (automatic control is always allowed), 0..100
 * @param maxAsicTempC     a benchmark step stops when the ASIC passes this (tuners keep BM13xx under 66-70 C)
 * @param maxVrTempC       a benchmark step stops when the regulator passes this (tuners keep it under 86-90 C)
 * @param minInputV        a benchmark step stops below this input voltage, on 5 V boards
 * @param maxInputV        a benchmark step stops above this input voltage, on 5 V boards
 * @param maxPowerW        a benchmark step stops above this power, or null for 1.6 x the power at the original
 *                         settings
 */
public record SafetyLimits(Integer maxFrequencyMhz, Integer maxCoreVoltageMv, int minFanPercent, double maxAsicTempC,
        double maxVrTempC, double minInputV, double maxInputV, Double maxPowerW) {
    /** From the thermal facts of shared/reference/bitaxe-api.md. */
    public static final SafetyLimits DEFAULTS = new SafetyLimits(null, null, 25, 66, 86, 4.8, 5.5, null);
    /** Default power cap relative to the power measured at the original settings. */
    public static final double POWER_CAP_FACTOR = 1.6;
    /** The firmware's own range for {@code temptarget}. */
    public static final int MIN_TEMP_TARGET = 35;
    public static final int MAX_TEMP_TARGET = 66;

    public SafetyLimits {
        if (minFanPercent < 0 || minFanPercent > 100) {
            throw new IllegalArgumentException("minFanPercent must be 0..100");
        }
        if (!(minInputV < maxInputV) || maxAsicTempC <= 0 || maxVrTempC <= 0) {
            throw new IllegalArgumentException("limits out of order");
        }
    }

    public SafetyLimits withMaxFrequency(Integer mhz) {
        return new SafetyLimits(mhz, maxCoreVoltageMv, minFanPercent, maxAsicTempC, maxVrTempC, minInputV, maxInputV,
                maxPowerW);
    }

    public SafetyLimits withMaxCoreVoltage(Integer mv) {
        return new SafetyLimits(maxFrequencyMhz, mv, minFanPercent, maxAsicTempC, maxVrTempC, minInputV, maxInputV,
                maxPowerW);
    }

    public SafetyLimits withCutOffs(double asicC, double vrC, Double powerW) {
        return new SafetyLimits(maxFrequencyMhz, maxCoreVoltageMv, minFanPercent, asicC, vrC, minInputV, maxInputV,
                powerW);
    }
}
