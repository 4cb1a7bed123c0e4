package io.github.bitaxemonitor.cli;

import io.github.bitaxemonitor.control.SafetyLimits;
import picocli.CommandLine.Option;

/** The owner's clock ceilings, shared by every command that sends a frequency or a core voltage. */
final class ClockCeilings {
    @Option(names = "--max-frequency", paramLabel = "MHz", description = "Never send a frequency above this.")
    private Integer maxFrequency;

    @Option(names = "--max-core-voltage", paramLabel = "mV", description = "Never send a core voltage above this.")
    private Integer maxCoreVoltage;

    /** The default safety limits with the owner's ceilings, where given, in place of their defaults. */
    SafetyLimits limits() {
        return SafetyLimits.DEFAULTS.withMaxFrequency(maxFrequency).withMaxCoreVoltage(maxCoreVoltage);
    }
}
