package io.github.bitaxemonitor.tune;

import io.github.bitaxemonitor.control.BulkRun;
import io.github.bitaxemonitor.control.ControlActions;
import io.github.bitaxemonitor.control.SafetyLimits;
import io.github.bitaxemonitor.miner.DeviceSettings;
import io.github.bitaxemonitor.miner.MinerClient;
import io.github.bitaxemonitor.miner.SettingsChange;
import io.github.bitaxemonitor.model.Fields;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.Reading;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * One miner's benchmark. The original settings are read and written to the {@link Journal} before anything
 * changes; then the steps run (grid: every frequency x voltage, skipping what lies beyond a step cut off at a
 * limit; search: raise frequency while stable, raise voltage when not, stop at the limits); and whatever ends the
 * run - the last step, a stop, an error - the original settings are put back and the journal entry removed only
 * once the device took them. A miner that cannot be restored keeps its entry for {@link Recovery}.
 */
public final class Benchmark {
    /** The abort reason of a step the owner stopped (Ctrl-C, SIGTERM). */
    public static final String STOPPED = "stopped by the owner";
    /** Search mode never runs more steps than this, whatever the limits allow. */
    static final int MAX_SEARCH_STEPS = 40;
    /** Tries to put the original settings back before leaving them to the journal. */
    static final int RESTORE_TRIES = 3;

    private final ControlActions actions;
    private final Journal journal;
    private final Pause pause;
    private final StepRunner steps;

    public Benchmark(MinerClient client, ControlActions actions, Journal journal, Pause pause) {
        this.actions = actions;
        this.journal = journal;
        this.pause = pause;
        this.steps = new StepRunner(client, actions, pause);
    }

    /**
     * What a run gave.
     *
     * @param error    why the run ended early by failure, or null
     * @param restored the original settings are back on the device
     */
    public record Outcome(String session, MinerEndpoint miner, DeviceSettings original, BenchmarkPlan plan,
            List<StepResult> steps, String error, boolean restored, String restoreDetail) {
    }

    /**
     * Runs the plan on one miner; {@code progress} hears each finished step. Throws nothing after the first
     * change: every failure ends in an outcome with the settings restored or journaled.
     */
    public Outcome run(String session, MinerEndpoint miner, DeviceSettings original, BenchmarkPlan plan,
            Consumer<StepResult> progress) {
        if (original.frequencyMhz() == null || original.coreVoltageMv() == null) {
            return new Outcome(session, miner, original, plan, List.of(),
                    "the miner does not report its frequency and core voltage", true, "nothing was changed");
        }
        double cap = powerCap(miner, plan.limits());
        try {
            journal.write(new Journal.Entry(session, miner.address(), original));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the benchmark journal in " + journal.dir()
                    + " (nothing was changed): " + e.getMessage(), e);
        }
        List<StepResult> done = Collections.synchronizedList(new ArrayList<>());
        String error = null;
        try {
            if (plan.search()) {
                search(miner, original, plan, cap, done, progress);
            } else {
                grid(miner, original, plan, cap, done, progress);
            }
        } catch (RuntimeException e) {
            error = BulkRun.reason(e);
        }
        String[] detail = new String[1];
        boolean restored = restore(miner, original, done, detail);
        return new Outcome(session, miner, original, plan, List.copyOf(done), error, restored, detail[0]);
    }

    /** The configured power cap, or 1.6 x what the miner draws at its original settings. */
    private double powerCap(MinerEndpoint miner, SafetyLimits limits) {
        if (limits.maxPowerW() != null) {
            return limits.maxPowerW();
        }
        Reading r = steps.poll(miner, new String[1]);
        Double w = r == null ? null : r.get(Fields.POWER_W);
        return w != null && w > 0 ? w * SafetyLimits.POWER_CAP_FACTOR : Double.POSITIVE_INFINITY;
    }

    private void grid(MinerEndpoint miner, DeviceSettings original, BenchmarkPlan plan, double cap,
            List<StepResult> done, Consumer<StepResult> progress) {
        List<int[]> blocked = new ArrayList<>();
        DeviceSettings current = original;
        for (int mv : plan.voltages()) {
            for (int mhz : plan.frequencies()) {
                if (pause.stopped()) {
                    return;
                }
                if (blocked.stream().anyMatch(b -> mhz >= b[0] && mv >= b[1])) {
                    continue; // beyond a step that already passed a limit: hotter still
                }
                StepResult r = steps.run(miner, current, mhz, mv, plan, cap);
                current = current.after(SettingsChange.clock(mhz, mv));
                done.add(r);
                progress.accept(r);
                if (r.hitLimit()) {
                    blocked.add(new int[] {mhz, mv});
                }
            }
        }
    }

    private void search(MinerEndpoint miner, DeviceSettings original, BenchmarkPlan plan, double cap,
            List<StepResult> done, Consumer<StepResult> progress) {
        int maxF = ceiling(original.frequencyOptions(), plan.limits().maxFrequencyMhz(), original.frequencyMhz());
        int maxV = ceiling(original.voltageOptions(), plan.limits().maxCoreVoltageMv(), original.coreVoltageMv());
        int mhz = original.frequencyMhz();
        int mv = original.coreVoltageMv();
        DeviceSettings current = original;
        for (int n = 0; n < MAX_SEARCH_STEPS && !pause.stopped(); n++) {
            StepResult r = steps.run(miner, current, mhz, mv, plan, cap);
            current = current.after(SettingsChange.clock(mhz, mv));
            done.add(r);
            progress.accept(r);
            if (r.abortReason() != null) {
                return; // a limit was reached (or the owner stopped): going further is only hotter
            }
            if (r.valid()) {
                mhz += plan.frequencyStep();
                if (mhz > maxF) {
                    return;
                }
            } else {
                mv += plan.voltageStep();
                if (mv > maxV) {
                    return;
                }
            }
        }
    }

    /** The highest value search may send: the owner's ceiling within the device's options; the original if neither. */
    static int ceiling(List<Integer> options, Integer limit, int original) {
        int max = options.isEmpty() ? (limit != null ? limit : original) : Collections.max(options);
        return limit != null ? Math.min(max, limit) : max;
    }

    private boolean restore(MinerEndpoint miner, DeviceSettings original, List<StepResult> done, String[] detail) {
        DeviceSettings current = done.isEmpty() ? original : original.after(
                SettingsChange.clock(done.get(done.size() - 1).frequencyMhz(),
                        done.get(done.size() - 1).coreVoltageMv()));
        for (int attempt = 1; attempt <= RESTORE_TRIES; attempt++) {
            try {
                actions.apply(miner, current, original.restoring(), true, "rollback").join();
                journal.remove(miner.address());
                detail[0] = "restored " + original.restoring().describe();
                return true;
            } catch (RuntimeException | IOException e) {
                detail[0] = "could not restore (" + BulkRun.reason(e) + "); the journal in " + journal.dir()
                        + " restores it at the next start of monitor or benchmark";
            }
        }
        return false;
    }
}
