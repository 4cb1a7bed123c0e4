package io.github.bitaxemonitor.cli;

import io.github.bitaxemonitor.control.SafetyLimits;
import picocli.CommandLine.Option;

/**
 * The owner's clock ceilings, shared by every command that sends a frequency or a core voltage; they override the
 * config's {@code control.max_frequency_mhz} and {@code control.max_core_voltage_mv} for one run.
 */
final class ClockCeilings {
    @Option(names = "--max-frequency", paramLabel = "MHz", description = "Never send a frequency above this.")
    private Integer maxFrequency;

    @Option(names = "--max-core-voltage", paramLabel = "mV", description = "Never send a core voltage above this.")
    private Integer maxCoreVoltage;

    /** The config's limits ({@code control:}) with the ceilings given on the command line in place of its own. */
    SafetyLimits limits(SafetyLimits configured) {
        return configured.withMaxFrequency(maxFrequency != null ? maxFrequency : configured.maxFrequencyMhz())
                .withMaxCoreVoltage(maxCoreVoltage != null ? maxCoreVoltage : configured.maxCoreVoltageMv());
    }
}
