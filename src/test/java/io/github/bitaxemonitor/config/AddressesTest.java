package io.github.bitaxemonitor.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressesTest {
    @ParameterizedTest
    @CsvSource({
            "192.168.1.45, 192.168.1.45, -1",
            "192.168.1.45:8080, 192.168.1.45, 8080",
            "bitaxe-gamma.local, bitaxe-gamma.local, -1",
            "miner_01:80, miner_01, 80",
            "'[fd00::45]:81', fd00::45, 81",
            "'[FD00::45]', fd00::45, -1",
            "fe80::1, fe80::1, -1",
            "' 10.0.0.1 ', 10.0.0.1, -1"})
    void acceptsTheFormsUsersWrite(String raw, String host, int port) throws Addresses.BadAddress {
        assertThat(Addresses.parse(raw)).isEqualTo(new Addresses.HostPort(host, port));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "http://10.0.0.1", "10.0.0.1/api", "10.0.0.1:", "10.0.0.1:abc", "10.0.0.1:0",
            "10.0.0.256", "10.0.0", ":80", "my miner", "-bad-.local", "[fd00::1", "[fd00::1]x", "[nothex::1]:80",
            "1:2:3:4:5:6:7:8:9"})
    void rejectsWhatIsNotAnAddress(String raw) {
        assertThatThrownBy(() -> Addresses.parse(raw)).isInstanceOf(Addresses.BadAddress.class);
    }

    @Test
    void suggestsOnlyPlausibleTypos() {
        assertThat(Suggest.closest("pollInterval", ConfigReader.KEYS)).isEqualTo("poll_interval");
        assertThat(Suggest.closest("timout", ConfigReader.KEYS)).isEqualTo("timeout");
        assertThat(Suggest.closest("csvpath", ConfigReader.KEYS)).isEqualTo("csv_path");
        assertThat(Suggest.closest("wallpaper", ConfigReader.KEYS)).isNull();
    }
}
