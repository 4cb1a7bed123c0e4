package io.github.bitaxemonitor.miner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.model.Fields;
import io.github.bitaxemonitor.model.Reading;
import io.github.bitaxemonitor.model.Sample;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CgminerVendorTest {
    private static Sample map(String summaryReply, String statsReply) throws PollException {
        CgminerReplies replies = new CgminerReplies();
        if (summaryReply != null) {
            replies.put("summary", CgminerJson.parse(summaryReply.getBytes()));
        }
        if (statsReply != null) {
            replies.put("stats", CgminerJson.parse(statsReply.getBytes()));
        }
        return map(replies);
    }

    static Sample map(CgminerReplies replies) {
        CgminerVendor vendor = CgminerVendor.of(replies);
        Reading.Builder b = Reading.builder(Instant.EPOCH).set(Fields.DEVICE_FAMILY, vendor.family());
        GenericCgminerMapping.common(replies, b);
        vendor.fill(replies, b);
        return Polls.row(b.build());
    }

    @Test
    void antminerWithoutASummaryRateSumsItsChainsInTheReportedUnit() throws PollException {
        Sample s = map(null, "{\"STATS\":[{\"Type\":\"Antminer S19j Pro\"}{\"rate_unit\":\"TH\","
                + "\"chain_rate1\":\"33.5\",\"chain_rate2\":\"33.0\",\"chain_rate3\":\"\",\"total_rateideal\":100}]}");
        assertThat(s.deviceFamily()).isEqualTo("antminer");
        assertThat(s.hashrateGhs()).isEqualTo(66_500.0);
        assertThat(s.expectedHashrateGhs()).isEqualTo(100_000.0);
    }

    @Test
    void antminerS9SparseChainsAndFansAreReadInNumberOrder() throws PollException {
        Sample s = map("{\"SUMMARY\":[{\"GHS 5s\":\"13612.4\",\"Elapsed\":100}]}",
                "{\"STATS\":[{\"Type\":\"Antminer S9\"},{\"fan1\":0,\"fan6\":5880,\"fan3\":6000,\"fan_num\":2,"
                        + "\"temp6\":60,\"temp7\":0,\"temp2_6\":77,\"temp2_7\":0,\"temp2_8\":79}]}");
        assertThat(s.hashrateGhs()).isEqualTo(13612.4);
        assertThat(s.fanRpm()).isEqualTo(6000L);
        assertThat(s.fan2Rpm()).isEqualTo(5880L);
        assertThat(s.asicTempC()).isEqualTo(79.0);
    }

    @Test
    void antminerWithOnlyBoardTemperaturesReportsTheHottestBoardAsTheBoard() throws PollException {
        Sample s = map(null, "{\"STATS\":[{\"Type\":\"Antminer L3+\"},{\"temp_pcb1\":\"40-52-41-44\",\"temp1\":50}]}");
        assertThat(s.boardTempC()).isEqualTo(52.0);
        assertThat(s.asicTempC()).as("a board sensor is not a chip").isNull();
    }

    @Test
    void whatsminerWithoutChipTemperaturesReportsTheBoardTemperatureAsTheBoard() throws PollException {
        Sample s = map("{\"SUMMARY\":[{\"MHS av\":\"100000000\",\"Temperature\":80.5,\"Power\":3300}]}", null);
        assertThat(s.deviceFamily()).isEqualTo("whatsminer");
        assertThat(s.asicTempC()).isNull();
        assertThat(s.boardTempC()).isEqualTo(80.5);
        assertThat(s.hashrateGhs()).isEqualTo(100_000.0);
        assertThat(s.hashrateWindow()).isEqualTo("avg");
    }

    @Test
    void smallAvalonLitestatsSummaryIsRecognisedAndNoSensorTemperaturesAreMissing() throws PollException {
        Sample s = map(null, "{\"STATS\":[{\"MM ID0:Summary\":\"Ver[Nano3-25021401] GHSspd[4012.5] TMax[-273] "
                + "Fan1[2100] FanR[35%]\"}]}");
        assertThat(s.deviceFamily()).isEqualTo("avalon");
        assertThat(s.hashrateGhs()).isEqualTo(4012.5);
        assertThat(s.asicTempC()).isNull();
        assertThat(s.fanPct()).isEqualTo(35.0);
        assertThat(s.firmwareVersion()).isEqualTo("Nano3-25021401");
    }

    @Test
    void anUnknownCgminerGetsTheCommonSummaryFieldsOnly() throws PollException {
        Sample s = map("{\"SUMMARY\":[{\"MHS 5s\":2500,\"Accepted\":10,\"Rejected\":1,\"Elapsed\":60,"
                + "\"Best Share\":\"1.5M\"}]}", null);
        assertThat(s.deviceFamily()).isEqualTo("cgminer");
        assertThat(s.hashrateGhs()).isEqualTo(2.5);
        assertThat(s.sharesAccepted()).isEqualTo(10L);
        assertThat(s.sharesRejected()).isEqualTo(1L);
        assertThat(s.uptimeS()).isEqualTo(60L);
        assertThat(s.sessionBestDiff()).isEqualTo(1.5e6);
        assertThat(s.powerW()).isNull();
    }

    @Test
    void hostileTextFromACgminerIsSanitised() throws PollException {
        Sample s = map(null, "{\"STATS\":[{\"Type\":\"Antminer\\u001b[5m S19\\u202E\\u0085\","
                + "\"CompileTime\":\"=cmd|' /C calc'!A0\"}]}");
        assertThat(s.boardVersion()).isEqualTo("Antminer S19");
        assertThat(s.firmwareVersion()).isEqualTo("'=cmd|' /C calc'!A0");
    }
}
