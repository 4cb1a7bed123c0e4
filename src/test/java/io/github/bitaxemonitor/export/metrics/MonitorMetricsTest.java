package io.github.bitaxemonitor.export.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.model.Field;
import io.github.bitaxemonitor.model.Fields;
import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.testing.TestClock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonitorMetricsTest {
    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

    private static MonitorMetrics afterCycles(int miners, int cycles) {
        MonitorMetrics m = new MonitorMetrics(new TestClock(T0));
        for (int c = 1; c <= cycles; c++) {
            m.cycleCompleted(Cycles.fleet(miners, T0.plusSeconds(c * 30L), c));
        }
        return m;
    }

    @Test
    void beforeTheFirstCycleOnlyTheCollectorsOwnFamiliesAreServed() {
        String text = Exposition.text(new MonitorMetrics(new TestClock(T0)));
        assertThat(text).contains("bitaxe_monitor_cycle_duration_seconds_count 0")
                .doesNotContain("bitaxe_hashrate").doesNotContain("bitaxe_fleet_");
    }

    @Test
    void everyNumericFieldWithAMetricIsAFamilyInBaseUnits() {
        String text = Exposition.text(afterCycles(3, 1));
        for (Field<?> f : Fields.all()) {
            if (f.metric() != null && f.numeric() && f != Fields.ASIC_TEMP2_C && f != Fields.POWER_ESTIMATED_W
                    && f != Fields.FREQUENCY_ACTUAL_MHZ && f != Fields.BOARD_TEMP_C) {
                assertThat(text).as(f.name()).contains("# TYPE bitaxe_" + f.metric().name()
                        + (f.metric().kind() == Field.MetricKind.COUNTER ? " counter" : " gauge"));
            }
        }
        String labels = "{address=\"127.0.0.1:40000\",family=\"bitaxe\",model=\"Bitaxe Gamma\",name=\"bitaxe-0\"}";
        assertThat(text).contains("bitaxe_hashrate_hashes_per_second" + labels + " 1.0715E12")
                .contains("bitaxe_core_voltage_volts" + labels + " 1.146")
                .contains("bitaxe_fan_duty_ratio" + labels + " 0.65")
                .contains("bitaxe_frequency_set_hertz" + labels + " 5.25E8")
                .contains("bitaxe_shares_accepted_total" + labels + " 1010.0")
                .contains("bitaxe_poll_latency_seconds" + labels + " 0.042")
                .contains("bitaxe_using_fallback_pool" + labels + " 0.0");
    }

    @Test
    void statusIsAStateSetWithOneSeriesPerStatus() {
        String text = Exposition.text(afterCycles(3, 1));
        List<String> offline = text.lines().filter(l -> l.startsWith("bitaxe_status{address=\"127.0.0.1:40002\""))
                .toList();
        assertThat(offline).hasSize(Status.values().length);
        assertThat(offline).filteredOn(l -> l.endsWith(" 1")).singleElement().asString()
                .contains("bitaxe_status=\"OFFLINE\"");
        assertThat(text).contains("# TYPE bitaxe_status gauge");
    }

    @Test
    void anOfflineMinerKeepsTheLabelsItLastAnsweredWith() {
        MonitorMetrics m = new MonitorMetrics(new TestClock(T0));
        var first = Cycles.fleet(1, T0, 1);
        m.cycleCompleted(first);
        var offline = new io.github.bitaxemonitor.collect.CycleReport(2, T0.plusSeconds(30), List.of(
                new io.github.bitaxemonitor.collect.Outcome(first.outcomes().get(0).endpoint(),
                        io.github.bitaxemonitor.model.Sample.builder().timestamp(T0.plusSeconds(30))
                                .address("127.0.0.1:40000").status(Status.OFFLINE).build(),
                        io.github.bitaxemonitor.health.Judgement.of())), 1, 0, null, null, 0, List.of());
        m.cycleCompleted(offline);
        assertThat(Exposition.text(m)).contains("bitaxe_status{address=\"127.0.0.1:40000\",family=\"bitaxe\","
                + "model=\"Bitaxe Gamma\",name=\"bitaxe-0\",bitaxe_status=\"OFFLINE\"} 1").doesNotContain("bitaxe_hashrate");
    }

    @Test
    void hostileTextCannotBreakOutOfALabelValue() {
        String text = Exposition.text(afterCycles(3, 1));
        String om = Exposition.openMetrics(afterCycles(3, 1));
        for (String page : List.of(text, om)) {
            assertThat(page).doesNotContain("\u001B").doesNotContain("\u202E").doesNotContain("\u0000");
            // every sample line is name{labels} value: a raw newline or quote inside a value would split or end it
            assertThat(page.lines().filter(l -> !l.startsWith("#") && !l.isEmpty()))
                    .allMatch(l -> l.matches("[a-z_0-9]+(\\{.*})? [-+0-9.eEInfa]+( [0-9.]+)?"), "sample lines");
        }
        // the stored text's controls are shown as visible escapes, then the writer escapes quote and backslash
        assertThat(text).contains("name=\"evil\\\"\\\\\\\\x0A\\\\x1B[31mred\\\\u202Eabc\\\\x00=1+2\"");
    }

    @Test
    void fleetTotalsAddUpTheMinersThatAnswered() {
        String text = Exposition.text(afterCycles(3, 1));
        assertThat(text).contains("bitaxe_fleet_miners 3.0").contains("bitaxe_fleet_miners_reachable 2.0")
                .contains("bitaxe_fleet_hashrate_hashes_per_second 2.143E12")
                .contains("bitaxe_fleet_power_watts 38.4")
                .contains("bitaxe_fleet_miners_by_status{status=\"OFFLINE\"} 1.0")
                .contains("bitaxe_fleet_miners_by_status{status=\"HOT\"} 0.0");
    }

    @Test
    void collectorHealthCountsCyclesFailuresAndRows() {
        String text = Exposition.text(afterCycles(3, 4));
        assertThat(text).contains("bitaxe_monitor_cycle_duration_seconds_count 4")
                .contains("bitaxe_monitor_poll_failures_total{kind=\"offline\"} 4.0")
                .contains("bitaxe_monitor_poll_failures_total{kind=\"timeout\"} 0.0")
                .contains("bitaxe_monitor_rows_written_total 12.0")
                .contains("bitaxe_monitor_held_rows 0.0")
                .contains("bitaxe_monitor_last_write_success_timestamp_seconds")
                .contains("bitaxe_monitor_poll_latency_seconds_count 12");
        assertThat(Arrays.stream(text.split("\n")).filter(l -> l.startsWith("bitaxe_monitor_sockets_open ")))
                .hasSize(1);
    }

    @Test
    void familyNamesCoverEverythingServed() {
        String text = Exposition.text(afterCycles(3, 2));
        List<String> declared = MonitorMetrics.familyNames();
        assertThat(text.lines().filter(l -> l.startsWith("# TYPE ")).map(l -> l.split(" ")[2]))
                .allMatch(declared::contains);
    }
}
