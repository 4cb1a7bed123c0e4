package io.github.bitaxemonitor.miner;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A miner's changeable settings as it reports them, with the values its firmware offers. Any component may be null
 * when the firmware does not report it.
 *
 * @param frequencyMhz     saved ASIC frequency (MHz); runs after a restart
 * @param coreVoltageMv    saved ASIC core voltage (mV)
 * @param fan              fan control, null when not reported
 * @param tempTargetC      the fan controller's target (C)
 * @param frequencyOptions {@code /api/system/asic frequencyOptions}, empty when the firmware has none (before 2.7)
 * @param voltageOptions   {@code /api/system/asic voltageOptions}, empty when none
 */
public record DeviceSettings(Integer frequencyMhz, Integer coreVoltageMv, SettingsChange.Fan fan, Integer tempTargetC,
        List<Integer> frequencyOptions, List<Integer> voltageOptions) {
    public DeviceSettings {
        frequencyOptions = List.copyOf(frequencyOptions);
        voltageOptions = List.copyOf(voltageOptions);
    }

    /** The change that puts back every setting this reading holds: what a rollback sends. */
    public SettingsChange restoring() {
        return new SettingsChange(frequencyMhz, coreVoltageMv, fan, tempTargetC);
    }

    /** What a setting reads after {@code change}: the change's value where it has one, else this one. */
    public DeviceSettings after(SettingsChange change) {
        return new DeviceSettings(
                change.frequencyMhz() != null ? change.frequencyMhz() : frequencyMhz,
                change.coreVoltageMv() != null ? change.coreVoltageMv() : coreVoltageMv,
                change.fan() != null ? change.fan() : fan,
                change.tempTargetC() != null ? change.tempTargetC() : tempTargetC,
                frequencyOptions, voltageOptions);
    }

    /** "frequency 525 -> 575 MHz, core voltage 1150 mV (unchanged)": what a preview shows before it asks. */
    public String describeChange(SettingsChange c) {
        List<String> parts = new ArrayList<>();
        if (c.frequencyMhz() != null) {
            parts.add(arrow("frequency", frequencyMhz, c.frequencyMhz(), " MHz"));
        }
        if (c.coreVoltageMv() != null) {
            parts.add(arrow("core voltage", coreVoltageMv, c.coreVoltageMv(), " mV"));
        }
        if (c.fan() != null) {
            parts.add(arrow("fan", fan, c.fan(), ""));
        }
        if (c.tempTargetC() != null) {
            parts.add(arrow("temp target", tempTargetC, c.tempTargetC(), " C"));
        }
        return String.join(", ", parts);
    }

    private static String arrow(String name, Object before, Object after, String unit) {
        String was = before == null ? "?" : before.toString();
        return Objects.equals(before, after) ? name + " " + was + unit + " (unchanged)"
                : name + " " + was + " -> " + after + unit;
    }
}
