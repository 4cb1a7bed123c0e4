package io.github.bitaxemonitor.tune;

import io.github.bitaxemonitor.control.ControlActions;
import io.github.bitaxemonitor.control.SafetyLimits;
import io.github.bitaxemonitor.miner.DeviceSettings;
import io.github.bitaxemonitor.miner.MinerClient;
import io.github.bitaxemonitor.miner.PollResult;
import io.github.bitaxemonitor.miner.SettingsChange;
import io.github.bitaxemonitor.model.Fields;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.Plausibility;
import io.github.bitaxemonitor.model.Reading;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Runs one benchmark step: applies the clock and restarts, waits for it to settle, samples at the plan's interval,
 * and stops the step at once when a reading passes a safety limit. Readings are checked for plausibility first: an
 * absurd sensor value is distrusted, never acted on. The hashrate and power of a step are trimmed means (the
 * highest and lowest tenth dropped, at least one each from five samples up).
 */
final class StepRunner {
    /** Polls in a row that may fail before the step is abandoned. */
    static final int MAX_FAILED_POLLS = 3;
    /** Input voltages below this are a 5 V board's (the input limits are for 5 V boards only). */
    private static final double FIVE_VOLT_BOARD_BELOW = 7;

    private final MinerClient client;
    private final ControlActions actions;
    private final Pause pause;

    StepRunner(MinerClient client, ControlActions actions, Pause pause) {
        this.client = client;
        this.actions = actions;
        this.pause = pause;
    }

    /** One reading, plausibility-checked; null when the poll failed (the failure's words in {@code why[0]}). */
    Reading poll(MinerEndpoint miner, String[] why) {
        PollResult r = client.poll(miner).join();
        if (r instanceof PollResult.Success s) {
            return Plausibility.check(s.reading()).reading();
        }
        why[0] = ((PollResult.Failure) r).detail();
        return null;
    }

    StepResult run(MinerEndpoint miner, DeviceSettings current, int mhz, int mv, BenchmarkPlan plan, double powerCapW) {
        actions.apply(miner, current, SettingsChange.clock(mhz, mv), true, "benchmark-step").join();
        List<StepResult.StepSample> samples = new ArrayList<>();
        if (!pause.await(plan.settle())) {
            return result(mhz, mv, samples, Double.NaN, plan, Benchmark.STOPPED);
        }
        double expected = Double.NaN;
        int failed = 0;
        String[] why = new String[1];
        while (samples.size() < plan.samples()) {
            if (!pause.await(plan.sampleEvery())) {
                return result(mhz, mv, samples, expected, plan, Benchmark.STOPPED);
            }
            Reading r = poll(miner, why);
            if (r == null) {
                if (++failed >= MAX_FAILED_POLLS) {
                    return result(mhz, mv, samples, expected, plan, "the miner stopped answering: " + why[0]);
                }
                continue;
            }
            failed = 0;
            StepResult.StepSample s = new StepResult.StepSample(r.arrived().toEpochMilli(),
                    r.get(Fields.HASHRATE_GHS), r.get(Fields.POWER_W), r.get(Fields.ASIC_TEMP_C),
                    r.get(Fields.VR_TEMP_C), r.get(Fields.INPUT_VOLTAGE_V));
            samples.add(s);
            Double e = r.get(Fields.EXPECTED_HASHRATE_GHS);
            expected = e != null ? e : expected;
            String cut = cutOff(s, Boolean.TRUE.equals(r.get(Fields.OVERHEAT_MODE)), plan.limits(), powerCapW);
            if (cut != null) {
                return result(mhz, mv, samples, expected, plan, cut);
            }
        }
        return result(mhz, mv, samples, expected, plan, null);
    }

    /** Why this sample ends the step, or null while it is within every limit. */
    static String cutOff(StepResult.StepSample s, boolean overheatMode, SafetyLimits l, double powerCapW) {
        if (overheatMode) {
            return "the firmware entered overheat mode";
        }
        if (s.asicC() != null && s.asicC() > l.maxAsicTempC()) {
            return String.format(Locale.ROOT, "ASIC %.1f C above the %.0f C limit", s.asicC(), l.maxAsicTempC());
        }
        if (s.vrC() != null && s.vrC() > l.maxVrTempC()) {
            return String.format(Locale.ROOT, "VR %.1f C above the %.0f C limit", s.vrC(), l.maxVrTempC());
        }
        if (s.inputV() != null && s.inputV() > 0 && s.inputV() < FIVE_VOLT_BOARD_BELOW
                && (s.inputV() < l.minInputV() || s.inputV() > l.maxInputV())) {
            return String.format(Locale.ROOT, "input %.2f V outside %.1f-%.1f V", s.inputV(), l.minInputV(),
                    l.maxInputV());
        }
        if (s.powerW() != null && s.powerW() > powerCapW) {
            return String.format(Locale.ROOT, "power %.1f W above the %.1f W cap", s.powerW(), powerCapW);
        }
        return null;
    }

    private static StepResult result(int mhz, int mv, List<StepResult.StepSample> samples, double expected,
            BenchmarkPlan plan, String abort) {
        double hash = trimmedMean(samples, StepResult.StepSample::hashrateGhs);
        double power = trimmedMean(samples, StepResult.StepSample::powerW);
        double asic = samples.stream().map(StepResult.StepSample::asicC).filter(v -> v != null)
                .mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        double vr = samples.stream().map(StepResult.StepSample::vrC).filter(v -> v != null)
                .mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        boolean valid = abort == null && !Double.isNaN(hash)
                && (Double.isNaN(expected) || hash >= plan.minShare() * expected);
        return new StepResult(mhz, mv, hash, expected, power, asic, vr, valid, abort, samples);
    }

    static double trimmedMean(List<StepResult.StepSample> samples, Function<StepResult.StepSample, Double> value) {
        double[] v = samples.stream().map(value).filter(x -> x != null && !x.isNaN()).mapToDouble(Double::doubleValue)
                .sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        int cut = v.length >= 5 ? Math.max(1, v.length / 10) : 0;
        return Arrays.stream(v, cut, v.length - cut).average().orElse(Double.NaN);
    }
}
