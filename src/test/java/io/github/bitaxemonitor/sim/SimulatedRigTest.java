package io.github.bitaxemonitor.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The values a simulated CGMiner machine reports, by vendor, healthy and under faults. */
class SimulatedRigTest {
    /** Hottest-chip range each vendor calls normal (shared/reference/cgminer-api.md), and the board range. */
    private static final Map<MinerType.Vendor, double[]> NORMAL = Map.of(
            MinerType.Vendor.ANTMINER, new double[] {60, 85, 55, 75},
            MinerType.Vendor.BOSMINER, new double[] {60, 85, 55, 75},
            MinerType.Vendor.WHATSMINER, new double[] {75, 100, 60, 90},
            MinerType.Vendor.AVALON, new double[] {70, 95, 60, 90});

    private static SimulatedMiner rig(MinerType type) {
        return new SimulatedMiner(4, type, 11);
    }

    @ParameterizedTest
    @EnumSource(value = MinerType.class, names = "BITAXE", mode = EnumSource.Mode.EXCLUDE)
    void healthyMachinesStayInTheirVendorsNormalRangesForHours(MinerType type) {
        SimulatedMiner m = rig(type);
        double[] normal = NORMAL.get(type.vendor());
        RigSpec spec = type.rig();
        for (int minute = 0; minute < 240; minute++) {
            m.advanceSeconds(60);
            RigSnapshot s = m.rigSnapshot();
            for (RigSnapshot.Unit u : s.units()) {
                assertThat(u.chipMaxC()).as("%s chip", type).isBetween(normal[0], normal[1]);
                if (type.vendor() != MinerType.Vendor.AVALON) {
                    assertThat(u.boardC()).as("%s board", type).isBetween(normal[2], normal[3]);
                }
            }
            assertThat(s.rates().current()).isBetween(spec.expectedGhs() * 0.85, spec.expectedGhs() * 1.1);
            assertThat(s.power().wallW()).isBetween(spec.typicalWatts() * 0.9, spec.typicalWatts() * 1.1);
            assertThat(s.cooling().fanRpm()).hasSize(spec.fans())
                    .allSatisfy(rpm -> assertThat(rpm).isBetween(spec.fanRpm() * 9 / 10, spec.fanRpm() * 12 / 10));
        }
        assertThat(m.rigSnapshot().shares().accepted()).isPositive();
    }

    @Test
    void ratesAndPowerAreTheReferencesMachines() {
        assertThat(MinerType.ANTMINER.rig().expectedGhs()).isEqualTo(110_000);
        assertThat(MinerType.ANTMINER.rig().typicalWatts()).isEqualTo(3250);
        assertThat(MinerType.AVALON.rig().expectedGhs()).isEqualTo(190_000);
        assertThat(MinerType.AVALON.rig().typicalWatts()).isEqualTo(3700);
        assertThat(MinerType.WHATSMINER_OLD.rig().expectedGhs()).isEqualTo(68_000);
        assertThat(MinerType.WHATSMINER_OLD.rig().typicalWatts()).isEqualTo(3400);
    }

    @ParameterizedTest
    @EnumSource(value = MinerType.class, names = "BITAXE", mode = EnumSource.Mode.EXCLUDE)
    void hotMachinesRunAFewDegreesAboveTheirVendorsNormalRangeAndStillHash(MinerType type) {
        SimulatedMiner m = rig(type);
        m.addFault(Fault.HOT);
        double limit = NORMAL.get(type.vendor())[1];
        for (int minute = 0; minute < 30; minute++) {
            m.advanceSeconds(60);
            RigSnapshot s = m.rigSnapshot();
            assertThat(CgReplies.maxChip(s)).isBetween(limit + 2, limit + 7);
            assertThat(s.rates().current()).isPositive();
        }
    }

    @Test
    void pausedBootingAndNoHashMachinesHashNothingWhilePausedSaysSo() {
        for (Fault f : new Fault[] {Fault.PAUSED, Fault.NO_HASH, Fault.OVERHEAT, Fault.POWER_FAULT}) {
            SimulatedMiner m = rig(MinerType.WHATSMINER);
            long accepted = m.rigSnapshot().shares().accepted();
            m.addFault(f);
            m.advanceSeconds(600);
            RigSnapshot s = m.rigSnapshot();
            assertThat(s.rates().current()).as(f.label()).isZero();
            assertThat(s.units()).allSatisfy(u -> assertThat(u.ghs()).isZero());
            assertThat(s.shares().accepted()).isEqualTo(accepted);
            assertThat(s.state().paused()).isEqualTo(f == Fault.PAUSED);
            assertThat(s.state().powerFault()).isEqualTo(f == Fault.POWER_FAULT);
        }
        SimulatedMiner paused = rig(MinerType.AVALON);
        paused.addFault(Fault.PAUSED);
        assertThat(paused.rigSnapshot().power().wallW()).isLessThan(22);
    }

