package io.github.bitaxemonitor.sim;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** The string forms of {@code bestDiff} the firmware used before it switched to a JSON number in 2.11. */
final class DiffFormat {
    private static final String[] SUFFIXES = {"", "k", "M", "G", "T", "P", "E"};

    private DiffFormat() {
    }

    /** 2.0-2.7 and NerdQAxe: C's "%.3g" plus suffix ("4.29G", "483k", "13M", "512", "0"). */
    static String threeDigits(double value) {
        if (Double.isInfinite(value)) {
            return Fault.BAD_DIFF_TEXT;
        }
        int tier = tier(value);
        double scaled = scaled(value, tier);
        BigDecimal rounded = new BigDecimal(scaled).round(new MathContext(3)).stripTrailingZeros();
        // "%.3g" of 999.5 and up prints "1e+03": the firmware really sends e.g. "1e+03k".
        String digits = rounded.compareTo(BigDecimal.valueOf(1000)) >= 0 ? "1e+03" : rounded.toPlainString();
        return digits + SUFFIXES[tier];
    }

    /** 2.8-2.9: "%.2f" plus suffix ("13.00M"); plain integers below 1000. */
    static String twoDecimals(double value) {
        int tier = tier(value);
        return tier == 0 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.2f", scaled(value, tier)) + SUFFIXES[tier];
    }

    /** 2.10: a space before the suffix ("572.14 M"), and "512 " with a trailing space below 1000. */
    static String spaced(double value) {
        int tier = tier(value);
        return tier == 0 ? (long) value + " "
                : String.format(Locale.ROOT, "%.2f %s", scaled(value, tier), SUFFIXES[tier]);
    }

    private static int tier(double value) {
        int tier = 0;
        double v = value;
        while (v >= 1000 && tier < SUFFIXES.length - 1) {
            v /= 1000;
            tier++;
        }
        return tier;
    }

    private static double scaled(double value, int tier) {
        return value / Math.pow(1000, tier);
    }
}
