package io.github.bitaxemonitor.control;

import io.github.bitaxemonitor.miner.DeviceSettings;
import io.github.bitaxemonitor.miner.SettingsChange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Whether a change may be sent to a device: every value within the device's own {@code /api/system/asic} options
 * (lowest to highest: AxeOS takes values in between) and within the owner's {@link SafetyLimits}. Each problem names
 * the setting, the value and the bound.
 */
public final class ChangeCheck {
    private ChangeCheck() {
    }

    /** Every reason the change is refused; empty when it may be sent. */
    public static List<String> problems(SettingsChange change, DeviceSettings device, SafetyLimits limits) {
        List<String> out = new ArrayList<>();
        if (change.frequencyMhz() != null) {
            within(out, "frequency", change.frequencyMhz(), "MHz", device.frequencyOptions(), limits.maxFrequencyMhz(),
                    "control.max_frequency_mhz");
        }
        if (change.coreVoltageMv() != null) {
            within(out, "core voltage", change.coreVoltageMv(), "mV", device.voltageOptions(),
                    limits.maxCoreVoltageMv(), "control.max_core_voltage_mv");
        }
        if (change.fan() != null && !change.fan().auto() && change.fan().percent() < limits.minFanPercent()) {
            out.add("fan " + change.fan().percent() + " % is below the minimum fixed duty of " + limits.minFanPercent()
                    + " % (control.min_fan_percent; 'auto' is always allowed)");
        }
        Integer t = change.tempTargetC();
        if (t != null && (t < SafetyLimits.MIN_TEMP_TARGET || t > SafetyLimits.MAX_TEMP_TARGET)) {
            out.add("temp target " + t + " C is outside the firmware's " + SafetyLimits.MIN_TEMP_TARGET + ".."
                    + SafetyLimits.MAX_TEMP_TARGET + " C");
        }
        return out;
    }

    private static void within(List<String> out, String name, int value, String unit, List<Integer> options,
            Integer ceiling, String ceilingKey) {
        if (options.isEmpty() && ceiling == null) {
            out.add(name + " " + value + " " + unit + ": the device offers no " + name + " options (AxeOS before 2.7)"
                    + " and no " + ceilingKey + " is set, so nothing says what is safe");
            return;
        }
        if (!options.isEmpty()) {
            int min = Collections.min(options);
            int max = Collections.max(options);
            if (value < min || value > max) {
                out.add(name + " " + value + " " + unit + " is outside the device's options " + min + ".." + max
                        + " " + unit);
            }
        }
        if (ceiling != null && value > ceiling) {
            out.add(name + " " + value + " " + unit + " is above " + ceilingKey + " " + ceiling + " " + unit);
        }
    }
}
