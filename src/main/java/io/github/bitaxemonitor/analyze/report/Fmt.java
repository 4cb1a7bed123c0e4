package io.github.bitaxemonitor.analyze.report;

import io.github.bitaxemonitor.view.format.Units;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Number and time texts of the reports: fixed decimals, dot separator whatever the locale, "-" for unknown. */
public final class Fmt {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private Fmt() {
    }

    public static String num(double v, int places) {
        return Double.isNaN(v) || Double.isInfinite(v) ? Units.NONE : String.format(Locale.ROOT, "%." + places + "f", v);
    }

    public static String time(long epochMs) {
        return MINUTE.format(Instant.ofEpochMilli(epochMs));
    }

    public static String time(Instant t) {
        return t == null ? Units.NONE : MINUTE.format(t);
    }

    public static String bytes(long b) {
        return b >= 1_000_000_000 ? num(b / 1e9, 2) + " GB" : b >= 1_000_000 ? num(b / 1e6, 1) + " MB"
                : num(b / 1e3, 1) + " kB";
    }

    /** "1,234,567". */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
