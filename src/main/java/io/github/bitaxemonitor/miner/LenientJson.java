package io.github.bitaxemonitor.miner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;

/**
 * Reads the JSON miners really send (shared/reference, "JSON as real firmware sends it"), for both protocols. Bytes are
 * decoded by the JDK's strict UTF-8 decoder, which replaces invalid and overlong sequences with U+FFFD (Jackson's own
 * byte decoder would turn an overlong {@code C1 81} into "A"). Jackson then reads trailing commas, raw control
 * characters in strings, {@code \'} and duplicate keys (the last wins) as they are. Only when that fails is the text
 * repaired, outside strings: bare {@code nan}, {@code -nan}, {@code inf} and an empty value ({@code "GHS 5s":,})
 * become null; objects glued as {@code }{} are separated; {@code [,{} and a leading comma lose the comma; NUL bytes go.
 * A well-formed reply, the common case, is parsed once.
 */
final class LenientJson {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    private LenientJson() {
    }

    /** The document, or null when even the repaired text is not JSON. */
    static JsonNode read(byte[] bytes, int offset, int length) {
        String text = new String(bytes, offset, length, StandardCharsets.UTF_8);
        JsonNode root = parse(text);
        return root != null ? root : parse(repair(text));
    }

    static JsonNode read(String text) {
        JsonNode root = parse(text);
        return root != null ? root : parse(repair(text));
    }

    private static JsonNode parse(String text) {
        try {
            JsonNode root = JSON.readTree(text);
            return root == null || root.isMissingNode() ? null : root;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** One pass outside strings; strings are copied as they are. */
    static String repair(String raw) {
        StringBuilder out = new StringBuilder(raw.length() + 16);
        boolean inString = false;
        boolean escaped = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\u0000') {
                continue;
            }
            if (inString) {
                out.append(c);
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            char prev = lastSignificant(out);
            switch (c) {
                case '"' -> {
                    inString = true;
                    out.append(c);
                }
                case ',' -> {
                    if (prev == 0 || prev == '[' || prev == '{' || prev == ',') {
                        continue; // a leading comma, "[,{", or ",," from a dropped element
                    }
                    if (prev == ':') {
                        out.append("null"); // "key":, is an unknown value
                    }
                    out.append(c);
                }
                case '}', ']' -> {
                    if (prev == ':') {
                        out.append("null");
                    }
                    out.append(c);
                }
                case '{' -> {
                    if (prev == '}') {
                        out.append(','); // Antminer stats: objects glued as }{
                    }
                    out.append(c);
                }
                default -> {
                    int end = bareWordEnd(raw, i);
                    if (end > i && isNonNumber(raw.substring(i, end))) {
                        out.append("null");
                        i = end - 1;
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static char lastSignificant(StringBuilder sb) {
        for (int i = sb.length() - 1; i >= 0; i--) {
            char c = sb.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c;
            }
        }
        return 0;
    }

    /** The end of a run of letters, digits, signs and dots starting at {@code i}; {@code i} when none starts there. */
    private static int bareWordEnd(String s, int i) {
        int j = i;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || "+-.".indexOf(s.charAt(j)) >= 0)) {
            j++;
        }
        return j;
    }

    /** nan, -nan, inf, -inf, +inf, infinity in any case: what C's printf writes for a value that is not a number. */
    private static boolean isNonNumber(String word) {
        String w = word.startsWith("-") || word.startsWith("+") ? word.substring(1) : word;
        return w.equalsIgnoreCase("nan") || w.equalsIgnoreCase("inf") || w.equalsIgnoreCase("infinity")
                || w.equalsIgnoreCase("-nan");
    }
}
