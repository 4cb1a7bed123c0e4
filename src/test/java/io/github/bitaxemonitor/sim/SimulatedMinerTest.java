package io.github.bitaxemonitor.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SimulatedMinerTest {

    private static SimulatedMiner miner(Board board) {
        return new SimulatedMiner(3, board, board == Board.NERDQAXE_PP ? FirmwareShape.NERDQAXE : FirmwareShape.V2_12,
                11);
    }

    @ParameterizedTest
    @EnumSource(Board.class)
    void driftStaysInRealisticRangesForHours(Board board) {
        SimulatedMiner m = miner(board);
        Set<Double> temps = new HashSet<>();
        for (int minute = 0; minute < 180; minute++) {
            m.advanceSeconds(60);
            MinerSnapshot s = m.snapshot();
            temps.add(s.thermal().asicTemp());
            assertThat(s.thermal().asicTemp()).isBetween(37.0, 64.0);
            if (board.hasVrSensor()) {
                assertThat(s.thermal().vrTemp()).isBetween(45.0, 86.0);
            } else {
                assertThat(s.thermal().vrTemp()).isZero();
            }
            assertThat(s.thermal().fanRpm()).isBetween(1300, 5500);
            assertThat(s.hashing().hashRate()).isBetween(board.expectedGhs() * 0.85, board.expectedGhs() * 1.1);
            assertThat(s.electrical().powerW()).isBetween(board.typicalWatts() * 0.9, board.typicalWatts() * 1.1);
            double joulesPerTh = s.electrical().powerW() / (s.hashing().hashRate() / 1000);
            assertThat(joulesPerTh).isBetween(14.0, 60.0);
            assertThat(s.electrical().voltageMv()).isBetween(board.nominalVolts() * 990.0, board.nominalVolts() * 1030.0);
            double impliedWatts = s.electrical().voltageMv() * s.electrical().currentMa() / 1e6;
            assertThat(impliedWatts).isBetween(s.electrical().powerW() * 0.98, s.electrical().powerW() * 1.02);
            assertThat(s.network().rssi()).isBetween(-75, -35);
            assertThat(s.health().freeHeap()).isBetween(120_000L, 210_000L);
        }
        assertThat(temps).as("the temperature moves").hasSizeGreaterThan(20);
    }

    @Test
    void uptimeAndSharesGrowAndFasterBoardsFindMoreShares() {
        SimulatedMiner max = miner(Board.MAX);
        SimulatedMiner nerd = miner(Board.NERDQAXE_PP);
        MinerSnapshot max0 = max.snapshot();
        MinerSnapshot nerd0 = nerd.snapshot();
        max.advanceSeconds(3600);
        nerd.advanceSeconds(3600);
        MinerSnapshot max1 = max.snapshot();
        MinerSnapshot nerd1 = nerd.snapshot();
        assertThat(max1.health().uptimeSeconds()).isEqualTo(max0.health().uptimeSeconds() + 3600);
        long maxShares = max1.shares().accepted() - max0.shares().accepted();
        long nerdShares = nerd1.shares().accepted() - nerd0.shares().accepted();
        assertThat(maxShares).isPositive();
        // Shares per second = GH/s * 1e9 / (difficulty * 2^32): about 0.066/s for a Max at difficulty 1000.
        assertThat(maxShares).isBetween(150L, 320L);
        assertThat(nerdShares * 4096.0 / 1000).as("per unit of difficulty, ~17x the Max").isGreaterThan(maxShares * 10.0);
        assertThat(max1.shares().bestSessionDiff()).isGreaterThanOrEqualTo(max0.shares().bestSessionDiff());
    }

    @Test
    void sameSeedGivesTheSameRepliesAndAnotherSeedDoesNot() {
        SimulatedMiner a = new SimulatedMiner(5, Board.GAMMA, FirmwareShape.V2_12, 99);
        SimulatedMiner b = new SimulatedMiner(5, Board.GAMMA, FirmwareShape.V2_12, 99);
        SimulatedMiner c = new SimulatedMiner(5, Board.GAMMA, FirmwareShape.V2_12, 100);
        a.advanceSeconds(500);
        b.advanceSeconds(500);
        c.advanceSeconds(500);
        assertThat(a.snapshot()).isEqualTo(b.snapshot());
        assertThat(a.snapshot()).isNotEqualTo(c.snapshot());
    }

    @Test
    void hotMinerRunsAt71To74Degrees() {
        SimulatedMiner m = miner(Board.GAMMA);
        m.addFault(Fault.HOT);
        for (int i = 0; i < 60; i++) {
            m.advanceSeconds(60);
            MinerSnapshot s = m.snapshot();
            assertThat(s.thermal().asicTemp()).isBetween(71.0, 74.0);
            assertThat(s.health().overheatMode()).isFalse();
            assertThat(s.hashing().hashRate()).isPositive();
        }
    }

    @Test
    void overheatedMinerReportsOverheatModeAndNoHashrate() {
        SimulatedMiner m = miner(Board.SUPRA);
        m.addFault(Fault.OVERHEAT);
        m.advanceSeconds(5);
        MinerSnapshot s = m.snapshot();
        assertThat(s.health().overheatMode()).isTrue();
        assertThat(s.hashing().hashRate()).isZero();
        assertThat(s.thermal().asicTemp()).isGreaterThan(75.0);
        assertThat(s.thermal().fanPercent()).isEqualTo(100.0);
    }

    @Test
    void noHashMinerIsReachableButHashesNothing() {
        SimulatedMiner m = miner(Board.ULTRA);
        m.addFault(Fault.NO_HASH);
        long before = m.snapshot().shares().accepted();
        m.advanceSeconds(600);
        MinerSnapshot s = m.snapshot();
        assertThat(s.hashing().hashRate()).isZero();
        assertThat(s.shares().accepted()).isEqualTo(before);
        assertThat(s.health().powerFault()).isNull();
    }

    @Test
    void stalledMinerClaimsHashrateWhileSharesStayFrozen() {
        SimulatedMiner m = miner(Board.GAMMA);
        m.addFault(Fault.STALLED);
        MinerSnapshot before = m.snapshot();
        m.advanceSeconds(1800);
        MinerSnapshot after = m.snapshot();
        assertThat(after.hashing().hashRate()).isGreaterThan(Board.GAMMA.expectedGhs() * 0.8);
        assertThat(after.shares().accepted()).isEqualTo(before.shares().accepted());
        assertThat(after.shares().rejected()).isEqualTo(before.shares().rejected());
        m.removeFault(Fault.STALLED);
        m.advanceSeconds(600);
        assertThat(m.snapshot().shares().accepted()).isGreaterThan(before.shares().accepted());
    }

    @Test
    void rebootingMinerResetsUptimeAndSessionCountersPeriodically() {
        SimulatedMiner m = miner(Board.GAMMA);
        m.addFault(Fault.REBOOTS);
        long previous = m.snapshot().health().uptimeSeconds();
        int drops = 0;
        for (int i = 0; i < 2 * SimulatedMiner.REBOOT_PERIOD_SECONDS + 5; i++) {
            m.advanceSeconds(1);
            MinerSnapshot s = m.snapshot();
            assertThat(s.health().uptimeSeconds()).isLessThan(SimulatedMiner.REBOOT_PERIOD_SECONDS);
            if (s.health().uptimeSeconds() < previous) {
                drops++;
                assertThat(s.shares().accepted()).isZero();
                assertThat(s.hashing().hashRate()).as("hashrate is 0 right after boot").isZero();
            }
            previous = s.health().uptimeSeconds();
        }
        assertThat(drops).isGreaterThanOrEqualTo(2);
    }

    @Test
    void weakWifiReportsPoorSignalAndNotConnected() {
        SimulatedMiner m = miner(Board.GAMMA);
        m.addFault(Fault.WEAK_WIFI);
        for (int i = 0; i < 20; i++) {
            m.advanceSeconds(30);
            MinerSnapshot s = m.snapshot();
            assertThat(s.network().rssi()).isBetween(-87, -83);
            assertThat(s.network().wifiStatus()).isNotEqualTo("Connected!");
        }
    }

    @Test
    void flakyHostnameIsSometimesMissingEmptyOrUnknown() {
        SimulatedMiner m = miner(Board.GAMMA);
        m.addFault(Fault.FLAKY_HOSTNAME);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            seen.add(String.valueOf(m.snapshot().identity().hostname()));
        }
        assertThat(seen).containsExactlyInAnyOrder("null", "", "Unknown", m.hostname());
    }

    @Test
    void hostileMinerSendsTheHostileStrings() {
        SimulatedMiner m = miner(Board.GAMMA);
        m.addFault(Fault.HOSTILE);
        MinerSnapshot s = m.snapshot();
        assertThat(s.identity().hostname()).isEqualTo(HostileStrings.HOSTNAME);
        assertThat(s.pool().user()).isEqualTo(HostileStrings.STRATUM_USER);
        assertThat(s.network().wifiStatus()).isEqualTo(HostileStrings.WIFI_STATUS);
        assertThat(s.identity().version()).isEqualTo(HostileStrings.VERSION);
        String all = HostileStrings.HOSTNAME + HostileStrings.STRATUM_USER + HostileStrings.WIFI_STATUS
                + HostileStrings.VERSION;
        assertThat(all).contains("\u001B[", "\u202E", "\n", "\u0000", "\u0085", "\u009B");
        assertThat(HostileStrings.HOSTNAME).startsWith("=");
        assertThat(HostileStrings.STRATUM_USER).startsWith("+");
        assertThat(HostileStrings.WIFI_STATUS).startsWith("-");
        assertThat(HostileStrings.VERSION).startsWith("@");
    }
}
