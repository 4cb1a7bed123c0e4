package io.github.bitaxemonitor.miner;

import java.util.ArrayList;
import java.util.List;

/**
 * A change to a miner's settings; a null component leaves that setting alone.
 *
 * @param frequencyMhz  ASIC clock in MHz, positive; runs after a restart
 * @param coreVoltageMv ASIC core voltage in mV, positive; runs after a restart
 * @param fan           fan control, automatic or a fixed duty
 * @param tempTargetC   the fan controller's target temperature in C
 */
public record SettingsChange(Integer frequencyMhz, Integer coreVoltageMv, Fan fan, Integer tempTargetC) {
    /**
     * Fan control.
     *
     * @param auto    the firmware's controller chooses the duty
     * @param percent the fixed duty 0..100 when not auto (ignored when auto)
     */
    public record Fan(boolean auto, int percent) {
        public static final Fan AUTO = new Fan(true, 0);

        public Fan {
            if (!auto && (percent < 0 || percent > 100)) {
                throw new IllegalArgumentException("fan percent must be 0..100: " + percent);
            }
        }

        @Override
        public String toString() {
            return auto ? "auto" : percent + " %";
        }
    }

    public SettingsChange {
        if (frequencyMhz != null && frequencyMhz <= 0 || coreVoltageMv != null && coreVoltageMv <= 0) {
            throw new IllegalArgumentException("frequency and core voltage must be positive");
        }
    }

    /** A change of the clock only (what a benchmark step applies). */
    public static SettingsChange clock(int frequencyMhz, int coreVoltageMv) {
        return new SettingsChange(frequencyMhz, coreVoltageMv, null, null);
    }

    public boolean isEmpty() {
        return frequencyMhz == null && coreVoltageMv == null && fan == null && tempTargetC == null;
    }

    /** Frequency and core voltage are only saved by the firmware until the next restart. */
    public boolean needsRestart() {
        return frequencyMhz != null || coreVoltageMv != null;
    }

    /** "frequency 575 MHz, core voltage 1200 mV": for previews and the audit log. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (frequencyMhz != null) {
            parts.add("frequency " + frequencyMhz + " MHz");
        }
        if (coreVoltageMv != null) {
            parts.add("core voltage " + coreVoltageMv + " mV");
        }
        if (fan != null) {
            parts.add("fan " + fan);
        }
        if (tempTargetC != null) {
            parts.add("temp target " + tempTargetC + " C");
        }
        return parts.isEmpty() ? "nothing" : String.join(", ", parts);
    }
}
