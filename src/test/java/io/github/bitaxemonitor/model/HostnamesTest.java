package io.github.bitaxemonitor.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostnamesTest {
    @Test
    void missingEmptyPlaceholderAndSpacedNamesAreNotUsable() {
        assertThat(Hostnames.usable(null)).isNull();
        assertThat(Hostnames.usable("  ")).isNull();
        assertThat(Hostnames.usable("Unknown")).isNull();
        assertThat(Hostnames.usable("null")).isNull();
        assertThat(Hostnames.usable("my bitaxe")).isNull();
    }

    @Test
    void aRealNameIsKeptSanitised() {
        assertThat(Hostnames.usable("bitaxe-7")).isEqualTo("bitaxe-7");
        assertThat(Hostnames.usable("evil\u001B[31mhost")).isEqualTo("evilhost");
    }
}
