package io.github.bitaxemonitor.export.metrics;

import io.github.bitaxemonitor.collect.Outcome;
import io.github.bitaxemonitor.model.Field;
import io.github.bitaxemonitor.model.Fields;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.text.HostileText;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.CounterSnapshot.CounterDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.InfoSnapshot;
import io.prometheus.metrics.model.snapshots.InfoSnapshot.InfoDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.StateSetSnapshot;
import io.prometheus.metrics.model.snapshots.StateSetSnapshot.StateSetDataPointSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-miner families: one per numeric (and boolean) field of the registry that declares a {@link Field.Metric},
 * in base units, plus the status as a state set and an info series with the device's text identity. Nothing here
 * lists fields by hand: a field added to {@link Fields} with a metric appears on the next build.
 *
 * <p>A miner whose row lacks a value (a failed poll, a field its firmware does not send) has no sample in that
 * family for the cycle, rather than a made-up zero.
 */
final class MinerFamilies implements MultiCollector {
    /** Every exported name starts with this. */
    static final String PREFIX = "bitaxe_";
    static final String STATUS = PREFIX + "status";
    static final String INFO = PREFIX + "miner";

    /** One exported field, resolved once. */
    private record Exported(Field<?> field, String name, double scale, boolean counter) {
    }

    private static final List<Exported> EXPORTED = exported();
    private static final String[] STATES = states();

    private final MinerView view;

    MinerFamilies(MinerView view) {
        this.view = view;
    }

    /** The names this collector can serve, as PromQL sees them (counters with {@code _total}, info with {@code _info}). */
    static List<String> familyNames() {
        List<String> names = new ArrayList<>();
        EXPORTED.forEach(e -> names.add(e.counter ? e.name + "_total" : e.name));
        names.add(STATUS);
        names.add(INFO + "_info");
        return names;
    }

    @Override
    public MetricSnapshots collect() {
        MinerView.Frame f = view.frame();
        if (f == null) {
            return MetricSnapshots.of();
        }
        List<Outcome> outcomes = f.outcomes();
        MetricSnapshots.Builder out = MetricSnapshots.builder();
        for (Exported e : EXPORTED) {
            if (e.counter) {
                counter(out, e, outcomes, f.labels());
            } else {
                gauge(out, e, outcomes, f.labels());
            }
        }
        StateSetSnapshot.Builder status = StateSetSnapshot.builder().name(STATUS)
                .help("the miner's status as judged for its latest poll: 1 for the current state (README, status table)");
        InfoSnapshot.Builder info = InfoSnapshot.builder().name(INFO)
                .help("the device's identity as last reported: hostname, firmware, ASIC and board");
        for (int i = 0; i < outcomes.size(); i++) {
            Sample row = outcomes.get(i).row();
            StateSetDataPointSnapshot.Builder p = StateSetDataPointSnapshot.builder().labels(f.labels()[i]);
            for (Status s : Status.values()) {
                p.state(STATES[s.ordinal()], s == row.status());
            }
            status.dataPoint(p.build());
            info.dataPoint(InfoDataPointSnapshot.builder().labels(f.labels()[i].merge(Labels.of(
                    "hostname", text(row.hostname()), "firmware_version", text(row.firmwareVersion()),
                    "asic_model", text(row.asicModel()), "board_version", text(row.boardVersion())))).build());
        }
        out.metricSnapshot(status.build());
        if (!outcomes.isEmpty()) {
            out.metricSnapshot(info.build());
        }
        return out.build();
    }

    private static void gauge(MetricSnapshots.Builder out, Exported e, List<Outcome> outcomes, Labels[] labels) {
        GaugeSnapshot.Builder g = null;
        for (int i = 0; i < outcomes.size(); i++) {
            Double v = value(e, outcomes.get(i).row());
            if (v != null) {
                if (g == null) {
                    g = GaugeSnapshot.builder().name(e.name).help(help(e.field));
                }
                g.dataPoint(GaugeDataPointSnapshot.builder().labels(labels[i]).value(v).build());
            }
        }
        if (g != null) {
            out.metricSnapshot(g.build());
        }
    }

    private static void counter(MetricSnapshots.Builder out, Exported e, List<Outcome> outcomes, Labels[] labels) {
        CounterSnapshot.Builder c = null;
        for (int i = 0; i < outcomes.size(); i++) {
            Double v = value(e, outcomes.get(i).row());
            if (v != null) {
                if (c == null) {
                    c = CounterSnapshot.builder().name(e.name).help(help(e.field));
                }
                c.dataPoint(CounterDataPointSnapshot.builder().labels(labels[i]).value(v).build());
            }
        }
        if (c != null) {
            out.metricSnapshot(c.build());
        }
    }

    /** The value in base units; booleans as 1 and 0; null when absent (or not a finite number). */
    private static Double value(Exported e, Sample row) {
        Object v = e.field.get(row);
        double d;
        if (v instanceof Number n) {
            d = n.doubleValue() * e.scale;
        } else if (v instanceof Boolean b) {
            d = b ? 1 : 0;
        } else {
            return null;
        }
        return Double.isFinite(d) ? d : null;
    }

    private static String help(Field<?> f) {
        return f.description() + " (CSV column " + f.name() + ")";
    }

    private static String text(String s) {
        return s == null ? "" : HostileText.forTerminal(s);
    }

    private static List<Exported> exported() {
        List<Exported> out = new ArrayList<>();
        for (Field<?> f : Fields.all()) {
            Field.Metric m = f.metric();
            if (m == null || !(f.numeric() || f.type() == Field.Type.BOOLEAN)) {
                continue;
            }
            boolean counter = m.kind() == Field.MetricKind.COUNTER;
            // The client adds _total to a counter's samples itself; its family name is without it.
            String name = PREFIX + (counter && m.name().endsWith("_total")
                    ? m.name().substring(0, m.name().length() - "_total".length()) : m.name());
            out.add(new Exported(f, name, m.scale(), counter));
        }
        return List.copyOf(out);
    }

    private static String[] states() {
        String[] s = new String[Status.values().length];
        for (Status st : Status.values()) {
            s[st.ordinal()] = st.name();
        }
        return s;
    }
}
