package io.github.bitaxemonitor.export.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bitaxemonitor.collect.CycleReport;
import io.github.bitaxemonitor.collect.Outcome;
import io.github.bitaxemonitor.export.metrics.LastCycle;
import io.github.bitaxemonitor.view.fleet.FleetTotals;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code /api/health}: whether the collector is doing its job, for uptime checks. 200 when the newest cycle is
 * recent and was written; 503 before the first cycle ({@code starting}), when cycles stopped coming ({@code stale},
 * after the viewer's stopped-collector time) or when the write failed ({@code write_failing}). Miners' own health is
 * {@code /api/summary}'s business: a fleet with a HOT miner has a healthy collector.
 */
final class HealthDoc {
    record Answer(int status, ObjectNode doc) {
    }

    private HealthDoc() {
    }

    static Answer of(LastCycle.Published cycle, Duration pollInterval, Instant now) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("poll_interval_s", pollInterval.toMillis() / 1000.0);
        if (cycle == null) {
            n.put("status", "starting");
            n.put("healthy", false);
            return new Answer(503, n);
        }
        CycleReport r = cycle.report();
        Duration age = Duration.between(cycle.finished(), now);
        boolean stale = age.compareTo(FleetTotals.stoppedAfter(pollInterval)) > 0;
        String status = stale ? "stale" : r.written() ? "ok" : "write_failing";
        n.put("status", status);
        n.put("healthy", status.equals("ok"));
        n.put("cycle", r.cycle());
        n.put("last_cycle_finished", cycle.finished().toString());
        n.put("last_cycle_age_s", Math.max(0, age.toMillis()) / 1000.0);
        n.put("last_cycle_duration_s", Duration.between(r.started(), cycle.finished()).toMillis() / 1000.0);
        n.put("written", r.written());
        n.put("write_error", r.writeError());
        n.put("rows_written", r.rowsWritten());
        n.put("held_rows", r.heldRows());
        n.put("miners", r.outcomes().size());
        n.put("reachable", r.outcomes().stream().filter(o -> o.row().status().reachable()).count());
        n.put("healthy_miners", r.outcomes().stream().map(Outcome::row).filter(s -> s.status().healthy()).count());
        return new Answer(status.equals("ok") ? 200 : 503, n);
    }
}
