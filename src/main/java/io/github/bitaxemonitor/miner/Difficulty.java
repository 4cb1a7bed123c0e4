package io.github.bitaxemonitor.miner;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Share difficulty as firmware prints it. AxeOS sent it as text before 2.11 in three styles ({@code "4.29G"},
 * {@code "13.00M"}, {@code "572.14 M"} / {@code "512 "}) and as a plain or exponent number ({@code 1e+15}) since;
 * cgminer's {@code Best Share} is a number. Suffixes are powers of 1000.
 */
final class Difficulty {
    private static final Pattern TEXT = Pattern.compile("([0-9]+(?:\\.[0-9]*)?(?:[eE][+-]?[0-9]+)?)\\s*([kKMGTPE]?)");
    private static final String SUFFIXES = "kMGTPE";

    private Difficulty() {
    }

    /** The difficulty in the field, or null when it is missing or in no known format. */
    static Double parse(JsonNode obj, String key) {
        JsonNode node = obj == null ? null : obj.get(key);
        if (node == null || !node.isTextual()) {
            Double v = JsonFields.number(node);
            return v == null || v < 0 ? null : v;
        }
        return parse(node.textValue());
    }

    static Double parse(String text) {
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        // upper-case K is not what the firmware prints, but means the same to anyone who types it
        String suffix = m.group(2).replace('K', 'k');
        int thousands = suffix.isEmpty() ? 0 : SUFFIXES.indexOf(suffix) + 1;
        // decimal scaling, so "8.21G" is exactly the double nearest 8.21e9 rather than 8.21 * 1e9
        double v;
        try {
            v = new BigDecimal(m.group(1)).scaleByPowerOfTen(3 * thousands).doubleValue();
        } catch (ArithmeticException | NumberFormatException e) {
            return null; // an exponent beyond any scale ("1e2147483647G"): no difficulty, not a failed reading
        }
        return Double.isFinite(v) ? v : null;
    }
}
