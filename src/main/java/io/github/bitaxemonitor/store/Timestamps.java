package io.github.bitaxemonitor.store;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The timestamp cell's text, read and written without java.time's formatter for the one shape the monitor writes
 * ({@code 2026-11-21T01:51:00.143Z}, or without the fraction on a whole second). Every row has one, and the formatter
 * was the largest single cost of decoding a row, and most of a one-shot viewer's start-up (it loads locale data on
 * first use). Anything else goes to {@link Instant#parse} / {@link Instant#toString}, so results are always theirs.
 */
final class Timestamps {
    private static final int WHOLE = "2026-11-21T01:51:00Z".length();
    private static final int MILLIS = "2026-11-21T01:51:00.143Z".length();

    private Timestamps() {
    }

    /** The same instant as {@link Instant#parse}, which also throws for text it rejects. */
    static Instant parse(String text) {
        int n = text.length();
        if ((n != WHOLE && n != MILLIS) || !shapeMatches(text, n)) {
            return Instant.parse(text);
        }
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (hour > 23 || minute > 59 || second > 59) {
            return Instant.parse(text);
        }
        long day;
        try {
            day = LocalDate.of(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2)).toEpochDay();
        } catch (DateTimeException e) {
            return Instant.parse(text);
        }
        long nanos = n == MILLIS ? digits(text, 20, 3) * 1_000_000L : 0;
        return Instant.ofEpochSecond(day * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The same text as {@link Instant#toString}. */
    static String format(Instant t) {
        int nanos = t.getNano();
        long seconds = t.getEpochSecond();
        if (nanos % 1_000_000 != 0 || seconds < 0 || seconds >= 253_402_300_800L) { // outside 1970 to 9999
            return t.toString();
        }
        long days = Math.floorDiv(seconds, 86_400);
        int secondOfDay = (int) Math.floorMod(seconds, 86_400);
        LocalDate date = LocalDate.ofEpochDay(days);
        StringBuilder sb = new StringBuilder(MILLIS);
        pad(sb, date.getYear(), 4).append('-');
        pad(sb, date.getMonthValue(), 2).append('-');
        pad(sb, date.getDayOfMonth(), 2).append('T');
        pad(sb, secondOfDay / 3_600, 2).append(':');
        pad(sb, secondOfDay / 60 % 60, 2).append(':');
        pad(sb, secondOfDay % 60, 2);
        if (nanos != 0) {
            pad(sb.append('.'), nanos / 1_000_000, 3);
        }
        return sb.append('Z').toString();
    }

    private static boolean shapeMatches(String s, int n) {
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean ok = switch (i) {
                case 4, 7 -> c == '-';
                case 10 -> c == 'T';
                case 13, 16 -> c == ':';
                case 19 -> n == MILLIS ? c == '.' : c == 'Z';
                case 23 -> c == 'Z';
                default -> c >= '0' && c <= '9';
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    private static StringBuilder pad(StringBuilder sb, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(digits);
    }
}
