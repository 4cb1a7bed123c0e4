package io.github.bitaxemonitor.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.model.Plausibility;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.testing.Samples;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class HealthRulesTest {
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    /** A history in which nothing is remarkable: the fixture's uptime and shares were seen a moment ago. */
    private static final MinerHistory SEEN = new MinerHistory(86_000L, 15_000L, NOW.minusSeconds(30));
    private static final ThresholdPolicy DEFAULTS = ThresholdPolicy.defaults();

    private static Judgement judge(UnaryOperator<Sample.Builder> change, MinerHistory before, ThresholdPolicy p) {
        Sample s = change.apply(Samples.gamma("127.0.0.1:80", NOW)).build();
        Plausibility.Result checked = Plausibility.check(Samples.reading(s));
        MinerIdentity id = new MinerIdentity(s.address(), s.deviceFamily(), s.model(), s.asicModel());
        return HealthRules.judge(checked, before, p.forMiner(id), NOW);
    }

    private static Status status(UnaryOperator<Sample.Builder> change) {
        return judge(change, SEEN, DEFAULTS).status();
    }

    private static Status status(UnaryOperator<Sample.Builder> change, MinerHistory before) {
        return judge(change, before, DEFAULTS).status();
    }

    /** A Bitaxe with a chip other than the BM1370, whose 68 C limit would blur the family default. */
    private static Sample.Builder supra(Sample.Builder b) {
        return b.asicModel("BM1368").model("Bitaxe Supra");
    }

    @Test
    void healthyReadingIsOnlineWithNoConditions() {
        Judgement j = judge(b -> b, SEEN, DEFAULTS);
        assertThat(j.status()).isEqualTo(Status.ONLINE);
        assertThat(j.conditions()).isEmpty();
        assertThat(j.text()).isNull();
    }

    @Test
    void overheatModeIsOverheat() {
        assertThat(status(b -> b.overheatMode(true))).isEqualTo(Status.OVERHEAT);
    }

    @Test
    void reportedFaultIsFaultWithTheFirmwaresWords() {
        Judgement j = judge(b -> b.faults("power_fault: VIN UNDERVOLTAGE"), SEEN, DEFAULTS);
        assertThat(j.status()).isEqualTo(Status.FAULT);
        assertThat(j.text()).isEqualTo("FAULT power_fault: VIN UNDERVOLTAGE");
        assertThat(status(b -> b.faults("  "))).isEqualTo(Status.ONLINE);
    }

    @Test
    void asicOrVrAtTheirThresholdIsHotAndSaysWhichSensorAndLimit() {
        assertThat(status(b -> supra(b).asicTempC(70.0))).isEqualTo(Status.HOT);
        assertThat(status(b -> supra(b).asicTempC(69.9))).isEqualTo(Status.ONLINE);
        assertThat(status(b -> supra(b).asicTemp2C(71.0))).isEqualTo(Status.HOT);
        assertThat(status(b -> b.vrTempC(90.0))).isEqualTo(Status.HOT);
        assertThat(status(b -> b.vrTempC(89.0))).isEqualTo(Status.ONLINE);
        assertThat(judge(b -> supra(b).asicTempC(73.1), SEEN, DEFAULTS).text()).isEqualTo("HOT asic 73.1C >= 70");
    }

    @Test
    void bm1370BoardsAreHotTwoDegreesSooner() {
        assertThat(judge(b -> b.asicTempC(68.5), SEEN, DEFAULTS).text()).isEqualTo("HOT asic 68.5C >= 68");
        assertThat(status(b -> b.asicTempC(67.9))).isEqualTo(Status.ONLINE);
    }

    @Test
    void bigMinersAtTheirVendorsNormalTemperatureAreOnline() {
        UnaryOperator<Sample.Builder> antminer = b -> b.deviceFamily("antminer").model("Antminer S19 Pro")
                .asicModel(null).vrTempC(null).asicTempC(82.0).boardTempC(68.0);
        assertThat(status(antminer)).isEqualTo(Status.ONLINE);
        assertThat(judge(b -> antminer.apply(b).asicTempC(91.0), SEEN, DEFAULTS).text())
                .isEqualTo("HOT asic 91.0C >= 90");
        assertThat(judge(b -> antminer.apply(b).boardTempC(81.0), SEEN, DEFAULTS).text())
                .isEqualTo("HOT board 81.0C >= 80");
        UnaryOperator<Sample.Builder> whatsminer = b -> b.deviceFamily("whatsminer").model("Whatsminer M30S")
                .asicModel(null).vrTempC(null).asicTempC(96.0).boardTempC(85.0);
        assertThat(status(whatsminer)).isEqualTo(Status.ONLINE);
        UnaryOperator<Sample.Builder> avalon = b -> b.deviceFamily("avalon").model("Avalon 1246").asicModel(null)
                .vrTempC(null).asicTempC(93.0);
        assertThat(status(avalon)).isEqualTo(Status.ONLINE);
        assertThat(status(b -> avalon.apply(b).asicTempC(100.0))).isEqualTo(Status.HOT);
    }

    @Test
    void s17BoardsAreHotSoonerThanOtherAntminers() {
        UnaryOperator<Sample.Builder> s17 = b -> b.deviceFamily("antminer").model("Antminer S17 Pro").asicModel(null)
                .vrTempC(null).asicTempC(70.0).boardTempC(73.0);
        assertThat(judge(s17, SEEN, DEFAULTS).text()).isEqualTo("HOT board 73.0C >= 72");
    }

    @Test
    void configOverridesApplyFromFamilyToModelToMiner() {
        ThresholdOverrides family = ThresholdOverrides.temperatures(80.0, null, null);
        ThresholdOverrides model = ThresholdOverrides.temperatures(85.0, null, null);
        ThresholdOverrides miner = ThresholdOverrides.temperatures(60.0, null, null);
        UnaryOperator<Sample.Builder> s19 = b -> b.deviceFamily("antminer").model("Antminer S19 Pro")
                .asicModel(null).vrTempC(null).asicTempC(82.0);
        ThresholdPolicy byFamily = new ThresholdPolicy(ThresholdOverrides.NONE, Map.of("antminer", family), Map.of(),
                Map.of(), 3);
        assertThat(judge(s19, SEEN, byFamily).status()).isEqualTo(Status.HOT);
        ThresholdPolicy byModel = new ThresholdPolicy(ThresholdOverrides.NONE, Map.of("antminer", family),
                Map.of("s19 pro", model), Map.of(), 3);
        assertThat(judge(s19, SEEN, byModel).status()).isEqualTo(Status.ONLINE);
        ThresholdPolicy byMiner = new ThresholdPolicy(ThresholdOverrides.NONE, Map.of("antminer", family),
                Map.of("s19 pro", model), Map.of("127.0.0.1:80", miner), 3);
        assertThat(judge(b -> s19.apply(b).asicTempC(61.0), SEEN, byMiner).status()).isEqualTo(Status.HOT);
    }

    @Test
    void topLevelTemperatureKeysAreTheBitaxesOnly() {
        ThresholdPolicy p = new ThresholdPolicy(ThresholdOverrides.temperatures(60.0, null, null).withBootGrace(null),
                Map.of(), Map.of(), Map.of(), 3);
        assertThat(judge(b -> supra(b).asicTempC(61.0), SEEN, p).status()).isEqualTo(Status.HOT);
        assertThat(judge(b -> b.deviceFamily("antminer").model("Antminer S19").asicModel(null).vrTempC(null)
                .asicTempC(80.0), SEEN, p).status()).isEqualTo(Status.ONLINE);
    }

    @Test
    void anAbsurdSensorIsASensorProblemAndNeverHot() {
        Judgement j = judge(b -> b.asicTempC(4000.0), SEEN, DEFAULTS);
        assertThat(j.status()).isEqualTo(Status.SENSOR);
        assertThat(j.text()).isEqualTo("SENSOR asic_temp_c 4000 outside -40..150");
        assertThat(j.holds(Status.HOT)).isFalse();
    }

    @Test
    void zeroOrMissingHashrateIsNoHash() {
        assertThat(status(b -> b.hashrateGhs(0.0))).isEqualTo(Status.NO_HASH);
        assertThat(status(b -> b.hashrateGhs(null))).isEqualTo(Status.NO_HASH);
    }

    @Test
    void notHashingInTheFirstMinutesAfterBootIsBootingNotNoHash() {
        Judgement j = judge(b -> b.hashrateGhs(0.0).uptimeS(42L), MinerHistory.initial(), DEFAULTS);
        assertThat(j.status()).isEqualTo(Status.BOOTING);
        assertThat(j.text()).isEqualTo("BOOTING up 42s < 3m, not hashing yet");
        assertThat(status(b -> b.hashrateGhs(0.0).uptimeS(181L), MinerHistory.initial())).isEqualTo(Status.NO_HASH);
        assertThat(status(b -> b.hashrateGhs(500.0).uptimeS(42L), MinerHistory.initial())).isEqualTo(Status.ONLINE);
    }

    @Test
    void bigMinersGetLongerToBoot() {
        UnaryOperator<Sample.Builder> antminer = b -> b.deviceFamily("antminer").model("Antminer S19").asicModel(null)
                .vrTempC(null).asicTempC(60.0).hashrateGhs(0.0).uptimeS(400L);
        assertThat(status(antminer, MinerHistory.initial())).isEqualTo(Status.BOOTING);
    }

    @Test
    void aMinerItsOwnerPausedIsPausedNotAnError() {
        Judgement j = judge(b -> b.miningPaused(true).hashrateGhs(0.0), SEEN, DEFAULTS);
        assertThat(j.status()).isEqualTo(Status.PAUSED);
        assertThat(j.status().healthy()).isTrue();
        assertThat(j.holds(Status.NO_HASH)).isFalse();
    }

    @Test
    void hashingWithFrozenSharesForTheStallTimeIsStalled() {
        MinerHistory frozen = new MinerHistory(86_000L, 15_230L, NOW.minus(Duration.ofMinutes(15)));
        assertThat(judge(b -> b, frozen, DEFAULTS).text()).isEqualTo("STALLED accepted shares at 15230 for 15m >= 15m");
        MinerHistory recent = new MinerHistory(86_000L, 15_230L, NOW.minus(Duration.ofMinutes(14)));
        assertThat(status(b -> b, recent)).isEqualTo(Status.ONLINE);
        assertThat(status(b -> b.sharesAccepted(15_231L), frozen)).isEqualTo(Status.ONLINE);
    }

    @Test
    void uptimeGoingDownIsRebooted() {
        assertThat(status(b -> b.uptimeS(85_999L).sharesAccepted(3L).sharesRejected(0L))).isEqualTo(Status.REBOOTED);
        assertThat(status(b -> b.uptimeS(86_030L))).isEqualTo(Status.ONLINE);
        assertThat(status(b -> b.uptimeS(5L).hashrateGhs(100.0), MinerHistory.initial())).isEqualTo(Status.ONLINE);
    }

    @Test
    void rejectsAboveThePercentageAreRejectWithTheirShare() {
        Judgement j = judge(b -> b.sharesAccepted(876L).sharesRejected(124L), SEEN, DEFAULTS);
        assertThat(j.text()).isEqualTo("REJECT 12.4% > 10");
        assertThat(j.conditions().get(0).value()).isEqualTo(12.4);
        assertThat(j.conditions().get(0).limit()).isEqualTo(10.0);
        assertThat(status(b -> b.sharesAccepted(90L).sharesRejected(10L))).isEqualTo(Status.ONLINE);
    }

    @Test
    void weakSignalOrAnExplicitFailureTextIsWifiWhateverTheForkCallsConnected() {
        assertThat(status(b -> b.wifiRssiDbm(-81L))).isEqualTo(Status.WIFI);
        assertThat(status(b -> b.wifiRssiDbm(-80L))).isEqualTo(Status.ONLINE);
        assertThat(status(b -> b.wifiStatus("Connecting..."))).isEqualTo(Status.WIFI);
        assertThat(status(b -> b.wifiStatus("Retrying: 3"))).isEqualTo(Status.WIFI);
        assertThat(status(b -> b.wifiStatus("Not connected"))).isEqualTo(Status.WIFI);
        assertThat(status(b -> b.wifiStatus("Connected!"))).isEqualTo(Status.ONLINE);
        assertThat(status(b -> b.wifiStatus("WiFi Connected!"))).isEqualTo(Status.ONLINE);
        assertThat(status(b -> b.wifiStatus("Verbunden"))).isEqualTo(Status.ONLINE);
        assertThat(status(b -> b.wifiStatus(null).wifiRssiDbm(null))).isEqualTo(Status.ONLINE);
    }

    @Test
    void everyConditionThatHoldsIsKeptMostUrgentFirst() {
        MinerHistory before = new MinerHistory(90_000L, 15_230L, NOW.minus(Duration.ofHours(1)));
        Judgement j = judge(b -> supra(b).overheatMode(true).faults("hardware_fault").asicTempC(80.0).hashrateGhs(0.0)
                .sharesRejected(9_000L).wifiRssiDbm(-90L).vrTempC(5000.0), before, DEFAULTS);
        assertThat(j.conditions()).extracting(Condition::status).containsExactly(Status.OVERHEAT, Status.FAULT,
                Status.HOT, Status.NO_HASH, Status.REBOOTED, Status.REJECT, Status.SENSOR, Status.WIFI);
        assertThat(j.status()).isEqualTo(Status.OVERHEAT);
        assertThat(j.text()).startsWith("OVERHEAT ").contains("; FAULT hardware_fault; HOT asic 80.0C >= 70; ");
    }

    @Test
    void historyTracksUptimeAndWhenSharesLastMoved() {
        Sample s = Samples.gamma("a", NOW).build();
        MinerHistory seen = MinerHistory.initial().after(Samples.reading(s), NOW);
        assertThat(seen).isEqualTo(new MinerHistory(86_400L, 15_230L, NOW));
        MinerHistory same = seen.after(Samples.reading(s), NOW.plusSeconds(60));
        assertThat(same.acceptedSince()).isEqualTo(NOW);
        MinerHistory moved = same.after(Samples.reading(s.toBuilder().sharesAccepted(15_231L).build()),
                NOW.plusSeconds(90));
        assertThat(moved.acceptedSince()).isEqualTo(NOW.plusSeconds(90));
    }
}
