package io.github.bitaxemonitor.miner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CgminerJsonTest {
    private static JsonNode parse(String text) throws PollException {
        return CgminerJson.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void trailingNulAndTrailingCommasAreAccepted() throws PollException {
        JsonNode root = parse("{\"SUMMARY\":[{\"Accepted\":5,},],\"id\":1}\u0000");
        assertThat(root.path("SUMMARY").path(0).path("Accepted").asInt()).isEqualTo(5);
    }

    @Test
    void objectsGluedTogetherBecomeSeparateArrayElements() throws PollException {
        JsonNode root = parse("{\"STATS\":[{\"Type\":\"Antminer S9\"}{\"fan1\":1}\n{\"fan2\":2}]}");
        assertThat(root.path("STATS")).hasSize(3);
        assertThat(root.path("STATS").path(2).path("fan2").asInt()).isEqualTo(2);
    }

    @Test
    void aLeadingCommaAndAnEmptyFirstArrayElementAreDropped() throws PollException {
        JsonNode root = parse(",{\"STATS\":[,{\"ID\":\"AVA100\"}]}");
        assertThat(root.path("STATS")).hasSize(1);
        assertThat(root.path("STATS").path(0).path("ID").asText()).isEqualTo("AVA100");
    }

    @Test
    void rawNewlinesInsideStringsAreAccepted() throws PollException {
        JsonNode root = parse("{\"Description\":\"cgminer\n4.11\"}");
        assertThat(root.path("Description").asText()).isEqualTo("cgminer\n4.11");
    }

    @Test
    void quotedInfAndNanParseAndReadAsMissingNumbers() throws PollException {
        JsonNode root = parse("{\"MHS 5s\":\"inf\",\"MHS 1m\":\"nan\",\"MHS av\":5.5}");
        assertThat(JsonFields.number(root, "MHS 5s")).isNull();
        assertThat(JsonFields.number(root, "MHS 1m")).isNull();
        assertThat(JsonFields.number(root, "MHS av")).isEqualTo(5.5);
    }

    @Test
    void aTruncatedReplyKeepsEveryCompleteElement() throws PollException {
        JsonNode root = parse("{\"SUMMARY\":[{\"Elapsed\":10,\"Accepted\":7,\"Rejec");
        assertThat(root.path("SUMMARY").path(0).path("Accepted").asInt()).isEqualTo(7);
        assertThat(root.path("SUMMARY").path(0).has("Rejec")).isFalse();

        JsonNode stats = parse("{\"STATS\":[{\"Type\":\"Antminer S19\"},{\"fan1\":56");
        assertThat(stats.path("STATS")).hasSize(1);
    }

    @Test
    void whatsminerErrorCodeListsWhereObjectsAreExpectedDoNotBreakParsing() throws PollException {
        JsonNode root = parse("{\"SUMMARY\":[{\"error_code\":[{\"E1\":0}],\"Power\":3400}]}\u0000");
        assertThat(JsonFields.number(root.path("SUMMARY").path(0), "Power")).isEqualTo(3400.0);
    }

    @Test
    void unrepairableGarbageAndEmptyRepliesAreBadReplies() {
        assertThatThrownBy(() -> parse("<html>hello</html>"))
                .isInstanceOfSatisfying(PollException.class, e -> assertThat(e.kind()).isEqualTo(PollResult.Kind.BAD_REPLY));
        assertThatThrownBy(() -> parse("\u0000"))
                .isInstanceOfSatisfying(PollException.class, e -> assertThat(e.getMessage()).isEqualTo("empty reply"));
        assertThatThrownBy(() -> parse("[1,2]")).isInstanceOf(PollException.class);
    }
}
