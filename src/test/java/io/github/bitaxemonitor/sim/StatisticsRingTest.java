package io.github.bitaxemonitor.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class StatisticsRingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static SimulatedMiner miner(FirmwareShape shape) {
        return new SimulatedMiner(0, Board.values()[0], shape, 1);
    }

    @Test
    void aModernBitaxeAnswersTheColumnsAskedForWithLabelsAndUptimeStamps() throws Exception {
        SimulatedMiner m = miner(FirmwareShape.V2_12);
        m.advanceSeconds(95);
        JsonNode reply = JSON.readTree(m.statistics("columns=power,hashrate,bogus"));
        assertThat(reply.get("labels")).extracting(JsonNode::asText).containsExactly("power", "hashrate");
        assertThat(reply.get("statistics")).hasSizeBetween(9, 10); // one every 10 s, from wherever uptime stood
        JsonNode last = reply.get("statistics").get(reply.get("statistics").size() - 1);
        assertThat(last).hasSize(3);
        assertThat(last.get(2).asLong()).isLessThanOrEqualTo(reply.get("currentTimestamp").asLong());
    }

    @Test
    void theHistoryKeeps720SamplesAndIsLostOnReboot() throws Exception {
        SimulatedMiner m = miner(FirmwareShape.V2_15);
        m.advanceSeconds(10_000);
        assertThat(JSON.readTree(m.statistics("")).get("statistics")).hasSize(StatisticsRing.CAPACITY);
        m.reboot();
        assertThat(JSON.readTree(m.statistics("")).get("statistics")).isEmpty();
    }

    @Test
    void firmware28To210AnswersFixedColumnsWithoutLabelsAndOlderFirmwareHasNone() throws Exception {
        SimulatedMiner old = miner(FirmwareShape.V2_10);
        old.advanceSeconds(30);
        JsonNode reply = JSON.readTree(old.statistics("columns=vrTemp"));
        assertThat(reply.has("labels")).isFalse();
        assertThat(reply.get("statistics").get(0)).hasSize(StatisticsRing.FIXED_COLUMNS.size() + 1);
        assertThat(miner(FirmwareShape.V2_0).statistics("")).isNull();
        assertThat(miner(FirmwareShape.NERDQAXE).statistics("")).isNull();
    }
}
