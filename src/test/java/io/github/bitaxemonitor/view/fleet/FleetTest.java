package io.github.bitaxemonitor.view.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.view.FleetData;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FleetTest {
    private static final Instant T0 = Instant.parse("2026-11-20T12:00:00Z");

    private static Sample at(int miner, int seconds) {
        return FleetData.miner(miner, T0.plusSeconds(seconds)).build();
    }

    @Test
    void totalsSumTheLatestRowOfEveryAnsweringMiner() {
        Fleet fleet = new Fleet(null, FleetBudget.history(10));
        fleet.accept(at(1, 0));
        fleet.accept(at(1, 5));
        fleet.accept(at(2, 5));
        fleet.accept(Sample.builder().timestamp(T0.plusSeconds(5)).address("127.0.0.13:80").status(Status.OFFLINE)
                .build());

        FleetTotals t = fleet.totals(T0.plusSeconds(7));

        assertThat(t.miners()).isEqualTo(3);
        assertThat(t.online()).isEqualTo(2);
        assertThat(t.byStatus()).containsEntry(MinerState.of(Status.ONLINE), 2).containsEntry(MinerState.of(Status.OFFLINE), 1);
        assertThat(t.hashrateGhs()).isEqualTo(1010.0 + 1020.0);
        assertThat(t.powerW()).isEqualTo(19.0 + 20.0);
        assertThat(t.joulesPerTh()).isCloseTo(39.0 / 2.030, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(t.avgAsicTempC()).isEqualTo(56.5);
        assertThat(t.hottestAsicTempC()).isEqualTo(57.0);
        assertThat(t.hottestName()).isEqualTo("gamma-2");
        assertThat(t.sharesAccepted()).isEqualTo(2 * 15230L);
        assertThat(t.dataAge()).isEqualTo(Duration.ofSeconds(2));
        assertThat(t.cycle()).isEqualTo(Duration.ofSeconds(5));
        assertThat(t.collectorStopped()).isFalse();
    }

    @Test
    void totalsAreSummedOncePerDataChangeAndAgedForEachMoment() {
        Fleet fleet = new Fleet(null, FleetBudget.history(10));
        fleet.accept(at(1, 0));
        fleet.accept(at(2, 0));

        FleetTotals first = fleet.totals(T0.plusSeconds(1));
        FleetTotals later = fleet.totals(T0.plusSeconds(9));
        assertThat(later.byStatus()).isSameAs(first.byStatus()); // not summed again
        assertThat(later.dataAge()).isEqualTo(Duration.ofSeconds(9));
        assertThat(later.hashrateGhs()).isEqualTo(first.hashrateGhs());

        fleet.accept(at(1, 5).toBuilder().hashrateGhs(500.0).build());
        FleetTotals changed = fleet.totals(T0.plusSeconds(9));
        assertThat(changed.byStatus()).isNotSameAs(first.byStatus());
        assertThat(changed.hashrateGhs()).isEqualTo(500.0 + 1020.0);
        assertThat(changed.dataAge()).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void theCollectorLooksStoppedAfterThreeCyclesButNotBeforeThirtySeconds() {
        Fleet fleet = new Fleet(null, FleetBudget.history(10));
        for (int s = 0; s <= 50; s += 5) {
            fleet.accept(at(1, s));
        }

        assertThat(fleet.totals(T0.plusSeconds(50 + 30)).collectorStopped()).isFalse();
        assertThat(fleet.totals(T0.plusSeconds(50 + 31)).collectorStopped()).isTrue();
    }

    @Test
    void withoutAKnownCycleTwoMinutesMeanStopped() {
        Fleet fleet = new Fleet(null, FleetBudget.history(10));
        fleet.accept(at(1, 0));

        assertThat(fleet.totals(T0.plusSeconds(120)).collectorStopped()).isFalse();
        assertThat(fleet.totals(T0.plusSeconds(121)).collectorStopped()).isTrue();
    }

    @Test
    void statusChangesAreRecordedAndCounted() {
        Fleet fleet = new Fleet(null, FleetBudget.history(10));
        fleet.accept(at(1, 0));
        fleet.accept(at(1, 5).toBuilder().status(Status.HOT).build());
        fleet.accept(at(1, 10).toBuilder().status(Status.HOT).build());
        fleet.accept(at(1, 15));

        MinerTrack m = fleet.miners().iterator().next();
        assertThat(m.recentChanges()).containsExactly(
                new StatusChange(T0.plusSeconds(5), Status.ONLINE, Status.HOT),
                new StatusChange(T0.plusSeconds(15), Status.HOT, Status.ONLINE));
        assertThat(m.changeCount()).isEqualTo(2);
    }

    @Test
    void rowsNotNewerThanTheLatestAreIgnored() {
        Fleet fleet = new Fleet(null, FleetBudget.history(10));
        fleet.accept(at(1, 10));
        long version = fleet.version();

        assertThat(fleet.accept(at(1, 10))).isFalse();
        assertThat(fleet.accept(at(1, 5))).isFalse();
        assertThat(fleet.version()).isEqualTo(version);
        assertThat(fleet.miners().iterator().next().rows()).isEqualTo(1);
    }

    @Test
    void rowsBeforeTheWindowAreIgnored() {
        Fleet fleet = new Fleet(T0.plusSeconds(10), FleetBudget.history(10));

        assertThat(fleet.accept(at(1, 5))).isFalse();
        assertThat(fleet.accept(at(1, 10))).isTrue();
    }

    @Test
    void historyIsBoundedWhileWindowStatisticsSeeEveryRow() {
        Fleet fleet = new Fleet(null, FleetBudget.history(4));
        for (int i = 0; i < 10; i++) {
            fleet.accept(at(1, i * 5).toBuilder().hashrateGhs(100.0 + i).build());
        }

        MinerTrack m = fleet.miners().iterator().next();
        assertThat(m.hashrateHistory().last(100)).containsExactly(106, 107, 108, 109);
        assertThat(m.hashrateStats().min()).isEqualTo(100.0);
        assertThat(m.hashrateStats().max()).isEqualTo(109.0);
        assertThat(m.hashrateStats().mean()).isEqualTo(104.5);
        assertThat(m.rows()).isEqualTo(10);
    }

    @Test
    void uptimeIsTheShareOfRowsInWhichTheMinerAnswered() {
        Fleet fleet = new Fleet(null, FleetBudget.history(10));
        fleet.accept(at(1, 0));
        fleet.accept(at(1, 5));
        fleet.accept(at(1, 10).toBuilder().status(Status.TIMEOUT).build());
        fleet.accept(at(1, 15).toBuilder().status(Status.OFFLINE).build());

        MinerTrack m = fleet.miners().iterator().next();
        assertThat(m.uptimePct()).isEqualTo(50.0);
        assertThat(m.lastReachable()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void aMinerWithoutNewRowsWhileOthersHaveThemIsStaleAndLeftOutOfTheSums() {
        Fleet fleet = new Fleet(null, FleetBudget.history(10));
        for (int s = 0; s <= 60; s += 5) {
            fleet.accept(at(1, s));
            if (s <= 25) {
                fleet.accept(at(2, s));
            }
        }
        MinerTrack one = track(fleet, "gamma-1");
        MinerTrack two = track(fleet, "gamma-2");

        // Stopped after three cycles (15 s), but never sooner than 30 s: gamma-2's newest row is 35 s old.
        assertThat(one.state()).isEqualTo(MinerState.of(Status.ONLINE));
        assertThat(two.state()).isEqualTo(MinerState.STALE);
        assertThat(two.status()).as("the row itself is unchanged").isEqualTo(Status.ONLINE);
        FleetTotals t = fleet.totals(T0.plusSeconds(61));
        assertThat(t.online()).isEqualTo(1);
        assertThat(t.stale()).isEqualTo(1);
        assertThat(t.byStatus()).containsEntry(MinerState.STALE, 1).containsEntry(MinerState.of(Status.ONLINE), 1);
        assertThat(t.hashrateGhs()).isEqualTo(1010.0);
        assertThat(t.powerW()).isEqualTo(19.0);
        assertThat(t.collectorStopped()).isFalse();

        fleet.accept(at(2, 65));
        assertThat(two.state()).as("back with a new row").isEqualTo(MinerState.of(Status.ONLINE));
        assertThat(fleet.totals(T0.plusSeconds(66)).online()).isEqualTo(2);
    }

    @Test
    void aMinerIsNotStaleWithinTheStoppedDelay() {
        Fleet fleet = new Fleet(null, FleetBudget.history(10));
        for (int s = 0; s <= 30; s += 5) {
            fleet.accept(at(1, s));
        }
        fleet.accept(at(2, 0));

        assertThat(track(fleet, "gamma-2").state().stale()).isFalse();
        fleet.accept(at(1, 35));
        assertThat(track(fleet, "gamma-2").state().stale()).isTrue();
    }

    @Test
    void aRowInWhichTheMinerDidNotAnswerIsAGapInItsChartsWhateverItHolds() {
        Fleet fleet = new Fleet(null, FleetBudget.history(10));
        fleet.accept(at(1, 0));
        fleet.accept(at(1, 5).toBuilder().status(Status.OFFLINE).build()); // still carrying the old readings

        MinerTrack m = track(fleet, "gamma-1");
        assertThat(m.hashrateHistory().last(10)).containsExactly(1010.0, Double.NaN);
        assertThat(m.hashrateHistory().newest()).isNaN();
        assertThat(m.asicTempHistory().newest()).isNaN();
        assertThat(m.powerHistory().newest()).isNaN();
        assertThat(m.hashrateStats().count()).isEqualTo(1);
    }

    @Test
    void minersBeyondTheBudgetAreRefusedAndCounted() {
        Fleet fleet = new Fleet(null, new FleetBudget(2, 240, Long.MAX_VALUE));
        fleet.accept(at(1, 0));
        fleet.accept(at(2, 0));

        assertThat(fleet.accept(at(3, 0))).isFalse();
        assertThat(fleet.accept(at(3, 5))).isFalse();
        assertThat(fleet.accept(at(1, 5))).as("known miners still take rows").isTrue();
        assertThat(fleet.miners()).hasSize(2);
        assertThat(fleet.refusedRows()).isEqualTo(2);
        assertThat(fleet.totals(T0.plusSeconds(6)).tooManyMiners())
                .isEqualTo("more than 2 miners in the window (2 rows of the others not read, to stay within memory):"
                        + " narrow it with --window or --data");
    }

    @Test
    void chartsShareTheBudgetSoABigFleetKeepsShorterOnes() {
        // 3 charts x 20 readings for one miner; with 4 miners each chart may hold 5, but never fewer than 16.
        Fleet fleet = new Fleet(null, new FleetBudget(100, 240, 3 * 20));
        for (int i = 0; i < 50; i++) {
            fleet.accept(at(1, 5 * i));
        }
        assertThat(track(fleet, "gamma-1").hashrateHistory().size()).isEqualTo(20);
        for (int miner = 2; miner <= 4; miner++) {
            for (int i = 0; i < 50; i++) {
                fleet.accept(at(miner, 5 * i));
            }
        }
        assertThat(track(fleet, "gamma-4").hashrateHistory().size()).isEqualTo(16);
        assertThat(track(fleet, "gamma-1").hashrateHistory().size()).as("a full ring keeps its size").isEqualTo(20);
    }

    @Test
    void theBudgetForAHeapHoldsAHundredThousandMinersIn320Megabytes() {
        FleetBudget b = FleetBudget.forHeap(320L << 20);

        assertThat(b.maxMiners()).isGreaterThan(100_000);
        assertThat(b.historyFor(100_000)).isBetween(16, 240);
        assertThat(b.historyFor(25)).isEqualTo(240);
    }

    private static MinerTrack track(Fleet fleet, String name) {
        return fleet.miners().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }
}
