package io.github.bitaxemonitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bitaxemonitor.export.metrics.Cycles;
import io.github.bitaxemonitor.export.metrics.Exposition;
import io.github.bitaxemonitor.export.metrics.MonitorMetrics;
import io.github.bitaxemonitor.testing.TestClock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Grafana dashboard in tools/ asks only for series the monitor's /metrics really serves. */
class GrafanaDashboardTest {
    private static final Pattern SERIES = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]", Pattern.MULTILINE);

    @Test
    void everyMetricTheDashboardQueriesIsInTheExpositionOfAFleet() throws Exception {
        MonitorMetrics m = new MonitorMetrics(new TestClock(Instant.parse("2026-03-01T12:00:00Z")));
        for (int c = 1; c <= 2; c++) {
            m.cycleCompleted(Cycles.fleet(6, Instant.parse("2026-03-01T12:00:00Z").plusSeconds(30L * c), c));
        }
        Set<String> served = new HashSet<>();
        Matcher s = SERIES.matcher(Exposition.text(m));
        while (s.find()) {
            served.add(s.group(1));
        }
        Set<String> asked = GrafanaDashboard.load().metricNames();
        assertThat(asked).hasSizeGreaterThan(15);
        assertThat(served).containsAll(asked);
    }

    @Test
    void dashboardCoversFleetTotalsStatusesAndPerMinerPanelsThroughOneDatasourceVariable() throws Exception {
        GrafanaDashboard d = GrafanaDashboard.load();
        assertThat(d.metricNames()).contains("bitaxe_fleet_hashrate_hashes_per_second", "bitaxe_fleet_power_watts",
                "bitaxe_fleet_miners_by_status", "bitaxe_status", "bitaxe_hashrate_hashes_per_second",
                "bitaxe_asic_temperature_celsius", "bitaxe_monitor_cycle_duration_seconds_bucket",
                "bitaxe_monitor_held_rows");
        for (JsonNode ds : d.root().findValues("datasource")) {
            if (ds.isObject()) {
                assertThat(ds.path("uid").asText()).isEqualTo("${datasource}");
            }
        }
        assertThat(d.root().path("uid").asText()).isEqualTo("bitaxe-monitor-fleet");
    }
}
