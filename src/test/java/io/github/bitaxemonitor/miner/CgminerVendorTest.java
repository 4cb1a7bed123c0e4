package io.github.bitaxemonitor.miner;

import static org.assertj.core.api.Assertions.assertThat;

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
        return Polls.row(CgminerVendor.read(replies, Instant.EPOCH, java.util.List.of()));
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

    private static CgminerReplies replies(String... commandAndReply) throws PollException {
        CgminerReplies r = new CgminerReplies();
        for (int i = 0; i < commandAndReply.length; i += 2) {
            r.put(commandAndReply[i], CgminerJson.parse(commandAndReply[i + 1].getBytes()));
        }
        return r;
    }

    @Test
    void bosminerIsNamedByItsStatusAndReadsFansAndTemperaturesFromTheirOwnCommands() throws PollException {
        CgminerReplies r = replies(
                "summary", "{\"STATUS\":[{\"STATUS\":\"S\",\"Description\":\"BOSminer bosminer-plus 0.9.0\"}],"
                        + "\"SUMMARY\":[{\"MHS 5s\":95000000,\"MHS av\":94000000,\"Elapsed\":600}]}",
                "fans", "{\"FANS\":[{\"ID\":0,\"RPM\":4200,\"Speed\":60},{\"ID\":1,\"RPM\":4150,\"Speed\":60}]}",
                "temps", "{\"TEMPS\":[{\"ID\":0,\"Board\":55.5,\"Chip\":71.0},{\"ID\":1,\"Board\":58,\"Chip\":74.5}]}");
        assertThat(CgminerVendor.of(r).missing(r)).isEmpty();
        Sample s = map(r);
        assertThat(s.deviceFamily()).isEqualTo("bosminer");
        assertThat(s.hashrateGhs()).isEqualTo(95_000.0);
        assertThat(s.asicTempC()).isEqualTo(74.5);
        assertThat(s.boardTempC()).isEqualTo(58.0);
        assertThat(s.fanRpm()).isEqualTo(4200L);
        assertThat(s.fan2Rpm()).isEqualTo(4150L);
        assertThat(s.fanPct()).isEqualTo(60.0);
        assertThat(s.firmwareVersion()).isEqualTo("BOSminer bosminer-plus 0.9.0");
    }

    @Test
    void bosminerAsksForFansAndTempsUntilItHasThem() throws PollException {
        CgminerReplies r = replies("summary", "{\"STATUS\":[{\"STATUS\":\"S\",\"Description\":\"BOSminer\"}],"
                + "\"SUMMARY\":[{\"MHS 5s\":1}]}");
        assertThat(CgminerVendor.of(r).missing(r)).containsExactly("fans", "temps");
    }

    @Test
    void aMultiModuleAvalonReportsItsHottestModuleAllItsFansAndItsTotalRate() throws PollException {
        CgminerReplies r = replies("summary", "{\"SUMMARY\":[{\"MHS av\":180000000}]}",
                "stats", "{\"STATS\":[{\"MM ID0\":\"Ver[1246-83-21042601] TMax[82] Fan[3900] FanR[40%] GHSspd[45000]"
                        + " GHSmm[46000] WALLPOWER[3400] SYSTEMSTATU[Work: In Work]\",\"MM ID1\":\"Ver[1246-83-21042601]"
                        + " TMax[91] Fan[3950] FanR[45%] GHSspd[44000] GHSmm[46000] SYSTEMSTATU[Work: In Work]\"}]}",
                "version", "{\"VERSION\":[{\"PROD\":\"AvalonMiner 1246\",\"MODEL\":\"1246\"}]}");
        Sample s = map(r);
        assertThat(s.deviceFamily()).isEqualTo("avalon");
        assertThat(s.asicTempC()).isEqualTo(91.0);
        assertThat(s.hashrateGhs()).as("the modules' current speed, not the since-boot average").isEqualTo(89_000.0);
        assertThat(s.hashrateWindow()).isEqualTo("rt");
        assertThat(s.expectedHashrateGhs()).isEqualTo(92_000.0);
        assertThat(s.fanRpm()).isEqualTo(3900L);
        assertThat(s.fan2Rpm()).isEqualTo(3950L);
        assertThat(s.fanPct()).isEqualTo(45.0);
        assertThat(s.model()).isEqualTo("1246");
        assertThat(s.firmwareVersion()).isEqualTo("1246-83-21042601");
        assertThat(s.miningPaused()).isFalse();
    }

    @Test
    void aSoftOffAvalonIsPaused() throws PollException {
        CgminerReplies r = replies("stats", "{\"STATS\":[{\"MM ID0\":\"Ver[1566-1] TMax[35] GHSspd[0] "
                + "SYSTEMSTATU[Work: Idle, Hash Board: 3]\"}]}");
        assertThat(map(r).miningPaused()).isTrue();
    }

    @Test
    void anAvalonWithoutMmDataInStatsIsAskedForEstatsThenLitestats() throws PollException {
        CgminerReplies r = replies("version", "{\"VERSION\":[{\"PROD\":\"AvalonMiner 1066\"}]}",
                "stats", "{\"STATS\":[{\"ID\":\"POOL0\"}]}");
        assertThat(CgminerVendor.of(r).family()).isEqualTo("avalon");
        assertThat(CgminerVendor.of(r).missing(r)).containsExactly("estats");
    }

    @Test
    void aSleepingWhatsminerIsPausedAndAnAwakeOneIsNot() throws PollException {
        String summary = "{\"STATUS\":[{\"STATUS\":\"S\",\"Description\":\"btminer\"}],\"SUMMARY\":[{\"MHS 5s\":0,"
                + "\"Power\":12,\"Chip Temp Max\":40}]}";
        Sample asleep = map(replies("summary", summary, "status",
                "{\"STATUS\":\"S\",\"When\":1,\"Code\":131,\"Msg\":{\"mineroff\":\"true\"},\"Description\":\"\"}"));
        assertThat(asleep.miningPaused()).isTrue();
        Sample awake = map(replies("summary", summary, "status",
                "{\"STATUS\":\"S\",\"Msg\":{\"mineroff\":\"false\",\"FirmwareVersion\":\"20230512\"}}"));
        assertThat(awake.miningPaused()).isFalse();
    }

    @Test
    void aWhatsminerWithoutChipTemperaturesInSummaryAsksForItsBoards() throws PollException {
        CgminerReplies r = replies("summary", "{\"SUMMARY\":[{\"MHS 5s\":68000000,\"Power\":3400}]}",
                "edevs", "{\"DEVS\":[{\"Temperature\":70,\"Chip Temp Max\":90.5},{\"Temperature\":72,"
                        + "\"Chip Temp Max\":93}]}");
        Sample s = map(r);
        assertThat(s.asicTempC()).isEqualTo(93.0);
        assertThat(s.boardTempC()).isEqualTo(72.0);
    }

    @Test
    void aMinerThatAnswersStatsButNotSummaryStillGivesItsRate() throws PollException {
        Sample s = map(replies("stats", "{\"STATS\":[{\"Type\":\"Antminer S19\"},{\"rate_unit\":\"GH\","
                + "\"chain_rate1\":\"31000\",\"chain_rate2\":\"31000\",\"chain_rate3\":\"30000\",\"temp2_1\":70}]}"));
        assertThat(s.hashrateGhs()).isEqualTo(92_000.0);
        assertThat(s.asicTempC()).isEqualTo(70.0);
        assertThat(s.model()).isEqualTo("Antminer S19");
    }
}
