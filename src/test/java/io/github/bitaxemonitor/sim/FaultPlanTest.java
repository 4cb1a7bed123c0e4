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
        assertThat(all).containsAll(EnumSet.complementOf(EnumSet.of(Fault.HUGE)));
    }

    @Test
    void demoSpreadsOverABigFleetLeavingTheRestHealthy() {
        List<Set<Fault>> a = FaultPlan.DEMO.assign(1200);
        assertThat(a.stream().filter(s -> !s.isEmpty()).count()).isEqualTo(11);
        assertThat(a.get(100)).containsExactly(Fault.HOT);
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
