package io.github.bitaxemonitor.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiffFormatTest {
    @Test
    void threeSignificantDigitsMatchOldFirmware() {
        assertThat(DiffFormat.threeDigits(4.29e9)).isEqualTo("4.29G");
        assertThat(DiffFormat.threeDigits(483_123)).isEqualTo("483k");
        assertThat(DiffFormat.threeDigits(13_000_000)).isEqualTo("13M");
        assertThat(DiffFormat.threeDigits(193e9)).isEqualTo("193G");
        assertThat(DiffFormat.threeDigits(512)).isEqualTo("512");
        assertThat(DiffFormat.threeDigits(0)).isEqualTo("0");
    }

    @Test
    void roundingUpToAThousandPrintsCsExponentForm() {
        assertThat(DiffFormat.threeDigits(999_700)).isEqualTo("1e+03k");
    }

    @Test
    void twoDecimalsMatch2_9() {
        assertThat(DiffFormat.twoDecimals(13_000_000)).isEqualTo("13.00M");
        assertThat(DiffFormat.twoDecimals(512)).isEqualTo("512");
    }

    @Test
    void spacedFormMatches2_10IncludingTrailingSpace() {
        assertThat(DiffFormat.spaced(572_141_152)).isEqualTo("572.14 M");
        assertThat(DiffFormat.spaced(512)).isEqualTo("512 ");
    }
}