    @Test
    void bootingMachineRestartsAndHashesOnlyAfterItsFirstMinutes() {
        SimulatedMiner m = rig(MinerType.ANTMINER);
        m.advanceSeconds(100);
        m.addFault(Fault.BOOTING);
        RigSnapshot start = m.rigSnapshot();
        assertThat(start.state().uptimeSeconds()).isZero();
        m.advanceSeconds(SimulatedMiner.BOOT_SECONDS - 1);
        assertThat(m.rigSnapshot().rates().current()).isZero();
        assertThat(m.rigSnapshot().state().uptimeSeconds()).isEqualTo(SimulatedMiner.BOOT_SECONDS - 1);
        m.advanceSeconds(2);
        assertThat(m.rigSnapshot().rates().current()).isGreaterThan(90_000);
        m.removeFault(Fault.BOOTING);
        m.addFault(Fault.BOOTING);
        assertThat(m.rigSnapshot().state().uptimeSeconds()).as("switched on again: restarts again").isZero();
    }

    @Test
    void sensorGlitchIsOneAbsurdReadingOnAnOtherwiseHealthyMachine() {
        SimulatedMiner m = rig(MinerType.ANTMINER);
        m.addFault(Fault.SENSOR_GLITCH);
        m.advanceSeconds(60);
        RigSnapshot s = m.rigSnapshot();
        assertThat(s.units().get(0).chipMaxC()).isEqualTo(SimulatedMiner.GLITCH_TEMP_C);
        assertThat(s.units().get(0).chipSensors()).filteredOn(t -> t == SimulatedMiner.GLITCH_TEMP_C).hasSize(1);
        assertThat(s.units().subList(1, 3)).allSatisfy(u -> assertThat(u.chipMaxC()).isBetween(60.0, 85.0));
        assertThat(s.units().get(0).boardC()).isBetween(55.0, 75.0);
        assertThat(s.rates().current()).isPositive();
    }

    @Test
    void rebootingMachineStartsItsElapsedAgain() {
        SimulatedMiner m = rig(MinerType.AVALON_MULTI);
        m.addFault(Fault.REBOOTS);
        m.advanceSeconds(SimulatedMiner.REBOOT_PERIOD_SECONDS + 5);
        assertThat(m.rigSnapshot().state().uptimeSeconds()).isLessThan(SimulatedMiner.REBOOT_PERIOD_SECONDS);
    }

    @Test
    void hostileMachineCarriesTheHostileStrings() {
        SimulatedMiner m = rig(MinerType.AVALON);
        m.setFaults(EnumSet.of(Fault.HOSTILE));
        RigSnapshot.Identity id = m.rigSnapshot().identity();
        assertThat(id.model()).isEqualTo(HostileStrings.HOSTNAME);
        assertThat(id.firmware()).isEqualTo(HostileStrings.VERSION);
        assertThat(id.poolUser()).isEqualTo(HostileStrings.STRATUM_USER);
    }

    @Test
    void eachKindOfMinerHasOnlyItsOwnSnapshot() {
        assertThatThrownBy(() -> rig(MinerType.BOSMINER).snapshot()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rigSnapshot");
        assertThatThrownBy(() -> new SimulatedMiner(0, Board.GAMMA, FirmwareShape.V2_15, 1).rigSnapshot())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SimulatedMiner(0, MinerType.BITAXE, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sameSeedGivesTheSameMachine() {
        RigSnapshot a = new SimulatedMiner(2, MinerType.WHATSMINER, 5).rigSnapshot();
        RigSnapshot b = new SimulatedMiner(2, MinerType.WHATSMINER, 5).rigSnapshot();
        assertThat(a).isEqualTo(b);
        assertThat(new SimulatedMiner(2, MinerType.WHATSMINER, 6).rigSnapshot()).isNotEqualTo(a);
    }
}
