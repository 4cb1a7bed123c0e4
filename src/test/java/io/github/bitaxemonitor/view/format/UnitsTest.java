package io.github.bitaxemonitor.view.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UnitsTest {
    @Test
    void fixedWritesWhatStringFormatWritesForEveryKindOfDouble() {
        Random random = new Random(21);
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 0.5, 1.5, 2.5, -0.5, 0.125, 1.005, 2.675, 0.045,
                -0.04, 999.95, 1e-7, 1e7, 1e21, 123456789.987654321, Double.MIN_VALUE, Double.MAX_VALUE,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        for (int i = 0; i < 100_000; i++) {
            values.add(switch (i % 4) {
                case 0 -> random.nextDouble() * 1000;
                case 1 -> Math.round(random.nextDouble() * 1e6) / 1000.0; // exact-looking halves and thirds
                case 2 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(30) - 10);
                default -> Double.longBitsToDouble(random.nextLong());
            });
        }
        for (double v : values) {
            for (int places = 0; places <= 3; places++) {
                assertThat(Units.fixed(v, places)).as("%s with %d places", v, places)
                        .isEqualTo(String.format(Locale.ROOT, "%." + places + "f", v));
            }
        }
    }

    @Test
    void hashrateSwitchesUnitsAsItFits() {
        assertThat(Units.hashrate(512.34)).isEqualTo("512.3 GH/s");
        assertThat(Units.hashrate(1071.5)).isEqualTo("1.07 TH/s");
        assertThat(Units.hashrate(2_500_000.0)).isEqualTo("2.50 PH/s");
        assertThat(Units.hashrate(114_050.0)).as("an S21 fits the 10-column cell").isEqualTo("114.1 TH/s");
        assertThat(Units.hashrate(99_996.0)).isEqualTo("100.0 TH/s");
        assertThat(Units.hashrate(99_990.0)).isEqualTo("99.99 TH/s");
        assertThat(Units.hashrate(157_500_000.0)).isEqualTo("157.5 PH/s");
        assertThat(Units.hashrate(null)).isEqualTo("-");
    }

    @Test
    void powerAndCountsUseShortSuffixes() {
        assertThat(Units.power(19.2)).isEqualTo("19.2 W");
        assertThat(Units.power(1250.0)).isEqualTo("1.25 kW");
        assertThat(Units.si(4.29e9)).isEqualTo("4.29G");
        assertThat(Units.si(1.3e7)).isEqualTo("13.0M");
        assertThat(Units.si(950.0)).isEqualTo("950");
        assertThat(Units.si(999_999.0)).isEqualTo("1.00M");
    }

    @Test
    void agesChangeAtMostOnceAMinuteAfterTheFirstMinute() {
        assertThat(Units.age(Duration.ofSeconds(59))).isEqualTo("59s");
        assertThat(Units.age(Duration.ofSeconds(60))).isEqualTo("1m");
        assertThat(Units.age(Duration.ofSeconds(119))).isEqualTo("1m");
        assertThat(Units.age(Duration.ofSeconds(3599))).isEqualTo("59m");
        assertThat(Units.age(Duration.ofMinutes(184).plusSeconds(59))).isEqualTo("3h04m");
        assertThat(Units.age(Duration.ofHours(55).plusMinutes(59))).isEqualTo("2d07h");
        assertThat(Units.age(Duration.ofSeconds(-5))).isEqualTo("0s");
        assertThat(Units.age(null)).isEqualTo("-");
    }

    @Test
    void durationsShowTheirTwoLargestUnits() {
        assertThat(Units.duration(Duration.ofSeconds(42))).isEqualTo("42s");
        assertThat(Units.duration(Duration.ofSeconds(312))).isEqualTo("5m12s");
        assertThat(Units.duration(Duration.ofMinutes(184))).isEqualTo("3h04m");
        assertThat(Units.duration(Duration.ofHours(55))).isEqualTo("2d07h");
        assertThat(Units.duration(Duration.ofSeconds(-5))).isEqualTo("0s");
    }

    @Test
    void numbersUseDotDecimalsWhateverTheLocale() {
        java.util.Locale old = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertThat(Units.temp(58.25)).isEqualTo("58.3C");
            assertThat(Units.number(5.09375, 2)).isEqualTo("5.09");
        } finally {
            java.util.Locale.setDefault(old);
        }
    }

    @Test
    void namesSortAsPeopleNumberThem() {
        List<String> names = new ArrayList<>(List.of("gamma-10", "Gamma-2", "gamma-1", "alpha", "gamma-02x", "gamma"));
        names.sort(NaturalOrder.INSTANCE);

        assertThat(names).containsExactly("alpha", "gamma", "gamma-1", "Gamma-2", "gamma-02x", "gamma-10");
    }
}
