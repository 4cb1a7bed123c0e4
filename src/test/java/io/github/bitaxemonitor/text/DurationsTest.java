package io.github.bitaxemonitor.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {
    @Test
    void shortFormsMeanWhatTheySay() {
        assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.parse("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.parse("15m")).isEqualTo(Duration.ofMinutes(15));
        assertThat(Durations.parse("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(Durations.parse("7d")).isEqualTo(Duration.ofDays(7));
        assertThat(Durations.parse(" 1H30M ")).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void isoFormsAreAcceptedToo() {
        assertThat(Durations.parse("PT15M")).isEqualTo(Duration.ofMinutes(15));
        assertThat(Durations.parse("pt1h")).isEqualTo(Duration.ofHours(1));
        assertThat(Durations.parse("P7D")).isEqualTo(Duration.ofDays(7));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1", "h", "1x", "1.5h", "-1h", "1 h", "PT", "1h-", "\u001B[31m1h"})
    void anythingElseIsRejectedWithTheSyntaxInTheMessage(String text) {
        assertThatThrownBy(() -> Durations.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a duration").hasMessageContaining("15m")
                .hasMessageNotContaining("\u001B");
    }

    @Test
    void zeroAndNegativeDurationsAreRejected() {
        assertThatThrownBy(() -> Durations.parse("0s")).hasMessageContaining("longer than zero");
        assertThatThrownBy(() -> Durations.parse("PT-1H")).hasMessageContaining("longer than zero");
    }
}
