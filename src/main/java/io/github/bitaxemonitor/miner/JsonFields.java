package io.github.bitaxemonitor.miner;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bitaxemonitor.text.HostileText;

/**
 * Tolerant readers for one field of a miner's JSON object. Firmware generations and forks disagree on types (numbers
 * sent as strings, NaN/Inf printed as {@code null} or {@code "inf"}, 0/1 for booleans), so each reader accepts every
 * form that carries the value and answers null for anything else: a wrong type in one field never loses the others.
 * Keys are matched case-sensitively, because old AxeOS sends {@code fanSpeed} (RPM) and {@code fanspeed} (%) together.
 */
final class JsonFields {
    private JsonFields() {
    }

    /** A finite number from a JSON number or a numeric string; null when missing, null, NaN, infinite or not numeric. */
    static Double number(JsonNode obj, String key) {
        return number(obj == null ? null : obj.get(key));
    }

    static Double number(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return number(node.textValue());
        }
        return node.isNumber() && Double.isFinite(node.doubleValue()) ? node.doubleValue() : null;
    }

    /** A finite number from text such as "58.5" or " 1e+15 "; null for anything else, "NaN" and "inf" included. */
    static Double number(String text) {
        double v = parse(text.strip());
        return Double.isFinite(v) ? v : null;
    }

    /** A whole number (counts, RPM, bytes, seconds); a fractional value is rounded, an out-of-range one is null. */
    static Long integer(JsonNode obj, String key) {
        Double v = number(obj, key);
        return v == null || Math.abs(v) >= 9.0e18 ? null : Math.round(v);
    }

    /** Text made safe by {@link HostileText#sanitize}; numbers are accepted as their text; null when empty. */
    static String text(JsonNode obj, String key) {
        JsonNode node = obj == null ? null : obj.get(key);
        if (node == null || !(node.isTextual() || node.isNumber() || node.isBoolean())) {
            return null;
        }
        return HostileText.sanitize(node.asText());
    }

    /** true/false from a JSON boolean, a number (non-zero = true) or the strings true/false/1/0. */
    static Boolean flag(JsonNode obj, String key) {
        JsonNode node = obj == null ? null : obj.get(key);
        if (node == null) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.doubleValue() != 0;
        }
        if (node.isTextual()) {
            String t = node.textValue().strip();
            if (t.equalsIgnoreCase("true") || t.equals("1")) {
                return true;
            }
            if (t.equalsIgnoreCase("false") || t.equals("0")) {
                return false;
            }
        }
        return null;
    }

    /** A nested object, or null when the key is missing or holds something else. */
    static JsonNode object(JsonNode obj, String key) {
        JsonNode node = obj == null ? null : obj.get(key);
        return node != null && node.isObject() ? node : null;
    }

    private static double parse(String s) {
        if (s.isEmpty()) {
            return Double.NaN;
        }
        // Double.parseDouble would also accept "NaN", "Infinity" and hex floats, none of which is a reading.
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return Double.NaN;
            }
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
