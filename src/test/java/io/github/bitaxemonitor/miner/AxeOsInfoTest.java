package io.github.bitaxemonitor.miner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bitaxemonitor.model.Sample;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AxeOsInfoTest {
    private static final Instant ARRIVED = Instant.parse("2026-11-20T12:00:00Z");

    private static Sample parse(String fixture) throws IOException {
        return Polls.row(AxeOsInfo.parse(new ObjectMapper().readTree(Fixtures.bytes("bitaxe/" + fixture)), ARRIVED));
    }

    @Test
    void firmware2_0ReadsRpmFromFanSpeedAndPercentFromFanspeedAndConvertsUnits() throws IOException {
        Sample s = parse("axeos-2.0.2-max.json");
        assertThat(s.timestamp()).isEqualTo(ARRIVED);
        assertThat(s.model()).isEqualTo("Bitaxe Max");
        assertThat(s.hashrateWindow()).isEqualTo("current");
        assertThat(s.deviceFamily()).isEqualTo("bitaxe");
        assertThat(s.fanRpm()).isEqualTo(4740L);
        assertThat(s.fanPct()).isEqualTo(100.0);
        assertThat(s.inputVoltageV()).isEqualTo(5.09375);
        assertThat(s.inputCurrentA()).isEqualTo(2.67);
        assertThat(s.bestDiff()).isEqualTo(4.29e9);
        assertThat(s.sessionBestDiff()).isNull();
        assertThat(s.hostname()).isNull();
        assertThat(s.vrTempC()).isNull();
        assertThat(s.asicTempC()).isEqualTo(52.5);
        assertThat(s.hashrateGhs()).isEqualTo(287.3);
        assertThat(s.coreVoltageSetMv()).isEqualTo(1400.0);
        assertThat(s.coreVoltageActualMv()).isEqualTo(1393.0);
        assertThat(s.frequencyMhz()).isEqualTo(425.0);
        assertThat(s.poolUrl()).isEqualTo("public-pool.io:21496");
        assertThat(s.poolUser()).isEqualTo("bc1qmaxexample.worker1");
        assertThat(s.usingFallbackPool()).isNull();
        assertThat(s.firmwareVersion()).isEqualTo("v2.0.2");
        assertThat(s.asicModel()).isEqualTo("BM1397");
        assertThat(s.boardVersion()).isEqualTo("2.2");
        assertThat(s.freeHeapBytes()).isEqualTo(165432L);
        assertThat(s.sharesAccepted()).isEqualTo(1520L);
        assertThat(s.sharesRejected()).isEqualTo(3L);
        assertThat(s.uptimeS()).isEqualTo(7321L);
        assertThat(s.wifiStatus()).isEqualTo("Connected!");
        assertThat(s.faults()).isNull();
        assertThat(s.overheatMode()).isNull();
    }

    @Test
    void wifiPasswordIsNeverReadIntoTheSample() throws IOException {
        assertThat(parse("axeos-2.0.2-max.json").toString()).doesNotContain("hunter2-SECRET-pass");
        assertThat(parse("axeos-2.15.0-hostile-strings.json").toString()).doesNotContain("never-store-me");
    }

    @Test
    void firmware2_1_5ReadsFanSpeedRpmAndSuffixedDifficulties() throws IOException {
        Sample s = parse("axeos-2.1.5-ultra.json");
        assertThat(s.fanRpm()).isEqualTo(3950L);
        assertThat(s.fanPct()).isEqualTo(75.0);
        assertThat(s.bestDiff()).isEqualTo(483_000.0);
        assertThat(s.sessionBestDiff()).isEqualTo(13_000_000.0);
        assertThat(s.hostname()).isEqualTo("bitaxe-ultra");
        assertThat(s.inputCurrentA()).isEqualTo(2.3105);
        assertThat(s.poolUrl()).isEqualTo("solo.ckpool.org:3333");
    }

    @Test
    void firmware2_1_9ReadsTheOldOverheatKeyAndVrTemp() throws IOException {
        Sample s = parse("axeos-2.1.9-ultra-overheat.json");
        assertThat(s.overheatMode()).isTrue();
        assertThat(s.vrTempC()).isEqualTo(81.0);
        assertThat(s.asicTempC()).isEqualTo(76.0);
        assertThat(s.fanRpm()).isEqualTo(6020L);
        assertThat(s.hashrateGhs()).isEqualTo(0.0);
        assertThat(s.bestDiff()).isEqualTo(1.05e6);
        assertThat(s.sessionBestDiff()).isEqualTo(0.0);
    }

    @Test
    void firmware2_6ReadsStratumDiffAndDropsAHostnameWithSpaces() throws IOException {
        Sample s = parse("axeos-2.6.5-supra.json");
        assertThat(s.poolDifficulty()).isEqualTo(1000.0);
        assertThat(s.hostname()).isNull();
        assertThat(s.bestDiff()).isEqualTo(193e9);
        assertThat(s.sessionBestDiff()).isEqualTo(512.0);
        assertThat(s.wifiRssiDbm()).isEqualTo(-61L);
        assertThat(s.usingFallbackPool()).isFalse();
        assertThat(s.poolUrl()).isEqualTo("public-pool.io:21496");
        assertThat(s.poolUser()).isEqualTo("bc1qsupra.rig");
        assertThat(s.overheatMode()).isFalse();
        assertThat(s.vrTempC()).isEqualTo(48.0);
    }

    @Test
    void firmware2_9ReadsTwoDecimalDifficultiesPoolDifficultyAndDropsAnEmptyHostname() throws IOException {
        Sample s = parse("axeos-2.9.0-gamma.json");
        assertThat(s.bestDiff()).isEqualTo(13_000_000.0);
        assertThat(s.sessionBestDiff()).isEqualTo(0.0);
        assertThat(s.poolDifficulty()).isEqualTo(2048.0);
        assertThat(s.expectedHashrateGhs()).isEqualTo(1094.0);
        assertThat(s.hostname()).isNull();
        assertThat(s.asicTempC()).isEqualTo(58.875);
    }

    @Test
    void firmware2_10ReadsSpacedDifficultiesAndTreatsTemp2ZeroAndUnknownHostnameAsMissing() throws IOException {
        Sample s = parse("axeos-2.10.3-gamma.json");
        assertThat(s.bestDiff()).isCloseTo(572.14e6, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(s.sessionBestDiff()).isEqualTo(512.0);
        assertThat(s.asicTemp2C()).isNull();
        assertThat(s.hostname()).isNull();
        assertThat(s.fan2Rpm()).isEqualTo(0L);
        assertThat(s.poolDifficulty()).isEqualTo(4096.0);
    }

    @Test
    void firmware2_12ReadsNumericDifficultiesAndTheHashrateAverages() throws IOException {
        Sample s = parse("axeos-2.12.0-gamma.json");
        assertThat(s.bestDiff()).isEqualTo(572_141_152.0);
        assertThat(s.sessionBestDiff()).isEqualTo(13_004_211.0);
        assertThat(s.hashrateGhs()).isEqualTo(1092.7);
        assertThat(s.hashrate1mGhs()).isEqualTo(1101.3);
        assertThat(s.hashrate10mGhs()).isEqualTo(1088.4);
        assertThat(s.hashrate1hGhs()).isEqualTo(1090.9);
        assertThat(s.asicTemp2C()).isNull();
        assertThat(s.fanPct()).isEqualTo(64.5);
        assertThat(s.usingFallbackPool()).isFalse();
        assertThat(s.hostname()).isEqualTo("gamma-desk");
        assertThat(s.firmwareVersion()).isEqualTo("v2.12.0");
    }

    @Test
    void firmware2_13ReadsAFractionalFrequencyAndFanPercent() throws IOException {
        Sample s = parse("axeos-2.13.0-supra.json");
        assertThat(s.frequencyMhz()).isEqualTo(562.5);
        assertThat(s.fanPct()).isEqualTo(63.5);
        assertThat(s.clockConfig()).isEqualTo("562.5MHz@1166mV");
        assertThat(s.bestDiff()).isEqualTo(2.1e9);
    }

    @Test
    void firmware2_14CompactReplyKeepsTheConfiguredFrequencyNotTheRampingActualOne() throws IOException {
        Sample s = parse("axeos-2.14.0-gammaduo.json");
        assertThat(s.frequencyMhz()).isEqualTo(600.0);
        assertThat(s.asicTemp2C()).isEqualTo(61.5);
        assertThat(s.fan2Rpm()).isEqualTo(3900L);
        assertThat(s.inputVoltageV()).isEqualTo(12.0625);
        assertThat(s.inputCurrentA()).isEqualTo(2.95);
        assertThat(s.hashrate1hGhs()).isEqualTo(1951.2);
    }

    @Test
    void firmware2_15ReportsTheFallbackPoolWhileItIsInUseAndNoPoolPassword() throws IOException {
        Sample s = parse("axeos-2.15.0-hex.json");
        assertThat(s.usingFallbackPool()).isTrue();
        assertThat(s.poolUrl()).isEqualTo("solo.ckpool.org:3333");
        assertThat(s.poolUser()).isEqualTo("bc1qhex.fallback");
        assertThat(s.toString()).doesNotContain("*****");
        assertThat(s.sharesAccepted()).isEqualTo(99_000L);
        assertThat(s.asicModel()).isEqualTo("BM1366");
    }

    @Test
    void nerdQAxeShapeIsRecognisedAndItsHottestAsicAndSecondFanAreRead() throws IOException {
        Sample s = parse("nerdqaxe-plusplus.json");
        assertThat(s.deviceFamily()).isEqualTo("nerdqaxe");
        assertThat(s.asicTempC()).isEqualTo(61.25);
        assertThat(s.fanRpm()).isEqualTo(4100L);
        assertThat(s.fan2Rpm()).isEqualTo(4050L);
        assertThat(s.fanPct()).isEqualTo(55.0);
        assertThat(s.firmwareVersion()).as("stored as the device sends it").isEqualTo("1.0.31");
        assertThat(s.boardVersion()).isEqualTo("501");
        assertThat(s.usingFallbackPool()).isFalse();
        assertThat(s.poolUrl()).isEqualTo("public-pool.io:21496");
        assertThat(s.bestDiff()).isEqualTo(8.21e9);
        assertThat(s.sessionBestDiff()).isEqualTo(120e6);
        assertThat(s.hashrateGhs()).isEqualTo(5120.7);
        assertThat(s.inputVoltageV()).isEqualTo(12.1);
    }

    @Test
    void activeFaultsAreJoinedIntoOneFaultsTextAndADeadSensorIsMissing() throws IOException {
        Sample s = parse("axeos-2.11.0-power-fault.json");
        assertThat(s.faults()).isEqualTo("power_fault: Input voltage too low (4.41 V); hardware_fault: ASIC not detected");
        assertThat(s.asicTempC()).isNull();
        assertThat(s.asicTemp2C()).isNull();
        assertThat(s.bestDiff()).isEqualTo(8_123_000.0);
        assertThat(s.sessionBestDiff()).isEqualTo(0.0);
        assertThat(s.overheatMode()).isFalse();
    }

    @Test
    void overheatModeOneIsReadAndAMissingVrSensorIsMissing() throws IOException {
        Sample s = parse("axeos-2.12.0-overheat-mode.json");
        assertThat(s.overheatMode()).isTrue();
        assertThat(s.vrTempC()).isNull();
        assertThat(s.asicTempC()).isEqualTo(75.5);
        assertThat(s.faults()).isNull();
    }

    @Test
    void nullNumbersExponentsNumericStringsAndWrongTypesAreReadFieldByField() throws IOException {
        Sample s = parse("axeos-2.12.1-nulls-exponent-strings.json");
        assertThat(s.powerW()).isNull();
        assertThat(s.inputCurrentA()).isNull();
        assertThat(s.asicTempC()).isNull();
        assertThat(s.hashrateGhs()).isNull();
        assertThat(s.inputVoltageV()).isEqualTo(5.0125);
        assertThat(s.hashrate1mGhs()).isEqualTo(1099.5);
        assertThat(s.bestDiff()).isEqualTo(1e15);
        assertThat(s.sessionBestDiff()).isEqualTo(2.5e12);
        assertThat(s.poolDifficulty()).isEqualTo(4096.0);
        assertThat(s.freeHeapBytes()).isEqualTo(150_000L);
        assertThat(s.frequencyMhz()).isEqualTo(525.0);
        assertThat(s.wifiRssiDbm()).isEqualTo(-90L);
        assertThat(s.sharesAccepted()).isEqualTo(1234L);
        assertThat(s.sharesRejected()).isNull();
        assertThat(s.uptimeS()).isNull();
        assertThat(s.poolUrl()).isEqualTo("public-pool.io");
        assertThat(s.usingFallbackPool()).isFalse();
        assertThat(s.boardVersion()).isEqualTo("601");
        assertThat(s.overheatMode()).isNull();
        assertThat(s.fanPct()).isNull();
        assertThat(s.fanRpm()).isNull();
        assertThat(s.hostname()).isEqualTo("gamma-weird");
    }

    @Test
    void hostileStringsAreSanitisedInEveryTextField() throws IOException {
        Sample s = parse("axeos-2.15.0-hostile-strings.json");
        assertThat(s.hostname()).isEqualTo("evilhost");
        assertThat(s.wifiStatus()).isEqualTo("Connected! INJECTED,row");
        assertThat(s.poolUrl()).isEqualTo("pool.example:3333");
        assertThat(s.poolUser()).isEqualTo("'=HYPERLINK(\"http://x.example\",\"click\")");
        assertThat(s.asicModel()).isEqualTo("BM1370");
        assertThat(s.boardVersion()).isEqualTo("'@SUM(1+1)");
        assertThat(s.firmwareVersion()).isEqualTo("v2.15.031m");
        assertThat(s.faults()).isEqualTo("power_fault: '-fault textend");
        assertThat(s.toString()).doesNotContainPattern("[\\x00-\\x1F\\x7F-\\x9F\\u202A-\\u202E]");
    }
}
