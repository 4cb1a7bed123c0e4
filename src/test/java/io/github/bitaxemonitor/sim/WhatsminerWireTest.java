package io.github.bitaxemonitor.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bitaxemonitor.model.MinerEndpoint;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Whatsminer btminer replies, the 2.0.5 shape and the older one, over a plain socket. */
class WhatsminerWireTest {
    private static SimulatedFleet fleet;
    private static MinerEndpoint current;
    private static MinerEndpoint old;

    @BeforeAll
    static void start() {
        fleet = SimulatedFleet.start(FleetSpec.builder().mix("whatsminer:1,whatsminer-old:1").latencyMs(0, 5).build());
        current = fleet.endpoints().get(0);
        old = fleet.endpoints().get(1);
    }

    @AfterAll
    static void stop() {
        fleet.close();
    }

    @Test
    void summaryHasRatesInMegahashesTemperaturesFansAndPower() throws IOException {
        JsonNode s = CgClient.json(CgClient.ask(current, "{\"cmd\":\"summary\"}")).get("SUMMARY").get(0);
        assertThat(s.get("MHS 5s").asDouble() / 1e6).as("TH/s").isBetween(90.0, 125.0);
        assertThat(s.get("HS RT").asDouble()).isPositive();
        assertThat(s.get("MHS av").asDouble()).isPositive();
        assertThat(s.get("Factory GHS").asLong()).isEqualTo(110_000);
        assertThat(s.get("Temperature").asDouble()).as("board").isBetween(60.0, 90.0);
        assertThat(s.get("Chip Temp Max").asDouble()).isBetween(75.0, 100.0);
        assertThat(s.get("Chip Temp Min").asDouble()).isLessThan(s.get("Chip Temp Avg").asDouble());
        assertThat(s.get("Fan Speed In").asInt()).isBetween(4000, 6500);
        assertThat(s.get("Fan Speed Out").asInt()).isBetween(4000, 6500);
        assertThat(s.get("Power").asInt()).isBetween(3000, 3900);
        assertThat(s.get("Power Limit").asInt()).isPositive();
        assertThat(s.get("Elapsed").asLong()).isPositive();
    }

    @Test
    void currentFirmwareRepeatsAKeyAndAnswersGetVersionAndStatusInTheStringForm() throws IOException {
        String summary = CgClient.text(CgClient.ask(current, "summary"));
        assertThat(summary.indexOf("\"Power Limit\"")).isNotEqualTo(summary.lastIndexOf("\"Power Limit\""));
        JsonNode version = CgClient.json(CgClient.ask(current, "{\"cmd\":\"get_version\"}"));
        assertThat(version.get("STATUS").asText()).isEqualTo("S");
        assertThat(version.get("Msg").get("fw_ver").asText()).isEqualTo("20230915.15.Rel");
        assertThat(version.get("Msg").get("api_ver").asText()).isEqualTo("2.0.5");
        JsonNode status = CgClient.json(CgClient.ask(current, "{\"command\":\"status\"}"));
        assertThat(status.get("STATUS").isTextual()).isTrue();
        assertThat(status.get("Msg").get("btmineroff").asText()).isEqualTo("false");
        assertThat(status.get("Msg").get("Firmware Version").asText()).isEqualTo("'20230915.15.Rel'");
    }

    @Test
    void devsAndEdevsReportEveryBoard() throws IOException {
        for (String command : new String[] {"devs", "edevs"}) {
            JsonNode devs = CgClient.json(CgClient.ask(current, command)).get("DEVS");
            assertThat(devs).hasSize(3);
            assertThat(devs.get(2).get("Temperature").asDouble()).isBetween(60.0, 90.0);
            assertThat(devs.get(2).get("Chip Temp Max").asDouble()).isBetween(75.0, 100.0);
            assertThat(devs.get(2).get("MHS av").asDouble()).isPositive();
        }
        assertThat(CgClient.json(CgClient.ask(current, "devdetails")).get("DEVDETAILS").get(0).get("Model").asText())
                .isEqualTo("M30S++.VH40");
    }

    @Test
    void oldFirmwareSendsItsBrokenJsonAndLacksTheNewCommands() throws IOException {
        String summary = CgClient.text(CgClient.ask(old, "summary"));
        assertThat(summary).contains("\"Firmware Version\":\"\\'20200917.22.REL\\'\"")
                .contains("\"Device Hardware%\":nan,").contains("\"Pool Stale%\":inf,");
        JsonNode s = CgClient.json(CgClient.ask(old, "summary")).get("SUMMARY").get(0);
        assertThat(s.get("Firmware Version").asText()).isEqualTo("'20200917.22.REL'");
        assertThat(s.get("MHS 5s").asDouble() / 1e6).isBetween(55.0, 80.0);
        for (String command : new String[] {"get_version", "status", "summary+devs"}) {
            JsonNode e = CgClient.json(CgClient.ask(old, "{\"cmd\":\"" + command + "\"}"));
            assertThat(e.get("STATUS").asText()).as(command).isEqualTo("E");
            assertThat(e.get("Code").asInt()).isEqualTo(14);
        }
        JsonNode codes = CgClient.json(CgClient.ask(old, "get_error_code")).get("Msg").get("error_code");
        assertThat(codes.isArray()).isTrue();
    }

    @Test
    void powerFaultShowsAsAnErrorCodeInEachShapesForm() throws IOException {
        fleet.miner(0).addFault(Fault.POWER_FAULT);
        fleet.miner(1).addFault(Fault.POWER_FAULT);
        try {
            JsonNode now = CgClient.json(CgClient.ask(current, "get_error_code")).get("Msg").get("error_code");
            assertThat(now.get(0).has(WhatsminerReplies.POWER_ERROR_CODE)).as("a {code: time} object").isTrue();
            JsonNode then = CgClient.json(CgClient.ask(old, "get_error_code")).get("Msg").get("error_code");
            assertThat(then.get(0).asText()).as("a plain string").isEqualTo(WhatsminerReplies.POWER_ERROR_CODE);
            JsonNode s = CgClient.json(CgClient.ask(current, "summary")).get("SUMMARY").get(0);
            assertThat(s.get("Error Code Count").asInt()).isEqualTo(1);
            assertThat(s.get("MHS 5s").asDouble()).isZero();
        } finally {
            fleet.miner(0).removeFault(Fault.POWER_FAULT);
            fleet.miner(1).removeFault(Fault.POWER_FAULT);
        }
    }
}
