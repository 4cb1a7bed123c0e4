package io.github.bitaxemonitor.miner;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bitaxemonitor.miner.PollResult.Kind;
import java.nio.charset.StandardCharsets;

/**
 * Parses a CGMiner-API reply: {@link LenientJson} reads the broken JSON real devices send (shared/reference/
 * cgminer-api.md), and a reply cut short is closed after its last complete element. Quoted {@code "inf"} /
 * {@code "nan"} survive parsing and read as null through {@link JsonFields}.
 */
final class CgminerJson {
    private CgminerJson() {
    }

    static JsonNode parse(byte[] reply) throws PollException {
        String text = new String(reply, StandardCharsets.UTF_8);
        JsonNode root = LenientJson.read(text);
        if (root == null) {
            String repaired = LenientJson.repair(text);
            String closed = closeTruncated(repaired);
            root = closed == null ? null : LenientJson.read(closed);
        }
        if (root == null || !root.isObject()) {
            throw new PollException(Kind.BAD_REPLY, text.replace("\u0000", "").isBlank() ? "empty reply"
                    : "malformed JSON reply");
        }
        return root;
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
