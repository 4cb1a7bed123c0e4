package io.github.bitaxemonitor.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitaxemonitor.model.MinerKind;
import org.junit.jupiter.api.Test;

class FleetMixTest {
    @Test
    void typesFollowTheMixInOrder() {
        FleetMix mix = FleetMix.parse("bitaxe:2, antminer, Whatsminer-Old:2");
        assertThat(mix.total()).isEqualTo(5);
        assertThat(mix.types()).containsExactly(MinerType.BITAXE, MinerType.BITAXE, MinerType.ANTMINER,
                MinerType.WHATSMINER_OLD, MinerType.WHATSMINER_OLD);
        assertThat(mix.bitaxeOnly()).isFalse();
        assertThat(FleetMix.of(MinerType.BITAXE, 3).bitaxeOnly()).isTrue();
    }

    @Test
    void everyTypeButBitaxeSpeaksCgminer() {
        for (MinerType t : MinerType.values()) {
            assertThat(t.kind()).isEqualTo(t == MinerType.BITAXE ? MinerKind.BITAXE : MinerKind.CGMINER);
            assertThat(MinerType.parse(t.label())).isEqualTo(t);
        }
    }

    @Test
    void badMixesSayWhatIsWrongInOneLine() {
        assertThatThrownBy(() -> FleetMix.parse("bitaxe:0")).hasMessageContaining("bad mix count in 'bitaxe:0'");
        assertThatThrownBy(() -> FleetMix.parse("s21:1")).hasMessageStartingWith("unknown miner type 's21'")
                .hasMessageContaining("avalon-multi");
        assertThatThrownBy(() -> FleetMix.parse("")).hasMessageContaining("empty mix");
        assertThatThrownBy(() -> FleetMix.parse("bitaxe:1:2")).hasMessageContaining("bad mix item");
    }

    @Test
    void fleetSpecTakesItsCountFromTheMixAndRejectsAnother() {
        assertThat(FleetSpec.builder().mix("bitaxe:3,avalon:1").build().count()).isEqualTo(4);
        assertThatThrownBy(() -> FleetSpec.builder().mix("bitaxe:3").count(5).build())
                .hasMessageContaining("has 3 miners, not 5");
        assertThat(FleetSpec.builder().mix("demo").faults("demo").build().count()).isEqualTo(20);
    }
}
