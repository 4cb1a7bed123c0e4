package io.github.bitaxemonitor.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoopbackAddressesTest {
    private static List<String> parse(String text) {
        return LoopbackAddresses.parse(text).stream().map(InetAddress::getHostAddress).toList();
    }

    @Test
    void rangesBlocksAndSinglesInTheOrderGiven() {
        assertThat(parse("127.0.0.2-127.0.0.4,127.0.0.9")).containsExactly("127.0.0.2", "127.0.0.3", "127.0.0.4",
                "127.0.0.9");
        assertThat(parse("127.0.0.0/24")).hasSize(254).startsWith("127.0.0.1").endsWith("127.0.0.254");
        assertThat(parse("127.0.0.0/30")).containsExactly("127.0.0.1", "127.0.0.2", "127.0.0.3");
    }

    @Test
    void aRangeCrossesIntoTheNextThirdByteSkippingNetworkAndBroadcastAddresses() {
        assertThat(parse("127.0.0.253-127.0.1.2")).containsExactly("127.0.0.253", "127.0.0.254", "127.0.1.1",
                "127.0.1.2");
    }

    @Test
    void nothingOutsideLoopbackIsAccepted() {
        assertThatThrownBy(() -> parse("192.168.1.10")).hasMessageContaining("not a loopback address");
        assertThatThrownBy(() -> parse("10.0.0.0/24")).hasMessageContaining("not a loopback address");
        assertThatThrownBy(() -> parse("127.0.0.1-128.0.0.1")).hasMessageContaining("not a loopback address");
    }

    @Test
    void mistakesAreOneLine() {
        assertThatThrownBy(() -> parse("127.0.0.9-127.0.0.2")).hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> parse("127.0.0.2,127.0.0.2")).hasMessageContaining("given twice");
        assertThatThrownBy(() -> parse("127.0.0")).hasMessageContaining("bad address '127.0.0'");
        assertThatThrownBy(() -> parse("127.0.0.0/4")).hasMessageContaining("bad prefix");
        assertThatThrownBy(() -> parse("127.0.0.0/8")).hasMessageContaining("more than a /16");
        assertThatThrownBy(() -> parse("127.0.0.255")).hasMessageContaining("ends in .0 or .255");
        assertThatThrownBy(() -> parse(" ")).hasMessageContaining("no addresses");
    }
}
