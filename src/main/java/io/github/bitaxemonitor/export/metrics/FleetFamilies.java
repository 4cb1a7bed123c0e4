package io.github.bitaxemonitor.export.metrics;

import io.github.bitaxemonitor.model.Field;
import io.github.bitaxemonitor.model.Fields;
import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.view.fleet.FleetTotals;
import io.github.bitaxemonitor.view.fleet.MinerState;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.util.List;

/**
 * Fleet totals of the newest cycle, by the viewer's rules ({@link FleetTotals}: sums over the miners that answered),
 * in the same base units as the per-miner families they add up. A total nobody reported is left out.
 */
final class FleetFamilies implements MultiCollector {
    static final String PREFIX = MinerFamilies.PREFIX + "fleet_";
    static final String BY_STATUS = PREFIX + "miners_by_status";

    private final MinerView view;

    FleetFamilies(MinerView view) {
        this.view = view;
    }

    /** The family names this collector can serve. */
    static List<String> familyNames() {
        return List.of(PREFIX + "miners", PREFIX + "miners_reachable", BY_STATUS,
                PREFIX + "hashrate_hashes_per_second", PREFIX + "expected_hashrate_hashes_per_second",
                PREFIX + "power_watts", PREFIX + "efficiency_joules_per_terahash",
                PREFIX + "asic_temperature_avg_celsius", PREFIX + "asic_temperature_max_celsius",
                PREFIX + "best_difficulty");
    }

    @Override
    public MetricSnapshots collect() {
        MinerView.Frame f = view.frame();
        if (f == null) {
            return MetricSnapshots.of();
        }
        FleetTotals t = f.totals();
        MetricSnapshots.Builder out = MetricSnapshots.builder();
        gauge(out, "miners", "miners polled in the newest cycle", (double) f.outcomes().size());
        gauge(out, "miners_reachable", "miners that answered in the newest cycle", (double) t.online());
        GaugeSnapshot.Builder by = GaugeSnapshot.builder().name(BY_STATUS)
                .help("miners per status in the newest cycle, every status listed (0 when none)");
        for (Status s : Status.values()) {
            by.dataPoint(GaugeDataPointSnapshot.builder().labels(Labels.of("status", s.name()))
                    .value(t.byStatus().getOrDefault(MinerState.of(s), 0)).build());
        }
        out.metricSnapshot(by.build());
        gauge(out, "hashrate_hashes_per_second", "total hashrate of the miners that answered",
                scaled(t.hashrateGhs(), Fields.HASHRATE_GHS));
        gauge(out, "expected_hashrate_hashes_per_second", "total expected hashrate of the miners that report one",
                scaled(t.expectedGhs(), Fields.EXPECTED_HASHRATE_GHS));
        gauge(out, "power_watts", "total reported power", scaled(t.powerW(), Fields.POWER_W));
        gauge(out, "efficiency_joules_per_terahash", "fleet power / fleet hashrate over miners reporting both",
                scaled(t.joulesPerTh(), Fields.EFFICIENCY_J_PER_TH));
        gauge(out, "asic_temperature_avg_celsius", "mean ASIC temperature", scaled(t.avgAsicTempC(), Fields.ASIC_TEMP_C));
        gauge(out, "asic_temperature_max_celsius", "hottest ASIC temperature",
                scaled(t.hottestAsicTempC(), Fields.ASIC_TEMP_C));
        gauge(out, "best_difficulty", "best share difficulty of any miner", scaled(t.bestDiff(), Fields.BEST_DIFF));
        return out.build();
    }

    private static Double scaled(Double v, Field<?> f) {
        return v == null ? null : v * f.metric().scale();
    }

    private static void gauge(MetricSnapshots.Builder out, String name, String help, Double value) {
        if (value != null && Double.isFinite(value)) {
            out.metricSnapshot(GaugeSnapshot.builder().name(PREFIX + name).help(help)
                    .dataPoint(GaugeDataPointSnapshot.builder().value(value).build()).build());
        }
    }
}
