package io.github.bitaxemonitor.export.metrics;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.view.fleet.Fleet;
import io.github.bitaxemonitor.view.fleet.FleetBudget;
import io.github.bitaxemonitor.view.fleet.FleetTotals;
import io.prometheus.metrics.model.snapshots.Labels;
import java.util.List;

/**
 * What the exposition shows of one cycle, worked out once per cycle however many formats are rendered from it:
 * each miner's labels and the fleet totals. The totals come from the viewer's own {@link FleetTotals}, so
 * {@code /metrics}, {@code viewer --summary} and {@code /api/summary} add the fleet up by the same rules.
 *
 * <p>Thread-safe.
 */
final class MinerView {
    /**
     * One cycle, ready to expose.
     *
     * @param cycle  the published cycle
     * @param labels per outcome, in the report's order
     * @param totals the fleet's totals over the cycle's rows
     */
    record Frame(LastCycle.Published cycle, Labels[] labels, FleetTotals totals) {
        List<io.github.bitaxemonitor.collect.Outcome> outcomes() {
            return cycle.report().outcomes();
        }
    }

    private final LastCycle last;
    private final MinerLabels labels = new MinerLabels();
    private Frame frame;

    MinerView(LastCycle last) {
        this.last = last;
    }

    /** Remembers the identities a cycle's rows report; called for every cycle, scraped or not. */
    synchronized void learn(io.github.bitaxemonitor.collect.CycleReport report) {
        labels.learn(report.outcomes());
    }

    /** The newest cycle's frame; null before the first cycle. */
    synchronized Frame frame() {
        LastCycle.Published p = last.get();
        if (p == null) {
            return null;
        }
        if (frame == null || frame.cycle().generation() != p.generation()) {
            Fleet fleet = new Fleet(null, FleetBudget.history(1));
            for (Sample s : p.report().samples()) {
                fleet.accept(s);
            }
            frame = new Frame(p, labels.of(p.report().outcomes()), fleet.totals(p.finished()));
        }
        return frame;
    }
}
