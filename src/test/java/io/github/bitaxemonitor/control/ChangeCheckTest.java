package io.github.bitaxemonitor.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitaxemonitor.exit.UserException;
import io.github.bitaxemonitor.miner.DeviceSettings;
import io.github.bitaxemonitor.miner.SettingsChange;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.MinerKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeCheckTest {
    private static final DeviceSettings GAMMA = new DeviceSettings(525, 1150, SettingsChange.Fan.AUTO, 60,
            List.of(400, 490, 525, 550, 575, 600, 625), List.of(1000, 1100, 1150, 1200));
    private static final DeviceSettings OLD = new DeviceSettings(485, 1200, null, null, List.of(), List.of());

    @Test
    void valuesBetweenTheLowestAndHighestOptionPass() {
        assertThat(ChangeCheck.problems(SettingsChange.clock(560, 1175), GAMMA, SafetyLimits.DEFAULTS)).isEmpty();
    }

    @Test
    void eachRefusalNamesTheSettingTheValueAndTheBound() {
        List<String> p = ChangeCheck.problems(new SettingsChange(700, 1300, new SettingsChange.Fan(false, 10), 70),
                GAMMA, SafetyLimits.DEFAULTS);
        assertThat(p).containsExactly("frequency 700 MHz is outside the device's options 400..625 MHz",
                "core voltage 1300 mV is outside the device's options 1000..1200 mV",
                "fan 10 % is below the minimum fixed duty of 25 % (control.min_fan_percent; 'auto' is always allowed)",
                "temp target 70 C is outside the firmware's 35..66 C");
    }

    @Test
    void theOwnersCeilingAppliesWithinTheOptions() {
        assertThat(ChangeCheck.problems(SettingsChange.clock(600, 1150), GAMMA,
                SafetyLimits.DEFAULTS.withMaxFrequency(575))).singleElement().asString()
                .contains("above control.max_frequency_mhz 575");
    }

    @Test
    void firmwareWithoutOptionsTakesNoClockChangeUnlessTheOwnerSetACeiling() {
        assertThat(ChangeCheck.problems(SettingsChange.clock(500, 1200), OLD, SafetyLimits.DEFAULTS)).hasSize(2)
                .allSatisfy(s -> assertThat(s).contains("offers no"));
        assertThat(ChangeCheck.problems(SettingsChange.clock(500, 1200), OLD,
                SafetyLimits.DEFAULTS.withMaxFrequency(550).withMaxCoreVoltage(1250))).isEmpty();
        assertThat(ChangeCheck.problems(new SettingsChange(null, null, SettingsChange.Fan.AUTO, 50), OLD,
                SafetyLimits.DEFAULTS)).isEmpty();
    }

    private static final List<MinerEndpoint> FLEET = List.of(
            new MinerEndpoint("127.0.0.2", 80, "desk", MinerKind.BITAXE),
            new MinerEndpoint("127.0.0.3", 80, "shelf-gamma", MinerKind.BITAXE),
            new MinerEndpoint("127.0.0.4", 4028, "garage", MinerKind.CGMINER));

    @Test
    void targetsAreConfiguredMinersByAddressHostAliasOrMatchInConfigOrder() {
        assertThat(Targets.resolve(FLEET, List.of("garage", "127.0.0.2:80"), false, null))
                .extracting(MinerEndpoint::alias).containsExactly("desk", "garage");
        assertThat(Targets.resolve(FLEET, List.of("127.0.0.3"), false, "GAMMA")).hasSize(1);
        assertThat(Targets.resolve(FLEET, List.of(), true, null)).hasSize(3);
        assertThatThrownBy(() -> Targets.resolve(FLEET, List.of(), false, "nothing"))
                .isInstanceOf(UserException.class).hasMessageContaining("matches no configured miner");
        assertThatThrownBy(() -> Targets.resolve(FLEET, List.of("\u001b[31m10.0.0.9"), false, null))
                .isInstanceOf(UserException.class).hasMessageContaining("is not a configured miner")
                .hasMessageNotContaining("\u001b");
    }
}
