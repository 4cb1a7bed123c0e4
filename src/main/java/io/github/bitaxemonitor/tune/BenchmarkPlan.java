package io.github.bitaxemonitor.tune;

import io.github.bitaxemonitor.control.SafetyLimits;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How a benchmark runs.
 *
 * @param frequencies    grid mode: the frequencies to try (MHz), ascending; empty in search mode
 * @param voltages       grid mode: the core voltages to try (mV), ascending; empty in search mode
 * @param search         search mode: from the original settings raise frequency while stable, raise voltage when not
 * @param frequencyStep  search mode: MHz added per step, positive
 * @param voltageStep    search mode: mV added when a step is unstable, positive
 * @param goal           what the recommendation optimises
 * @param settle         wait after each restart before sampling (the firmware ramps its clock, hashrate settles)
 * @param sampleEvery    time between samples, positive
 * @param samples        samples per step, at least 1
 * @param minShare       a step is valid only at this share of the expected hashrate or more (0.94)
 * @param limits         what may be sent and where a step is cut off
 */
public record BenchmarkPlan(List<Integer> frequencies, List<Integer> voltages, boolean search, int frequencyStep,
        int voltageStep, Goal goal, Duration settle, Duration sampleEvery, int samples, double minShare,
        SafetyLimits limits) {
    /** What "best" means. */
    public enum Goal { HASHRATE, EFFICIENCY }

    public static final Duration DEFAULT_SETTLE = Duration.ofSeconds(90);
    public static final Duration DEFAULT_SAMPLE_EVERY = Duration.ofSeconds(15);
    public static final int DEFAULT_SAMPLES = 8;
    public static final double DEFAULT_MIN_SHARE = 0.94;

    public BenchmarkPlan {
        frequencies = frequencies.stream().sorted().distinct().toList();
        voltages = voltages.stream().sorted().distinct().toList();
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(limits, "limits");
        if (!search && (frequencies.isEmpty() || voltages.isEmpty())) {
            throw new IllegalArgumentException("grid mode needs frequencies and voltages");
        }
        if (frequencyStep <= 0 || voltageStep <= 0 || samples < 1 || sampleEvery.isZero() || sampleEvery.isNegative()
                || settle.isNegative() || minShare <= 0 || minShare > 1) {
            throw new IllegalArgumentException("plan setting out of range");
        }
    }
}
