package io.github.bitaxemonitor.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The states issue 9 adds, as a Bitaxe's /api/system/info shows them. */
class BitaxeNewStatesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode info(SimulatedMiner m) throws IOException {
        return JSON.readTree(ReplyJson.info(m.snapshot()));
    }

    @Test
    void pausedMinerSaysSoFrom214AndHashesNothing() throws IOException {
        SimulatedMiner m = new SimulatedMiner(1, Board.GAMMA, FirmwareShape.V2_14, 3);
        m.addFault(Fault.PAUSED);
        m.advanceSeconds(120);
        JsonNode n = info(m);
        assertThat(n.get("miningPaused").asBoolean()).isTrue();
        assertThat(n.get("hashRate").asDouble()).isZero();
        assertThat(n.get("temp").asDouble()).isBetween(37.0, 42.0);
        m.setShape(FirmwareShape.V2_12);
        assertThat(info(m).has("miningPaused")).as("2.12 has no such field").isFalse();
        m.removeFault(Fault.PAUSED);
        m.setShape(FirmwareShape.V2_15);
        assertThat(info(m).get("miningPaused").asBoolean()).isFalse();
    }

    @Test
    void aFleetStartsAPausedBitaxeOnAShapeThatCanSaySo() {
        try (SimulatedFleet fleet = SimulatedFleet.start(FleetSpec.builder().count(8).faults("paused:8")
                .latencyMs(0, 0).build())) {
            for (int i = 0; i < fleet.size(); i++) {
                assertThat(fleet.miner(i).shape().atLeast(21400)).isTrue();
                assertThat(fleet.miner(i).board().runs(fleet.miner(i).shape())).isTrue();
            }
        }
    }

    @Test
    void bootingMinerRestartsHashesNothingForItsFirstMinutesAndRampsItsFrequency() throws IOException {
        SimulatedMiner m = new SimulatedMiner(1, Board.SUPRA, FirmwareShape.V2_15, 3);
        m.setFaults(Set.of(Fault.BOOTING));
        m.advanceSeconds(SimulatedMiner.BOOT_SECONDS / 2);
        JsonNode n = info(m);
        assertThat(n.get("uptimeSeconds").asLong()).isEqualTo(SimulatedMiner.BOOT_SECONDS / 2);
        assertThat(n.get("hashRate").asDouble()).isZero();
        assertThat(n.get("actualFrequency").asDouble()).isBetween(51.0, Board.SUPRA.frequencyMhz() - 1.0);
        m.advanceSeconds(SimulatedMiner.BOOT_SECONDS);
        JsonNode later = info(m);
        assertThat(later.get("hashRate").asDouble()).isPositive();
        assertThat(later.get("actualFrequency").asDouble()).isEqualTo(Board.SUPRA.frequencyMhz());
    }

    @Test
    void sensorGlitchSendsOneAbsurdTemperatureWhileTheRestStaysHealthy() throws IOException {
        SimulatedMiner m = new SimulatedMiner(1, Board.GAMMA_DUO, FirmwareShape.V2_12, 3);
        m.addFault(Fault.SENSOR_GLITCH);
        JsonNode n = info(m);
        assertThat(n.get("temp").asDouble()).isEqualTo(SimulatedMiner.GLITCH_TEMP_C);
        assertThat(n.get("temp2").asDouble()).isBetween(37.0, 64.0);
        assertThat(n.get("fanspeed").asDouble()).isLessThan(100);
        assertThat(n.get("hashRate").asDouble()).isPositive();
        SimulatedMiner nerd = new SimulatedMiner(1, Board.NERDQAXE_PP, FirmwareShape.NERDQAXE, 3);
        nerd.addFault(Fault.SENSOR_GLITCH);
        JsonNode temps = info(nerd).get("asicTemps");
        assertThat(temps.get(0).asDouble()).isEqualTo(SimulatedMiner.GLITCH_TEMP_C);
        assertThat(temps.get(1).asDouble()).isBetween(37.0, 64.0);
    }

    @ParameterizedTest
    @EnumSource(FirmwareShape.class)
    void badDiffIsTheOverflowedTextInEveryShape(FirmwareShape shape) throws IOException {
        Board board = shape == FirmwareShape.NERDQAXE ? Board.NERDQAXE_PP : Board.GAMMA;
        SimulatedMiner m = new SimulatedMiner(1, board, shape, 3);
        m.addFault(Fault.BAD_DIFF);
        JsonNode n = info(m);
        assertThat(n.get("bestDiff").asText()).isEqualTo("1e2147483647G");
        assertThat(n.get("bestSessionDiff").asText()).isNotEqualTo("1e2147483647G");
        assertThat(n.get("hashRate").asDouble()).isPositive();
    }

    @Test
    void nerdWifiSaysWifiConnectedWithAGoodSignal() throws IOException {
        SimulatedMiner m = new SimulatedMiner(1, Board.NERDQAXE_PP, FirmwareShape.NERDQAXE, 3);
        assertThat(info(m).get("wifiStatus").asText()).isEqualTo("Connected!");
        m.addFault(Fault.NERD_WIFI);
        JsonNode n = info(m);
        assertThat(n.get("wifiStatus").asText()).isEqualTo("WiFi Connected!");
        assertThat(n.get("wifiRSSI").asInt()).isBetween(-75, -35);
    }
}
