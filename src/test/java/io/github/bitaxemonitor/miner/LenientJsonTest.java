package io.github.bitaxemonitor.miner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The JSON quirks of real firmware (shared/reference/cgminer-api.md), each read rather than rejected. */
class LenientJsonTest {
    private static JsonNode read(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return LenientJson.read(b, 0, b.length);
    }

    @Test
    void bareNanInfAndMinusNanAreUnknownValues() {
        JsonNode n = read("{\"MHS av\":nan,\"MHS 5s\":-nan,\"GHS 5s\":inf,\"x\":-inf,\"ok\":5}");
        assertThat(n.get("MHS av").isNull()).isTrue();
        assertThat(n.get("MHS 5s").isNull()).isTrue();
        assertThat(n.get("GHS 5s").isNull()).isTrue();
        assertThat(n.get("x").isNull()).isTrue();
        assertThat(n.get("ok").asInt()).isEqualTo(5);
    }

    @Test
    void anEscapedApostropheIsAnApostrophe() {
        assertThat(read("{\"v\":\"\\'20200917.22.REL\\'\"}").get("v").asText()).isEqualTo("'20200917.22.REL'");
    }

    @Test
    void anEmptyValueIsUnknownAndTheRestIsRead() {
        JsonNode n = read("{\"GHS 5s\":,\"Elapsed\":100,\"last\":}");
        assertThat(n.get("GHS 5s").isNull()).isTrue();
        assertThat(n.get("Elapsed").asInt()).isEqualTo(100);
        assertThat(n.get("last").isNull()).isTrue();
    }

    @Test
    void aDuplicateKeyKeepsTheLastValue() {
        assertThat(read("{\"a\":1,\"a\":2}").get("a").asInt()).isEqualTo(2);
    }

    @Test
    void wordsThatLookLikeNanInsideStringsAreLeftAlone() {
        JsonNode n = read("{\"host\":\"inf\",\"pool\":\"nan:3333\",\"bad\":nan}");
        assertThat(n.get("host").asText()).isEqualTo("inf");
        assertThat(n.get("pool").asText()).isEqualTo("nan:3333");
    }

    @Test
    void invalidUtf8InOneStringIsReplacedAndTheReplyIsRead() {
        byte[] reply = {'{', '"', 'h', '"', ':', '"', 'a', (byte) 0xFF, 'b', '"', ',', '"', 'n', '"', ':', '1', '}'};
        JsonNode n = LenientJson.read(reply, 0, reply.length);
        assertThat(n.get("h").asText()).isEqualTo("a\uFFFDb");
        assertThat(n.get("n").asInt()).isEqualTo(1);
    }

    @Test
    void anOverlongEncodingIsNeverDecodedToAscii() {
        // C1 81 would be 'A' to a lax decoder; 0xC0 0xA2 would be a quote, ending the string early
        byte[] reply = {'{', '"', 'h', '"', ':', '"', (byte) 0xC1, (byte) 0x81, (byte) 0xC0, (byte) 0xA2, '"', '}'};
        JsonNode n = LenientJson.read(reply, 0, reply.length);
        assertThat(n.get("h").asText()).doesNotContain("A").doesNotContain("\"").contains("\uFFFD");
    }

    @Test
    void gluedObjectsLeadingCommaEmptyFirstElementAndNulAreRepaired() {
        JsonNode n = read(",{\"STATS\":[,{\"Type\":\"Antminer S9\"}{\"fan1\":5}],\"id\":1}\u0000");
        assertThat(n.get("STATS")).hasSize(2);
        assertThat(n.get("STATS").get(1).get("fan1").asInt()).isEqualTo(5);
    }

    @Test
    void textThatIsNotJsonStaysUnreadable() {
        assertThat(read("<html>hello</html>")).isNull();
    }
}
