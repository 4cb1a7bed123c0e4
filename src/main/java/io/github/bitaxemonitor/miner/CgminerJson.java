package io.github.bitaxemonitor.miner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.bitaxemonitor.miner.PollResult.Kind;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Parses a CGMiner-API reply after repairing the broken JSON real devices send (shared/reference/cgminer-api.md):
 * the trailing NUL, objects glued as {@code }{} (Antminer stats), {@code [,{} and a leading comma (Avalon), and a
 * reply cut short (closed after its last complete element). Trailing commas ({@code ,}}) and raw newlines inside
 * strings are accepted by the parser itself; quoted {@code "inf"}/{@code "nan"} survive parsing and read as null
 * through {@link JsonFields}.
 */
final class CgminerJson {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();
    private static final Pattern GLUED = Pattern.compile("}\\s*\\{");
    private static final Pattern EMPTY_FIRST = Pattern.compile("\\[\\s*,");

    private CgminerJson() {
    }

    static JsonNode parse(byte[] reply) throws PollException {
        String text = repair(new String(reply, StandardCharsets.UTF_8));
        JsonNode root = read(text);
        if (root == null) {
            String closed = closeTruncated(text);
            root = closed == null ? null : read(closed);
        }
        if (root == null || !root.isObject()) {
            throw new PollException(Kind.BAD_REPLY, text.isEmpty() ? "empty reply" : "malformed JSON reply");
        }
        return root;
    }

    static String repair(String raw) {
        String s = raw.replace("\u0000", "").strip();
        if (s.startsWith(",")) {
            s = s.substring(1).strip();
        }
        s = GLUED.matcher(s).replaceAll("},{");
        return EMPTY_FIRST.matcher(s).replaceAll("[");
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /**
     * Cuts a reply that ends mid-value back to its last complete element and closes the open brackets; null when no
     * such point exists (or when the text is not truncated but broken elsewhere, which a cut cannot fix).
     */
    static String closeTruncated(String s) {
        StringBuilder open = new StringBuilder();
        String openAtCut = null;
        int cut = -1;
        boolean inString = false;
        boolean escaped = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            switch (c) {
                case '"' -> inString = true;
                case '{', '[' -> open.append(c);
                case '}', ']' -> {
                    if (open.length() == 0) {
                        return null;
                    }
                    open.setLength(open.length() - 1);
                    if (open.length() == 0) {
                        return null;
                    }
                    cut = i + 1;
                    openAtCut = open.toString();
                }
                case ',' -> {
                    cut = i;
                    openAtCut = open.toString();
                }
                default -> {
                }
            }
        }
        if (cut < 0 || openAtCut.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.substring(0, cut));
        for (int i = openAtCut.length() - 1; i >= 0; i--) {
            out.append(openAtCut.charAt(i) == '{' ? '}' : ']');
        }
        return out.toString();
    }
}
