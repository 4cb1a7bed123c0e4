package io.github.bitaxemonitor.sim;

/**
 * What an owner has set on a simulated Bitaxe, as tests and demos check it.
 *
 * @param frequency        saved frequency in MHz (what {@code /api/system/info} reports)
 * @param coreVoltage      saved core voltage in mV
 * @param runningFrequency the frequency the chips run at; the saved one runs after the next restart
 * @param runningVoltage   the core voltage the chips run at
 * @param fanPercent       the fixed fan duty in %, or -1 for automatic control
 * @param tempTarget       the fan controller's target in C
 */
public record OwnerSettings(int frequency, int coreVoltage, int runningFrequency, int runningVoltage,
        int fanPercent, int tempTarget) {
}
