package io.github.bitaxemonitor.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.bitaxemonitor.control.SafetyLimits;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code control:}: the owner's safety limits, read into the config that control, benchmark and viewer use. */
class ControlConfigTest {
    @TempDir
    Path dir;

    private MonitorConfig parse(String control) {
        return ConfigLoader.parse("miners: [127.0.0.1]\n" + control, dir.resolve("config.yaml"));
    }

    private String problem(String control) {
        return ((ConfigException) catchThrowable(() -> parse(control)))
                .problems().toString();
    }

    @Test
    void withoutTheSectionTheDefaultsApply() {
        assertThat(parse("").controlLimits()).isEqualTo(SafetyLimits.DEFAULTS);
        assertThat(parse("control:\n").controlLimits()).isEqualTo(SafetyLimits.DEFAULTS);
    }

    @Test
    void everyKeyIsRead() {
        SafetyLimits l = parse("""
                control:
                  max_frequency_mhz: 600
                  max_core_voltage_mv: 1250
                  min_fan_percent: 40
                  max_asic_temp_c: 65.5
                  max_vr_temp_c: 80
                  min_input_v: 4.9
                  max_input_v: 5.4
                  max_power_w: 30
                """).controlLimits();
        assertThat(l).isEqualTo(new SafetyLimits(600, 1250, 40, 65.5, 80, 4.9, 5.4, 30.0));
    }

    @Test
    void keysLeftOutKeepTheirDefaults() {
        SafetyLimits l = parse("control:\n  max_frequency_mhz: 575\n").controlLimits();
        assertThat(l).isEqualTo(SafetyLimits.DEFAULTS.withMaxFrequency(575));
    }

    @Test
    void aTypoedValueIsReportedWithItsKeyAndLine() {
        assertThat(problem("control:\n  max_frequency_mhz: 6000\n"))
                .contains("config.yaml:3:").contains("control.max_frequency_mhz must be between 50 and 3000, not 6000");
    }

    @Test
    void anUnknownKeyIsReportedWithAGuess() {
        assertThat(problem("control:\n  max_freqency_mhz: 600\n"))
                .contains("unknown key 'control.max_freqency_mhz'").contains("did you mean 'control.max_frequency_mhz'");
    }

    @Test
    void anInputRangeThatIsUpsideDownIsRefused() {
        assertThat(problem("control:\n  min_input_v: 5.6\n"))
                .contains("control.min_input_v 5.6 V must be below control.max_input_v 5.5 V");
    }

    @Test
    void aListInsteadOfAMappingIsRefused() {
        assertThatThrownBy(() -> parse("control: [600]\n")).isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems().toString())
                        .contains("control must be a mapping"));
    }
}
