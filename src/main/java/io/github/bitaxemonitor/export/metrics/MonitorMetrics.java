package io.github.bitaxemonitor.export.metrics;

import com.sun.net.httpserver.HttpHandler;
import io.github.bitaxemonitor.collect.CycleListener;
import io.github.bitaxemonitor.collect.CycleReport;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The monitor's Prometheus exposition: a {@link CycleListener} that hands each finished cycle to the exposition (and
 * to the REST API through {@link #lastCycle()}), and the {@code /metrics} handler. The collector thread only records
 * the cycle and counts; everything else happens when, and on the thread where, someone asks.
 *
 * <p>Families: {@code bitaxe_*} per miner (one per field of the registry with a metric, labelled address, name,
 * family, model; {@code bitaxe_status} state set; {@code bitaxe_miner_info}), {@code bitaxe_fleet_*} totals,
 * {@code bitaxe_monitor_*} the collector's health. docs/METRICS.md lists them.
 */
public final class MonitorMetrics implements CycleListener {
    private final Clock clock;
    private final LastCycle last = new LastCycle();
    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final CollectorHealth health;
    private final ScrapeCache scrapes;
    private final MinerView view;

    public MonitorMetrics(Clock clock) {
        this.clock = clock;
        view = new MinerView(last);
        registry.register(new MinerFamilies(view));
        registry.register(new FleetFamilies(view));
        health = new CollectorHealth(registry);
        scrapes = new ScrapeCache(registry, last);
    }

    /**
     * Every name the exposition can contain as PromQL sees it (counters with {@code _total}, the info family with
     * {@code _info}; histograms by their base name), for docs and for checking dashboards.
     */
    public static List<String> familyNames() {
        List<String> all = new ArrayList<>(MinerFamilies.familyNames());
        all.addAll(FleetFamilies.familyNames());
        all.addAll(CollectorHealth.familyNames());
        return all;
    }

    /** The newest finished cycle, for the REST API. */
    public LastCycle lastCycle() {
        return last;
    }

    /** Serves {@code /metrics}. */
    public HttpHandler handler() {
        return scrapes;
    }

    /** The registry behind {@code /metrics} (benchmarks render it directly). */
    public PrometheusRegistry registry() {
        return registry;
    }

    @Override
    public void cycleCompleted(CycleReport report) {
        var finished = clock.instant();
        health.record(report, finished);
        view.learn(report);
        last.publish(report, finished);
        scrapes.cycleCompleted();
    }

    @Override
    public void stopped() {
        scrapes.close();
    }
}
