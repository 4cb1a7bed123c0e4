package io.github.bitaxemonitor.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FirmwareShapeRepliesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String reply(Board board, FirmwareShape shape) {
        SimulatedMiner miner = new SimulatedMiner(0, board, shape, 7);
        miner.advanceSeconds(30);
        return new String(ReplyJson.info(miner.snapshot()), StandardCharsets.UTF_8);
    }

    private static JsonNode parse(String text) throws IOException {
        return JSON.readTree(text);
    }

    @ParameterizedTest
    @EnumSource(FirmwareShape.class)
    void everyShapeIsJsonWithFirmwareUnits(FirmwareShape shape) throws IOException {
        Board board = shape == FirmwareShape.NERDQAXE ? Board.NERDQAXE_PP : Board.GAMMA;
        JsonNode n = parse(reply(board, shape));
        assertThat(n.get("voltage").asDouble()).as("input voltage in mV").isBetween(4900.0, 13000.0);
        assertThat(n.get("current").asDouble()).as("current in mA").isGreaterThan(500);
        assertThat(n.get("hashRate").asDouble()).isBetween(board.expectedGhs() * 0.85, board.expectedGhs() * 1.1);
        assertThat(n.get("temp").asDouble()).isBetween(37.0, 64.0);
        assertThat(n.get("uptimeSeconds").asLong()).isPositive();
        assertThat(n.get("version").asText()).isEqualTo(shape.version());
        assertThat(n.get("sharesAccepted").asLong()).isPositive();
    }

    @Test
    void v2_0IsTabIndentedWithPasswordDuplicateFanKeysAndThreeDigitDiff() throws IOException {
        String text = reply(Board.MAX, FirmwareShape.V2_0);
        assertThat(text).startsWith("{\n\t\"power\":\t");
        assertThat(text).contains("\n\t\"fanSpeed\":\t").contains("\n\t\"fanspeed\":\t");
        JsonNode n = parse(text);
        assertThat(n.get("wifiPass").asText()).isEqualTo(SimulatedMiner.WIFI_PASSWORD);
        assertThat(n.get("bestDiff").isTextual()).isTrue();
        assertThat(n.get("bestDiff").asText()).matches("\\d{1,3}(\\.\\d{1,2})?[kMGTPE]?");
        assertThat(n.has("hostname")).isFalse();
        assertThat(n.has("fanrpm")).isFalse();
    }

    @Test
    void v2_9HasTwoDecimalDiffAndPoolDifficultyButNoTemp2() throws IOException {
        JsonNode n = parse(reply(Board.SUPRA, FirmwareShape.V2_9));
        assertThat(n.get("bestDiff").asText()).matches("\\d+\\.\\d\\d[kMGTPE]");
        assertThat(n.get("poolDifficulty").isNumber()).isTrue();
        assertThat(n.get("expectedHashrate").asDouble()).isEqualTo(Board.SUPRA.expectedGhs(), within(0.01));
        assertThat(n.has("temp2")).isFalse();
        assertThat(n.has("wifiPass")).isFalse();
        assertThat(n.get("hostname").asText()).isEqualTo("sim-supra-01");
    }

    @Test
    void v2_10HasSpacedDiffAndZeroTemp2() throws IOException {
        JsonNode n = parse(reply(Board.ULTRA, FirmwareShape.V2_10));
        assertThat(n.get("bestDiff").asText()).matches("\\d+\\.\\d\\d [kMGTPE]");
        assertThat(n.get("temp2").asDouble()).isZero();
    }

    @Test
    void v2_12HasNumericDiffAndHashrateAverages() throws IOException {
        String text = reply(Board.GAMMA, FirmwareShape.V2_12);
        assertThat(text).contains("\n\t\"hashRate_1m\":\t");
        JsonNode n = parse(text);
        assertThat(n.get("bestDiff").isNumber()).isTrue();
        assertThat(n.get("bestSessionDiff").isNumber()).isTrue();
        assertThat(n.get("hashRate_1m").asDouble()).isPositive();
        assertThat(n.get("hashRate_10m").asDouble()).isPositive();
        assertThat(n.get("hashRate_1h").asDouble()).isPositive();
        assertThat(n.get("temp2").asDouble()).as("one-ASIC board: no second sensor").isEqualTo(-1);
        assertThat(n.get("ipv4").asText()).isEqualTo("127.0.0.1");
    }

    @Test
    void v2_14IsCompactWithActualFrequencyAndMiningPaused() throws IOException {
        String text = reply(Board.GAMMA_DUO, FirmwareShape.V2_14);
        assertThat(text).doesNotContain("\n").doesNotContain("\t");
        JsonNode n = parse(text);
        assertThat(n.get("actualFrequency").asDouble()).isPositive();
        assertThat(n.get("miningPaused").isBoolean()).isTrue();
        assertThat(n.get("temp2").asDouble()).isBetween(37.0, 64.0);
    }

    @Test
    void v2_14ActualFrequencyRampsUpAfterBoot() throws IOException {
        SimulatedMiner miner = new SimulatedMiner(0, Board.GAMMA, FirmwareShape.V2_14, 7);
        miner.reboot();
        miner.advanceSeconds(3);
        double early = parse(new String(ReplyJson.info(miner.snapshot()), StandardCharsets.UTF_8))
                .get("actualFrequency").asDouble();
        miner.advanceSeconds(60);
        double later = parse(new String(ReplyJson.info(miner.snapshot()), StandardCharsets.UTF_8))
                .get("actualFrequency").asDouble();
        assertThat(early).isBetween(50.0, Board.GAMMA.frequencyMhz() / 2.0);
        assertThat(later).isEqualTo(Board.GAMMA.frequencyMhz());
    }

    @Test
    void v2_15ListsPoolsWithMaskedPasswords() throws IOException {
        JsonNode n = parse(reply(Board.GAMMA, FirmwareShape.V2_15));
        assertThat(n.get("pools").isArray()).isTrue();
        assertThat(n.get("pools")).hasSize(2);
        assertThat(n.get("pools").get(0).get("password").asText()).isEqualTo("*****");
        assertThat(n.get("sharesPending").asLong()).isZero();
    }

    @Test
    void nerdQaxeHasItsOwnShape() throws IOException {
        JsonNode n = parse(reply(Board.NERDQAXE_PP, FirmwareShape.NERDQAXE));
        assertThat(n.get("deviceModel").asText()).isEqualTo("NerdQAxe++");
        assertThat(n.get("hostip").asText()).isEqualTo("127.0.0.1");
        assertThat(n.has("ipv4")).isFalse();
        assertThat(n.get("asicTemps")).hasSize(4);
        assertThat(n.get("stratum").get("pools").get(0).get("accepted").asLong()).isPositive();
        assertThat(n.get("stratumProtocol").isInt()).isTrue();
        assertThat(n.get("autofanspeed").asInt()).isEqualTo(2);
        assertThat(n.get("fanrpm2").asInt()).isBetween(1300, 5500);
        assertThat(n.get("bestDiff").isTextual()).isTrue();
    }

    @Test
    void asicEndpointDescribesTheChip() throws IOException {
        SimulatedMiner miner = new SimulatedMiner(0, Board.HEX, FirmwareShape.V2_15, 7);
        JsonNode n = parse(new String(ReplyJson.asic(miner.snapshot()), StandardCharsets.UTF_8));
        assertThat(n.get("ASICModel").asText()).isEqualTo("BM1366");
        assertThat(n.get("asicCount").asInt()).isEqualTo(6);
        assertThat(n.get("frequencyOptions").isArray()).isTrue();
    }

    @Test
    void powerFaultFieldIsPresentOnlyWhileTheFaultIs() throws IOException {
        SimulatedMiner miner = new SimulatedMiner(0, Board.GAMMA, FirmwareShape.V2_12, 7);
        assertThat(parse(new String(ReplyJson.info(miner.snapshot()), StandardCharsets.UTF_8)).has("power_fault"))
                .isFalse();
        miner.addFault(Fault.POWER_FAULT);
        JsonNode n = parse(new String(ReplyJson.info(miner.snapshot()), StandardCharsets.UTF_8));
        assertThat(n.get("power_fault").asText()).isNotBlank();
        assertThat(n.get("hashRate").asDouble()).isZero();
    }
}
