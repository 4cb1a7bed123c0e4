package io.github.bitaxemonitor.collect;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.config.Thresholds;
import io.github.bitaxemonitor.miner.PollResult;
import io.github.bitaxemonitor.miner.PollResult.Kind;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.testing.Samples;
import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class StatusClassifierTest {
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final Thresholds T = Thresholds.defaults();
    /** A history in which nothing is remarkable: the fixture's uptime and shares were seen a moment ago. */
    private static final MinerHistory SEEN = new MinerHistory(86_000L, 15_000L, NOW.minusSeconds(30));

    private static Status reading(UnaryOperator<Sample.Builder> change) {
        return reading(change, SEEN);
    }

    private static Status reading(UnaryOperator<Sample.Builder> change, MinerHistory before) {
        Sample s = change.apply(Samples.gamma("127.0.0.1:80", NOW)).build();
        return StatusClassifier.classify(new PollResult.Reading(s, 40), before, T, NOW);
    }

    private static Status failure(Kind kind) {
        return StatusClassifier.classify(new PollResult.Failure(kind, "x", 10), MinerHistory.initial(), T, NOW);
    }

    @Test
    void healthyReadingIsOnline() {
        assertThat(reading(b -> b)).isEqualTo(Status.ONLINE);
    }

    @Test
    void nothingListeningIsOfflineFromTheFirstFailure() {
        assertThat(failure(Kind.UNREACHABLE)).isEqualTo(Status.OFFLINE);
    }

    @Test
    void noCompleteReplyInTimeIsTimeout() {
        assertThat(failure(Kind.TIMEOUT)).isEqualTo(Status.TIMEOUT);
    }

    @Test
    void http401IsRefused() {
        assertThat(failure(Kind.REFUSED)).isEqualTo(Status.REFUSED);
    }

    @Test
    void garbageReplyIsError() {
        assertThat(failure(Kind.BAD_REPLY)).isEqualTo(Status.ERROR);
    }

    @Test
    void overheatModeIsOverheat() {
        assertThat(reading(b -> b.overheatMode(true))).isEqualTo(Status.OVERHEAT);
    }

    @Test
    void reportedFaultIsFault() {
        assertThat(reading(b -> b.faults("power_fault: input voltage low"))).isEqualTo(Status.FAULT);
        assertThat(reading(b -> b.faults("  "))).isEqualTo(Status.ONLINE);
    }

    @Test
    void asicOrVrAtTheirThresholdIsHot() {
        assertThat(reading(b -> b.asicTempC(70.0))).isEqualTo(Status.HOT);
        assertThat(reading(b -> b.asicTempC(69.9))).isEqualTo(Status.ONLINE);
        assertThat(reading(b -> b.asicTemp2C(71.0))).isEqualTo(Status.HOT);
        assertThat(reading(b -> b.vrTempC(90.0))).isEqualTo(Status.HOT);
        assertThat(reading(b -> b.vrTempC(89.0))).isEqualTo(Status.ONLINE);
    }

    @Test
    void zeroOrMissingHashrateIsNoHash() {
        assertThat(reading(b -> b.hashrateGhs(0.0))).isEqualTo(Status.NO_HASH);
        assertThat(reading(b -> b.hashrateGhs(null))).isEqualTo(Status.NO_HASH);
    }

    @Test
    void hashingWithFrozenSharesForTheStallTimeIsStalled() {
        MinerHistory frozen = new MinerHistory(86_000L, 15_230L, NOW.minus(Duration.ofMinutes(15)));
        assertThat(reading(b -> b, frozen)).isEqualTo(Status.STALLED);
        MinerHistory recent = new MinerHistory(86_000L, 15_230L, NOW.minus(Duration.ofMinutes(14)));
        assertThat(reading(b -> b, recent)).isEqualTo(Status.ONLINE);
        assertThat(reading(b -> b.sharesAccepted(15_231L), frozen)).isEqualTo(Status.ONLINE);
    }

    @Test
    void uptimeGoingDownIsRebooted() {
        assertThat(reading(b -> b.uptimeS(85_999L).sharesAccepted(3L).sharesRejected(0L)))
                .isEqualTo(Status.REBOOTED);
        assertThat(reading(b -> b.uptimeS(86_030L))).isEqualTo(Status.ONLINE);
        assertThat(reading(b -> b.uptimeS(5L), MinerHistory.initial())).isEqualTo(Status.ONLINE);
    }

    @Test
    void rejectsAboveThePercentageAreReject() {
        assertThat(reading(b -> b.sharesAccepted(89L).sharesRejected(11L))).isEqualTo(Status.REJECT);
        assertThat(reading(b -> b.sharesAccepted(90L).sharesRejected(10L))).isEqualTo(Status.ONLINE);
    }

    @Test
    void weakSignalOrDisconnectedWifiIsWifi() {
        assertThat(reading(b -> b.wifiRssiDbm(-81L))).isEqualTo(Status.WIFI);
        assertThat(reading(b -> b.wifiRssiDbm(-80L))).isEqualTo(Status.ONLINE);
        assertThat(reading(b -> b.wifiStatus("Connecting..."))).isEqualTo(Status.WIFI);
        assertThat(reading(b -> b.wifiStatus("Connected!"))).isEqualTo(Status.ONLINE);
        assertThat(reading(b -> b.wifiStatus(null).wifiRssiDbm(null))).isEqualTo(Status.ONLINE);
    }

    @Test
    void theConditionDeclaredFirstWins() {
        // Everything wrong at once; removing the winner each time must reveal the next in declaration order.
        MinerHistory before = new MinerHistory(90_000L, 15_230L, NOW.minus(Duration.ofHours(1)));
        UnaryOperator<Sample.Builder> all = b -> b.overheatMode(true).faults("hardware_fault").asicTempC(80.0)
                .hashrateGhs(0.0).sharesRejected(9_000L).wifiRssiDbm(-90L);
        assertThat(reading(all, before)).isEqualTo(Status.OVERHEAT);
        assertThat(reading(b -> all.apply(b).overheatMode(false), before)).isEqualTo(Status.FAULT);
        assertThat(reading(b -> all.apply(b).overheatMode(false).faults(null), before)).isEqualTo(Status.HOT);
        UnaryOperator<Sample.Builder> cool = b -> all.apply(b).overheatMode(false).faults(null).asicTempC(55.0);
        assertThat(reading(cool, before)).isEqualTo(Status.NO_HASH);
        UnaryOperator<Sample.Builder> hashing = b -> cool.apply(b).hashrateGhs(1000.0);
        assertThat(reading(hashing, before)).isEqualTo(Status.STALLED);
        UnaryOperator<Sample.Builder> moving = b -> hashing.apply(b).sharesAccepted(15_300L);
        assertThat(reading(moving, before)).isEqualTo(Status.REBOOTED);
        UnaryOperator<Sample.Builder> up = b -> moving.apply(b).uptimeS(90_030L);
        assertThat(reading(up, before)).isEqualTo(Status.REJECT);
        assertThat(reading(b -> up.apply(b).sharesRejected(1L), before)).isEqualTo(Status.WIFI);
        assertThat(reading(b -> up.apply(b).sharesRejected(1L).wifiRssiDbm(-50L), before)).isEqualTo(Status.ONLINE);
        // And any failure outranks every reading status.
        assertThat(Status.OFFLINE.ordinal()).isLessThan(Status.OVERHEAT.ordinal());
    }

    @Test
    void historyTracksUptimeAndWhenSharesLastMovedAndFailuresLeaveItAlone() {
        MinerHistory h = MinerHistory.initial()
                .after(new PollResult.Failure(Kind.UNREACHABLE, "x", 1), NOW);
        assertThat(h).isEqualTo(MinerHistory.initial());
        Sample s = Samples.gamma("a", NOW).build();
        MinerHistory seen = h.after(new PollResult.Reading(s, 1), NOW);
        assertThat(seen).isEqualTo(new MinerHistory(86_400L, 15_230L, NOW));
        MinerHistory same = seen.after(new PollResult.Reading(s, 1), NOW.plusSeconds(60));
        assertThat(same.acceptedSince()).isEqualTo(NOW);
        MinerHistory moved = same.after(new PollResult.Reading(s.toBuilder().sharesAccepted(15_231L).build(), 1),
                NOW.plusSeconds(90));
        assertThat(moved.acceptedSince()).isEqualTo(NOW.plusSeconds(90));
        assertThat(moved.after(new PollResult.Failure(Kind.TIMEOUT, "x", 1), NOW).lastAccepted()).isEqualTo(15_231L);
    }
}
