package io.github.bitaxemonitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.sim.FleetConfigFile;
import io.github.bitaxemonitor.sim.FleetMix;
import io.github.bitaxemonitor.sim.FleetSpec;
import io.github.bitaxemonitor.sim.SimulatedFleet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scale-out layout of the README: two monitors, each polling half of a simulated mixed fleet into its own data
 * directory and serving /metrics, and one real Prometheus scraping both, asked through its query API.
 */
class TwoCollectorsOnePrometheusTest {
    private static final String MIX = "bitaxe:4,antminer:1,bosminer:1,whatsminer:1,avalon:1";

    @TempDir
    Path dir;

    @Test
    void onePrometheusSeesBothHalvesOfTheFleetAsOneWithEachCollectorsHealth() throws Exception {
        RealPrometheus.assumeInstalled();
        try (SimulatedFleet fleet = SimulatedFleet.start(FleetSpec.builder().mix(FleetMix.parse(MIX)).faults("none")
                .seed(7).latencyMs(5, 30).build())) {
            int n = fleet.size();
            List<MinerEndpoint> all = fleet.endpoints();
            Path a = halfConfig("a", all.subList(0, n / 2));
            Path b = halfConfig("b", all.subList(n / 2, n));
            try (ServedMonitor ma = new ServedMonitor(a); ServedMonitor mb = new ServedMonitor(b);
                 RealPrometheus prom = RealPrometheus.start(dir, Map.of("a", ma.target(), "b", mb.target()))) {
                JsonNode info = prom.awaitQuery("count by (collector) (bitaxe_miner_info)",
                        r -> r.size() == 2, Duration.ofSeconds(90));
                assertThat(byCollector(info)).as("%s\n%s\n%s", prom.log(), ma.log(), mb.log())
                        .isEqualTo(Map.of("a", (double) (n / 2), "b", (double) (n - n / 2)));

                assertThat(byCollector(prom.query("up{job=\"bitaxe\"}"))).isEqualTo(Map.of("a", 1.0, "b", 1.0));
                assertThat(prom.scalar("sum(bitaxe_fleet_miners)")).isEqualTo(n);
                // The state set: exactly one state is 1 per miner, and every miner of a healthy fleet is ONLINE.
                assertThat(prom.scalar("sum(bitaxe_status)")).isEqualTo(n);
                assertThat(prom.scalar("count(bitaxe_status{bitaxe_status=\"ONLINE\"} == 1)")).isEqualTo(n);
                // Each collector's fleet total is the sum of its miners: the same cycle feeds both.
                JsonNode totals = prom.query("bitaxe_fleet_hashrate_hashes_per_second");
                JsonNode sums = prom.query("sum by (collector) (bitaxe_hashrate_hashes_per_second)");
                Map<String, Double> t = byCollector(totals);
                Map<String, Double> s = byCollector(sums);
                assertThat(t.keySet()).containsExactlyInAnyOrder("a", "b");
                t.forEach((c, v) -> assertThat(v).as(c).isPositive().isCloseTo(s.get(c), within(v * 1e-9)));
                assertThat(prom.scalar("count(bitaxe_hashrate_hashes_per_second)")).isEqualTo(n);
                assertThat(prom.scalar("count(count by (family) (bitaxe_miner_info))")).isGreaterThan(1);
                // Collector health, per collector.
                assertThat(byCollector(prom.query("bitaxe_monitor_rows_written_total")).values())
                        .hasSize(2).allSatisfy(v -> assertThat(v).isPositive());
                assertThat(byCollector(prom.query("bitaxe_monitor_cycle_duration_seconds_count")).values())
                        .hasSize(2).allSatisfy(v -> assertThat(v).isGreaterThanOrEqualTo(1));
                assertThat(prom.scalar("sum(bitaxe_monitor_held_rows)")).isZero();
                assertThat(prom.scalar("sum(bitaxe_monitor_poll_failures_total)")).isZero();
                assertThat(prom.query("bitaxe_monitor_last_write_success_timestamp_seconds")).hasSize(2);
                // The dashboard's every query works against this server (GrafanaDashboardTest checks the names).
                for (String expr : GrafanaDashboard.load().queries()) {
                    // rates need two scrapes in their range: the first ones may still be coming
                    assertThat(prom.awaitQuery(expr, r -> !r.isEmpty(), Duration.ofSeconds(20))).as(expr).isNotEmpty();
                }

                assertThat(ma.stop()).isZero();
                assertThat(mb.stop()).isZero();
            }
        }
    }

    private Path halfConfig(String name, List<MinerEndpoint> part) throws Exception {
        Path home = Files.createDirectories(dir.resolve(name));
        Path config = home.resolve("config.yaml");
        Files.writeString(config, FleetConfigFile.render(part));
        return config;
    }

    private static Map<String, Double> byCollector(JsonNode vector) {
        Map<String, Double> out = new TreeMap<>();
        for (JsonNode series : vector) {
            out.put(series.path("metric").path("collector").asText(), series.path("value").get(1).asDouble());
        }
        return new HashMap<>(out);
    }
}
