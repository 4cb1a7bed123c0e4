package io.github.bitaxemonitor.tune;

import java.util.List;

/**
 * One benchmark step: the settings it ran and what they gave.
 *
 * @param frequencyMhz   frequency run
 * @param coreVoltageMv  core voltage run
 * @param hashrateGhs    trimmed mean of the samples' hashrate, NaN without samples
 * @param expectedGhs    the device's expected hashrate at these settings, NaN when it reports none
 * @param powerW         trimmed mean power, NaN when not reported
 * @param maxAsicC       hottest ASIC reading, NaN when none
 * @param maxVrC         hottest regulator reading, NaN when none
 * @param valid          ran to the end within the limits at >= the plan's share of the expected hashrate
 * @param abortReason    why the step was cut off at a safety limit (or stopped), null when it ran to the end
 * @param samples        the samples, in order
 */
public record StepResult(int frequencyMhz, int coreVoltageMv, double hashrateGhs, double expectedGhs, double powerW,
        double maxAsicC, double maxVrC, boolean valid, String abortReason, List<StepSample> samples) {
    public StepResult {
        samples = List.copyOf(samples);
    }

    /** J/TH, NaN when power or hashrate is unknown or zero. */
    public double joulesPerTh() {
        return powerW > 0 && hashrateGhs > 0 ? powerW / (hashrateGhs / 1000) : Double.NaN;
    }

    /** True when the step was stopped at a safety limit (not for low hashrate, not by the owner). */
    public boolean hitLimit() {
        return abortReason != null && !abortReason.equals(Benchmark.STOPPED);
    }

    /**
     * One sample of a step.
     *
     * @param epochMs when it arrived
     */
    public record StepSample(long epochMs, Double hashrateGhs, Double powerW, Double asicC, Double vrC,
            Double inputV) {
    }
}
