package io.github.bitaxemonitor.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FaultPlanTest {
    @Test
    void explicitPlanTakesMinersInOrder() {
        List<Set<Fault>> a = FaultPlan.parse("hot:1,offline:2,hostile+flaky-hostname:1").assign(6);
        assertThat(a.get(0)).containsExactly(Fault.HOT);
        assertThat(a.get(1)).containsExactly(Fault.OFFLINE);
        assertThat(a.get(2)).containsExactly(Fault.OFFLINE);
        assertThat(a.get(3)).containsExactlyInAnyOrder(Fault.HOSTILE, Fault.FLAKY_HOSTNAME);
        assertThat(a.get(4)).isEmpty();
        assertThat(a.get(5)).isEmpty();
    }

    @Test
    void demoPutsOneOfEachInterestingFaultInTwelveMiners() {
        List<Set<Fault>> a = FaultPlan.parse("demo").assign(12);
        assertThat(a.get(0)).as("a healthy miner to compare with").isEmpty();
        EnumSet<Fault> all = EnumSet.noneOf(Fault.class);
        a.forEach(all::addAll);
        assertThat(all).containsExactlyInAnyOrder(Fault.HOT, Fault.HOSTILE, Fault.FLAKY_HOSTNAME, Fault.OFFLINE,
                Fault.OVERHEAT, Fault.STALLED, Fault.REBOOTS, Fault.SLOW, Fault.POWER_FAULT, Fault.NO_HASH,
                Fault.WEAK_WIFI, Fault.REFUSED, Fault.MALFORMED);
    }

    @Test
    void demoSpreadsOverABigFleetAndPutsTheNewStatesOnTheLastFreeBitaxes() {
        List<Set<Fault>> a = FaultPlan.DEMO.assign(1200);
        assertThat(a.stream().filter(s -> !s.isEmpty()).count()).isEqualTo(13);
        assertThat(a.get(100)).containsExactly(Fault.HOT);
        assertThat(a.get(1199)).containsExactly(Fault.PAUSED);
        assertThat(a.get(1198)).containsExactly(Fault.NERD_WIFI);
    }

    @Test
    void demoOnTheDemoMixKeepsOneHealthyMinerOfEveryCgminerVendorAndShowsEveryNewState() {
        List<MinerType> types = FleetMix.DEMO.types();
        List<Set<Fault>> a = FaultPlan.DEMO.assign(types);
        assertThat(types).hasSize(20);
        assertThat(a.get(types.indexOf(MinerType.ANTMINER))).isEmpty();
        assertThat(a.get(types.indexOf(MinerType.BOSMINER))).isEmpty();
        assertThat(a.get(types.indexOf(MinerType.WHATSMINER))).isEmpty();
        assertThat(a.get(types.indexOf(MinerType.AVALON_MULTI))).isEmpty();
        assertThat(a.get(types.indexOf(MinerType.AVALON))).containsExactly(Fault.BOOTING);
        assertThat(a.get(types.indexOf(MinerType.WHATSMINER_OLD))).containsExactly(Fault.SENSOR_GLITCH);
        assertThat(a.get(13)).containsExactly(Fault.PAUSED);
        assertThat(a.get(0)).as("the healthy Bitaxe to compare with").isEmpty();
        assertThat(a.subList(0, 14).stream().filter(Set::isEmpty).count()).isEqualTo(1);
    }

    @Test
    void typedGroupsTakeTheFirstFreeMinersOfTheirType() {
        List<MinerType> types = FleetMix.parse("bitaxe:2,antminer:2,avalon:1").types();
        List<Set<Fault>> a = FaultPlan.parse("hot:1,paused@avalon:1,summary-refused@antminer:2,offline:1")
                .assign(types);
        assertThat(a.get(0)).containsExactly(Fault.HOT);
        assertThat(a.get(1)).containsExactly(Fault.OFFLINE);
        assertThat(a.get(2)).containsExactly(Fault.SUMMARY_REFUSED);
        assertThat(a.get(3)).containsExactly(Fault.SUMMARY_REFUSED);
        assertThat(a.get(4)).containsExactly(Fault.PAUSED);
        assertThatThrownBy(() -> FaultPlan.parse("paused@avalon:2").assign(types))
                .hasMessage("faults 'paused@avalon:2' need 2 avalon miners but the fleet has 1");
        assertThatThrownBy(() -> FaultPlan.parse("hot@lava:1")).hasMessageStartingWith("unknown miner type 'lava'");
        assertThatThrownBy(() -> FaultPlan.parse("hot@a@b:1")).hasMessageContaining("bad fault item");
    }

    @Test
    void noneFaultsNobody() {
        assertThat(FaultPlan.parse("none").assign(3)).allSatisfy(s -> assertThat(s).isEmpty());
    }

    @Test
    void badPlansSayWhatIsWrongInOneLine() {
        assertThatThrownBy(() -> FaultPlan.parse("hto:1")).hasMessageStartingWith("unknown fault 'hto'")
                .hasMessageContaining("hot");
        assertThatThrownBy(() -> FaultPlan.parse("hot:x")).hasMessageContaining("bad fault count in 'hot:x'");
        assertThatThrownBy(() -> FaultPlan.parse("hot:0")).hasMessageContaining("bad fault count");
        assertThatThrownBy(() -> FaultPlan.parse("hot:1:2")).hasMessageContaining("bad fault item");
        assertThatThrownBy(() -> FaultPlan.parse("hot:3").assign(2)).hasMessage(
                "faults 'hot:3' need 3 miners but the fleet has 2");
    }

    @Test
    void fleetSpecValidatesItsParameters() {
        assertThatThrownBy(() -> FleetSpec.builder().count(0).build()).hasMessageContaining("miner count");
        assertThatThrownBy(() -> FleetSpec.builder().count(10).basePort(65530).build())
                .hasMessageContaining("outside 1024..65535");
        assertThatThrownBy(() -> FleetSpec.builder().latencyMs(300, 100).build()).hasMessageContaining("latency");
        assertThatThrownBy(() -> FleetSpec.builder().count(1).faults("hot:2").build()).hasMessageContaining("need 2");
        assertThat(FleetSpec.parseLatency("100-300")).containsExactly(100, 300);
        assertThat(FleetSpec.parseLatency("250")).containsExactly(250, 250);
        assertThatThrownBy(() -> FleetSpec.parseLatency("fast")).hasMessageContaining("bad latency 'fast'");
    }
}
