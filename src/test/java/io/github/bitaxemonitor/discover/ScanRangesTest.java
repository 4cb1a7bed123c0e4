package io.github.bitaxemonitor.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScanRangesTest {
    private static List<String> texts(String... ranges) {
        return ScanRanges.parse(List.of(ranges)).addresses().stream().map(ScanRanges::text).toList();
    }

    @Test
    void aSlash24GivesItsTwoHundredFiftyFourHosts() {
        List<String> a = texts("127.0.0.0/24");
        assertThat(a).hasSize(254).startsWith("127.0.0.1").endsWith("127.0.0.254");
    }

    @Test
    void dashRangesMayGiveTheLastPartOnly() {
        assertThat(texts("127.0.0.10-12")).containsExactly("127.0.0.10", "127.0.0.11", "127.0.0.12");
        assertThat(texts("127.0.0.254-127.0.1.1")).containsExactly("127.0.0.254", "127.0.0.255", "127.0.1.0",
                "127.0.1.1");
    }

    @Test
    void severalRangesAndHostsAreJoinedWithoutDuplicates() {
        assertThat(texts("127.0.0.5", "127.0.0.4-6,127.0.0.9/32")).containsExactly("127.0.0.5", "127.0.0.4",
                "127.0.0.6", "127.0.0.9");
    }

    @Test
    void aBlockIsTakenFromItsNetworkWhateverHostIsWritten() {
        assertThat(texts("127.0.0.77/30")).containsExactly("127.0.0.77", "127.0.0.78");
        assertThat(texts("127.0.0.77/31")).containsExactly("127.0.0.76", "127.0.0.77");
    }

    @Test
    void badRangesAreNamedInOneLine() {
        assertThatThrownBy(() -> texts("127.0.0.0/15")).hasMessageContaining("'127.0.0.0/15'")
                .hasMessageContaining("16");
        assertThatThrownBy(() -> texts("miner.local")).hasMessageContaining("add NAME");
        assertThatThrownBy(() -> texts("127.0.0.300")).hasMessageContaining("0..255");
        assertThatThrownBy(() -> texts("127.0.0.9-3")).hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> texts("127.0.0.0/16", "127.1.0.0/24")).hasMessageContaining("sweep them in parts");
        assertThatThrownBy(() -> ScanRanges.parse(List.of())).hasMessageContaining("no range");
    }

    @Test
    void loopbackOnlyIsTrueOnlyInsideOneTwoSeven() {
        assertThat(ScanRanges.parse(List.of("127.9.0.0/24")).loopbackOnly()).isTrue();
        assertThat(ScanRanges.parse(List.of("127.0.0.1", "128.0.0.1")).loopbackOnly()).isFalse();
    }

    @Test
    void localRangesAreNarrowedToTheSlash24AroundTheAddress() {
        assertThat(LocalRanges.cidr(new byte[] {(byte) 192, (byte) 168, 7, 45}, 16)).isEqualTo("192.168.7.0/24");
        assertThat(LocalRanges.cidr(new byte[] {10, 0, 0, (byte) 130}, 25)).isEqualTo("10.0.0.128/25");
    }
}
