package io.github.bitaxemonitor.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.MinerKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Stock Antminer replies over a plain socket: the fields and quirks of shared/reference/cgminer-api.md. */
class AntminerWireTest {
    private static SimulatedFleet fleet;
    private static MinerEndpoint s19;
    private static MinerEndpoint s9;

    @BeforeAll
    static void start() {
        fleet = SimulatedFleet.start(FleetSpec.builder().mix("antminer:1,antminer-s9:1").latencyMs(0, 5).build());
        s19 = fleet.endpoints().get(0);
        s9 = fleet.endpoints().get(1);
    }

    @AfterAll
    static void stop() {
        fleet.close();
    }

    @Test
    void endpointsAreCgminerOnLoopback() {
        assertThat(fleet.endpoints()).allSatisfy(e -> {
            assertThat(e.kind()).isEqualTo(MinerKind.CGMINER);
            assertThat(e.host()).isEqualTo("127.0.0.1");
        });
    }

    @Test
    void summaryHasTheCurrentRateAsAStringAndEndsWithOneNul() throws IOException {
        byte[] raw = CgClient.ask(s19, "{\"command\":\"summary\"}");
        assertThat(raw[raw.length - 1]).isZero();
        assertThat(CgClient.text(raw)).doesNotContain("\u0000").contains("\"GHS 5s\":\"");
        JsonNode sum = CgClient.json(raw).get("SUMMARY").get(0);
        assertThat(CgClient.json(raw).get("STATUS").get(0).get("STATUS").asText()).isEqualTo("S");
        assertThat(Double.parseDouble(sum.get("GHS 5s").asText())).isBetween(90_000.0, 125_000.0);
        assertThat(sum.get("GHS av").isNumber()).isTrue();
        assertThat(sum.get("GHS 30m").asDouble()).isBetween(90_000.0, 125_000.0);
        assertThat(sum.get("Elapsed").asLong()).isPositive();
        assertThat(sum.get("Accepted").asLong()).isPositive();
        assertThat(sum.has("Rejected")).isTrue();
        assertThat(sum.get("Best Share").asLong()).isPositive();
        assertThat(CgClient.text(raw)).doesNotContainIgnoringCase("power");
    }

    @Test
    void s19StatsHoldTypeChainsDashedTemperaturesAndFansInGluedObjects() throws IOException {
        byte[] raw = CgClient.ask(s19, "{\"command\":\"stats\"}");
        String text = CgClient.text(raw);
        assertThat(text).contains("\"Type\":\"Antminer S19 Pro\"}{\"STATS\":0").contains("CST 2023\n\"");
        JsonNode stats = CgClient.json(raw).get("STATS");
        assertThat(stats.get(0).get("Type").asText()).isEqualTo("Antminer S19 Pro");
        JsonNode d = stats.get(1);
        assertThat(d.get("rate_unit").asText()).isEqualTo("GH");
        assertThat(d.get("total_rateideal").asDouble()).isEqualTo(110_000.0);
        for (int chain = 1; chain <= 3; chain++) {
            assertThat(d.get("chain_rate" + chain).isTextual()).isTrue();
            assertThat(d.get("temp_pcb" + chain).asText()).matches("\\d+-\\d+-\\d+-\\d+");
            assertThat(d.get("temp_chip" + chain).asText()).matches("\\d+-\\d+-\\d+-\\d+");
            assertThat(d.get("temp2_" + chain).asInt()).as("chip").isBetween(60, 85);
            assertThat(d.get("temp" + chain).asInt()).as("board").isBetween(55, 75);
        }
        assertThat(d.has("chain_rate6")).isFalse();
        assertThat(d.get("fan_num").asInt()).isEqualTo(4);
        assertThat(d.get("fan4").asInt()).isBetween(5000, 6500);
    }

    @Test
    void s19AnswersCombinedCommandsInCgminersJoinedForm() throws IOException {
        JsonNode both = CgClient.json(CgClient.ask(s19, "{\"command\":\"summary+stats\"}"));
        assertThat(both.get("summary").get(0).get("SUMMARY").get(0).has("GHS 5s")).isTrue();
        assertThat(both.get("stats").get(0).get("STATS").get(1).has("chain_rate1")).isTrue();
        assertThat(both.get("id").asInt()).isEqualTo(1);
    }

    @Test
    void s9StatsNumberChainsSixToEightWithItsFirmwaresBrokenJson() throws IOException {
        byte[] raw = CgClient.ask(s9, "stats|");
        String text = CgClient.text(raw);
        assertThat(text).contains("\"GHS 5s\":,").contains(",}]").contains("\"Type\":\"Antminer S9\"}{");
        assertThat(new String(raw, StandardCharsets.ISO_8859_1)).as("GBK bytes and an overlong quote, not UTF-8")
                .contains("2017\u00C4\u00EA11").contains("CST\u00C0\u00A2\"");
        assertThat(text).contains("CST\uFFFD\uFFFD\"");
        JsonNode d = CgClient.json(raw).get("STATS").get(1);
        for (int chain = 6; chain <= 8; chain++) {
            assertThat(Double.parseDouble(d.get("chain_rate" + chain).asText())).isBetween(3800.0, 5000.0);
            assertThat(d.get("temp2_" + chain).asInt()).isBetween(60, 85);
        }
        assertThat(d.get("chain_acn1").asInt()).as("an empty slot").isZero();
        assertThat(d.get("fan_num").asInt()).isEqualTo(2);
        assertThat(d.get("fan1").asInt()).isZero();
        assertThat(d.get("fan3").asInt()).isPositive();
        assertThat(d.get("fan6").asInt()).isPositive();
        assertThat(d.get("GHS 5s").isNull()).isTrue();
    }

    @Test
    void s9SummarySendsMinusNanAndRejectsCombinedCommands() throws IOException {
        String summary = CgClient.text(CgClient.ask(s9, "summary"));
        assertThat(summary).contains("\"Device Hardware%\":-nan,").contains("\"Description\":\"bmminer 1.0.0\"");
        assertThat(summary).doesNotContain("GHS 30m");
        JsonNode combined = CgClient.json(CgClient.ask(s9, "{\"command\":\"summary+stats\"}"));
        assertThat(combined.get("STATUS").get(0).get("STATUS").asText()).isEqualTo("E");
        assertThat(combined.get("STATUS").get(0).get("Code").asInt()).isEqualTo(14);
    }

    @Test
    void devsSpellTemperatureTheAntminerWayAndPoolsKeepTheDoublePercent() throws IOException {
        assertThat(CgClient.text(CgClient.ask(s19, "devs"))).contains("\"Tenperature\":");
        assertThat(CgClient.text(CgClient.ask(s19, "pools"))).contains("\"Pool Stale%%\":");
        JsonNode version = CgClient.json(CgClient.ask(s9, "version")).get("VERSION").get(0);
        assertThat(version.get("Type").asText()).isEqualTo("Antminer S9");
        assertThat(version.get("BMMiner").asText()).isEqualTo("2.0.0");
    }
}
