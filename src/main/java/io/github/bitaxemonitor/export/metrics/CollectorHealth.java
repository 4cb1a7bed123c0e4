package io.github.bitaxemonitor.export.metrics;

import io.github.bitaxemonitor.collect.CycleReport;
import io.github.bitaxemonitor.collect.Outcome;
import io.github.bitaxemonitor.model.Status;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The collector's own health, as the client library's metric types: cycle durations, poll latencies and failures by
 * kind, rows written and held, write failures, the time of the last good write, and the sockets in use. Updated once
 * per cycle on the collector thread; each update is a few counter increments per miner.
 */
final class CollectorHealth {
    static final String PREFIX = MinerFamilies.PREFIX + "monitor_";
    /** The failure kinds, one per unreachable status. */
    private static final List<Status> FAILURES = List.of(Status.OFFLINE, Status.TIMEOUT, Status.REFUSED, Status.ERROR);

    private final Histogram cycleDuration;
    private final Histogram pollLatency;
    private final Counter pollFailures;
    private final Counter rowsWritten;
    private final Counter writeFailures;
    private final Counter implausible;
    private final Gauge heldRows;
    private final Gauge miners;
    private final Gauge lastCycle;
    private volatile Instant lastWrite;

    CollectorHealth(PrometheusRegistry registry) {
        cycleDuration = Histogram.builder().name(PREFIX + "cycle_duration_seconds")
                .help("time from a cycle's start to the end of its write").classicOnly()
                .classicUpperBounds(0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30, 60, 120, 300).withoutExemplars()
                .register(registry);
        pollLatency = Histogram.builder().name(PREFIX + "poll_latency_seconds")
                .help("each poll's time from request to the end of its reply or failure").classicOnly()
                .classicUpperBounds(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30).withoutExemplars()
                .register(registry);
        pollFailures = Counter.builder().name(PREFIX + "poll_failures_total")
                .help("polls that got no usable reply, by kind: offline, timeout, refused, error").labelNames("kind")
                .withoutExemplars().register(registry);
        for (Status s : FAILURES) {
            pollFailures.initLabelValues(kind(s));
        }
        rowsWritten = Counter.builder().name(PREFIX + "rows_written_total")
                .help("rows made durable in the data files").withoutExemplars().register(registry);
        writeFailures = Counter.builder().name(PREFIX + "write_failures_total")
                .help("cycles whose write failed (their rows are held for the next write)").withoutExemplars()
                .register(registry);
        implausible = Counter.builder().name(PREFIX + "implausible_readings_total")
                .help("readings stored empty because they were outside their plausible range").withoutExemplars()
                .register(registry);
        heldRows = Gauge.builder().name(PREFIX + "held_rows")
                .help("rows kept in memory after a failed write, waiting for the next one").register(registry);
        miners = Gauge.builder().name(PREFIX + "miners_configured").help("miners in the configuration")
                .register(registry);
        lastCycle = Gauge.builder().name(PREFIX + "last_cycle_timestamp_seconds")
                .help("when the newest cycle finished, Unix time").register(registry);
        GaugeWithCallback.builder().name(PREFIX + "last_write_success_timestamp_seconds")
                .help("when rows were last written successfully, Unix time (absent until the first write)")
                .callback(cb -> {
                    Instant t = lastWrite;
                    if (t != null) {
                        cb.call(t.toEpochMilli() / 1000.0);
                    }
                }).register(registry);
        GaugeWithCallback.builder().name(PREFIX + "sockets_open")
                .help("sockets the monitor process holds open (miner connections, this listener and its clients)")
                .callback(cb -> {
                    int n = OpenSockets.count();
                    if (n >= 0) {
                        cb.call(n);
                    }
                }).register(registry);
    }

    /** The names this serves as PromQL sees them (histograms also as {@code _bucket}, {@code _sum}, {@code _count}). */
    static List<String> familyNames() {
        return List.of(PREFIX + "cycle_duration_seconds", PREFIX + "poll_latency_seconds",
                PREFIX + "poll_failures_total", PREFIX + "rows_written_total", PREFIX + "write_failures_total",
                PREFIX + "implausible_readings_total", PREFIX + "held_rows", PREFIX + "miners_configured",
                PREFIX + "last_cycle_timestamp_seconds", PREFIX + "last_write_success_timestamp_seconds",
                PREFIX + "sockets_open");
    }

    void record(CycleReport r, Instant finished) {
        cycleDuration.observe(seconds(Duration.between(r.started(), finished)));
        for (Outcome o : r.outcomes()) {
            Long ms = o.row().pollLatencyMs();
            if (ms != null) {
                pollLatency.observe(ms / 1000.0);
            }
            Status s = o.row().status();
            if (!s.reachable()) {
                pollFailures.labelValues(kind(s)).inc();
            }
        }
        rowsWritten.inc(r.rowsWritten());
        implausible.inc(r.implausibleDropped());
        if (r.written()) {
            lastWrite = finished;
        } else {
            writeFailures.inc();
        }
        heldRows.set(r.heldRows());
        miners.set(r.outcomes().size());
        lastCycle.set(finished.toEpochMilli() / 1000.0);
    }

    private static String kind(Status s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    private static double seconds(Duration d) {
        return Math.max(0, d.toNanos() / 1e9);
    }
}
