package io.github.bitaxemonitor.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bitaxemonitor.model.MinerEndpoint;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Avalon replies (1566, a multi-module AUC controller, a Nano 3) over a plain socket. */
class AvalonWireTest {
    private static final Pattern TOKEN = Pattern.compile("([A-Za-z0-9_]+)\\[([^\\]]*)\\]");
    private static SimulatedFleet fleet;
    private static MinerEndpoint a1566;
    private static MinerEndpoint multi;
    private static MinerEndpoint nano;

    @BeforeAll
    static void start() {
        fleet = SimulatedFleet.start(FleetSpec.builder().mix("avalon:1,avalon-multi:1,avalon-nano:1")
                .latencyMs(0, 5).build());
        a1566 = fleet.endpoints().get(0);
        multi = fleet.endpoints().get(1);
        nano = fleet.endpoints().get(2);
    }

    @AfterAll
    static void stop() {
        fleet.close();
    }

    /** The Key[value] tokens of an "MM ID" string. */
    static Map<String, String> tokens(String mm) {
        Map<String, String> out = new HashMap<>();
        Matcher m = TOKEN.matcher(mm);
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }

    @Test
    void versionNamesProductModelAndHardware() throws IOException {
        JsonNode v = CgClient.json(CgClient.ask(a1566, "{\"command\":\"version\"}")).get("VERSION").get(0);
        assertThat(v.get("PROD").asText()).isEqualTo("AvalonMiner 1566");
        assertThat(v.get("MODEL").asText()).isEqualTo("1566");
        assertThat(v.has("HWTYPE")).isTrue();
    }

    @Test
    void moduleStringCarriesTemperaturesFansRatesPowerAndState() throws IOException {
        for (String command : new String[] {"stats", "estats"}) {
            JsonNode st = CgClient.json(CgClient.ask(a1566, command)).get("STATS").get(0);
            Map<String, String> t = tokens(st.get("MM ID0").asText());
            assertThat(t.get("Ver")).startsWith("1566-");
            assertThat(Double.parseDouble(t.get("TMax"))).isBetween(70.0, 95.0);
            assertThat(Double.parseDouble(t.get("TAvg"))).isLessThan(Double.parseDouble(t.get("TMax")));
            assertThat(Double.parseDouble(t.get("Temp"))).as("intake").isBetween(15.0, 40.0);
            assertThat(t).containsKeys("Fan1", "Fan2", "Fan3", "Fan4", "GHSmm", "GHSavg", "MGHS", "MTmax");
            assertThat(t.get("FanR")).matches("\\d+%");
            assertThat(Double.parseDouble(t.get("GHSspd")) / 1000).as("TH/s").isBetween(160.0, 210.0);
            assertThat(Integer.parseInt(t.get("WALLPOWER"))).isBetween(3300, 4100);
            assertThat(t.get("PS").split(" ")).hasSize(7).endsWith(t.get("WALLPOWER"));
            assertThat(t.get("SYSTEMSTATU")).startsWith("Work: In Work");
            assertThat(t.get("SoftOFF")).isEqualTo("0");
        }
    }

    @Test
    void summaryQuotesNanAndInfAndDevsHasNoTemperature() throws IOException {
        String summary = CgClient.text(CgClient.ask(a1566, "summary"));
        assertThat(summary).contains("\"Device Hardware%\":\"nan\"").contains("\"Device Rejected%\":\"inf\"");
        JsonNode s = CgClient.json(CgClient.ask(a1566, "summary")).get("SUMMARY").get(0);
        assertThat(s.get("MHS 30s").asDouble() / 1e6).isBetween(160.0, 210.0);
        assertThat(CgClient.json(CgClient.ask(a1566, "devs")).get("DEVS").get(0).get("Temperature").asDouble())
                .isZero();
        assertThat(CgClient.json(CgClient.ask(multi, "devs")).get("DEVS").get(0).get("Temperature").asDouble())
                .isEqualTo(-273.0);
    }

    @Test
    void multiModuleControllerReportsEveryModuleTheOldWayBehindStrayCommas() throws IOException {
        byte[] raw = CgClient.ask(multi, "estats");
        assertThat(CgClient.text(raw)).startsWith(",{\"STATUS\"").contains("\"STATS\":[,{");
        JsonNode version = CgClient.json(CgClient.ask(multi, "version")).get("VERSION").get(0);
        assertThat(version.get("PROD").asText()).as("the controller, not the modules").isEqualTo("AUC3");
        JsonNode st = CgClient.json(raw).get("STATS").get(0);
        assertThat(st.has("MM ID0")).isFalse();
        for (int id = 1; id <= 4; id++) {
            Map<String, String> t = tokens(st.get("MM ID" + id).asText());
            assertThat(t.get("Ver")).startsWith("921");
            assertThat(Double.parseDouble(t.get("TMax"))).isBetween(70.0, 95.0);
            assertThat(Integer.parseInt(t.get("Fan"))).isBetween(3500, 5500);
            assertThat(t).doesNotContainKeys("Fan1", "TAvg", "WALLPOWER");
            assertThat(Double.parseDouble(t.get("GHSmm"))).isBetween(15_000.0, 25_000.0);
            assertThat(t.get("PS").split(" ")).hasSize(7);
        }
    }

    @Test
    void nanoAnswersLitestatsWithASummaryModule() throws IOException {
        JsonNode st = CgClient.json(CgClient.ask(nano, "litestats")).get("STATS").get(0);
        Map<String, String> t = tokens(st.get("MM ID0:Summary").asText());
        assertThat(t).containsKeys("TMax", "Fan1", "GHSspd", "WALLPOWER", "WORKMODE");
        assertThat(Double.parseDouble(t.get("GHSspd"))).isBetween(3000.0, 5000.0);
        JsonNode notThere = CgClient.json(CgClient.ask(a1566, "litestats")).get("STATUS").get(0);
        assertThat(notThere.get("Code").asInt()).isEqualTo(14);
    }

    @Test
    void softOffUnitSaysIdleAndHashesNothing() throws IOException {
        fleet.miner(0).addFault(Fault.PAUSED);
        try {
            Map<String, String> t = tokens(CgClient.json(CgClient.ask(a1566, "estats")).get("STATS").get(0)
                    .get("MM ID0").asText());
            assertThat(t.get("SYSTEMSTATU")).startsWith("Work: In Idle");
            assertThat(t.get("SoftOFF")).isEqualTo("1");
            assertThat(Double.parseDouble(t.get("GHSspd"))).isZero();
            assertThat(Integer.parseInt(t.get("WALLPOWER"))).isLessThanOrEqualTo(22);
        } finally {
            fleet.miner(0).removeFault(Fault.PAUSED);
        }
    }
}
