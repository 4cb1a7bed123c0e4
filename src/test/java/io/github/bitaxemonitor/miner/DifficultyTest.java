package io.github.bitaxemonitor.miner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DifficultyTest {
    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "4.29G|4.29e9", "483k|483000", "13M|13e6", "193G|193e9", "512|512", "0|0", "13.00M|13e6",
            "572.14 M|572.14e6", "'512 '|512", "1.5T|1.5e12", "2P|2e15", "1E|1e18", "7K|7000"})
    void everyFirmwareTextFormatIsReadWithPowersOfAThousand(String text, double expected) {
        assertThat(Difficulty.parse(text)).isCloseTo(expected, org.assertj.core.data.Percentage.withPercentage(1e-9));
    }

    @ParameterizedTest(name = "\"{0}\" is not a difficulty")
    @CsvSource(delimiter = '|', value = {"abc", "''", "4.29X", "-5", "NaN", "1,000"})
    void unknownTextIsNull(String text) {
        assertThat(Difficulty.parse(text)).isNull();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {"572141152|572141152", "1e+15|1e15", "2.5E+12|2.5e12", "\"483k\"|483000"})
    void jsonNumbersIncludingExponentsAndStringsAreRead(String json, double expected) throws Exception {
        var node = new ObjectMapper().readTree("{\"bestDiff\":" + json + "}");
        assertThat(Difficulty.parse(node, "bestDiff")).isEqualTo(expected);
    }
}
