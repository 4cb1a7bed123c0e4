package io.github.bitaxemonitor.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bitaxemonitor.model.MinerEndpoint;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Braiins OS (BOSminer) replies over a plain socket: strict JSON, MH/s, fans and temps in their own commands. */
class BosminerWireTest {
    private static final ObjectMapper STRICT = new ObjectMapper();
    private static SimulatedFleet fleet;
    private static MinerEndpoint bos;

    @BeforeAll
    static void start() {
        fleet = SimulatedFleet.start(FleetSpec.builder().mix("bosminer:1").latencyMs(0, 5).build());
        bos = fleet.endpoints().get(0);
    }

    @AfterAll
    static void stop() {
        fleet.close();
    }

    /** BOSminer's JSON needs no repair: only the NUL is stripped. */
    private static JsonNode ask(String command) throws IOException {
        return STRICT.readTree(CgClient.text(CgClient.ask(bos, command)));
    }

    @Test
    void summaryIsInMegahashesAndNamesBosminer() throws IOException {
        JsonNode r = ask("{\"command\":\"summary\"}");
        assertThat(r.get("STATUS").get(0).get("Description").asText()).startsWith("BOSminer ");
        JsonNode s = r.get("SUMMARY").get(0);
        assertThat(s.get("MHS 5s").asDouble() / 1e6).as("TH/s").isBetween(85.0, 110.0);
        assertThat(s.has("MHS 1m")).isTrue();
        assertThat(s.has("GHS 5s")).isFalse();
    }

    @Test
    void fansAndTempsComeFromTheirOwnCommands() throws IOException {
        JsonNode fans = ask("{\"command\":\"fans\"}").get("FANS");
        assertThat(fans).hasSize(4);
        assertThat(fans.get(0).get("RPM").asInt()).isBetween(4000, 6500);
        assertThat(fans.get(0).get("Speed").asInt()).isBetween(1, 100);
        assertThat(fans.get(0).has("ID")).isTrue();
        JsonNode temps = ask("{\"command\":\"temps\"}").get("TEMPS");
        assertThat(temps).hasSize(3);
        assertThat(temps.get(0).get("ID").asInt()).isEqualTo(1);
        assertThat(temps.get(0).get("Board").asDouble()).isBetween(55.0, 75.0);
        assertThat(temps.get(0).get("Chip").asDouble()).isBetween(60.0, 85.0);
    }

    @Test
    void statsCarryNoTemperaturesAndVersionDevdetailsTunerstatusTheRest() throws IOException {
        String stats = CgClient.text(CgClient.ask(bos, "stats"));
        assertThat(stats).doesNotContain("temp").doesNotContain("Temp");
        JsonNode v = ask("version").get("VERSION").get(0);
        assertThat(v.get("BOSminer").asText()).isEqualTo("bosminer-plus-tuner 0.9.0-36c56a3d");
        assertThat(v.get("API").asText()).isEqualTo("3.7");
        assertThat(ask("devdetails").get("DEVDETAILS").get(0).get("Model").asText()).isEqualTo("Antminer S19j Pro");
        assertThat(ask("devs").get("DEVS")).hasSize(3);
        assertThat(ask("tunerstatus").get("TUNERSTATUS").get(0).get("ApproximateMinerPowerConsumption").asInt())
                .isBetween(2700, 3400);
    }

    @Test
    void combinedCommandsAnswerEverySection() throws IOException {
        JsonNode r = ask("{\"command\":\"summary+fans+temps\"}");
        assertThat(r.get("summary").get(0).has("SUMMARY")).isTrue();
        assertThat(r.get("fans").get(0).get("FANS")).hasSize(4);
        assertThat(r.get("temps").get(0).get("TEMPS")).hasSize(3);
    }
}
