package io.github.bitaxemonitor.analyze.read;

import io.github.bitaxemonitor.model.Status;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * Values of single cells read straight from a line's bytes, for the columns analysis needs. Each result is exactly
 * what the store's decoder gives for the same text ({@code Double.parseDouble}, {@code Long.parseLong},
 * {@code Instant.parse}): the common forms are read here without making a String (that was most of the cost of a
 * row), anything else goes to those methods. ByteCellsTest checks the agreement.
 */
final class ByteCells {
    /** Powers of ten that are exact doubles: an integer below 2^53 divided by one of them is correctly rounded. */
    private static final double[] EXACT_POWERS = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final int WHOLE = "2026-11-21T01:51:00Z".length();
    private static final int MILLIS = "2026-11-21T01:51:00.143Z".length();

    /** The last date seen and its epoch day: rows of a file nearly all share one. */
    private int lastYmd = -1;
    private long lastEpochDay;

    /** The decimal in {@code b[from, to)}; NaN when empty or not a finite number. */
    static double decimal(byte[] b, int from, int to) {
        if (from >= to) {
            return Double.NaN;
        }
        int i = from;
        boolean negative = b[i] == '-';
        if (negative) {
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int fraction = -1;
        for (; i < to; i++) {
            int c = b[i];
            if (c >= '0' && c <= '9') {
                if (++digits > 15) {
                    return slow(b, from, to);
                }
                mantissa = mantissa * 10 + (c - '0');
            } else if (c == '.' && fraction < 0) {
                fraction = i;
            } else {
                return slow(b, from, to);
            }
        }
        if (digits == 0 || fraction == to - 1 || fraction == (negative ? from + 1 : from)) {
            return slow(b, from, to); // "-", ".5", "5." : Java's parser decides
        }
        int places = fraction < 0 ? 0 : to - fraction - 1;
        double v = mantissa / EXACT_POWERS[places];
        return negative ? -v : v;
    }

    private static double slow(byte[] b, int from, int to) {
        try {
            double d = Double.parseDouble(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
            return Double.isFinite(d) ? d : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The non-negative integer in {@code b[from, to)}; -1 when empty, negative or not an integer. */
    static long count(byte[] b, int from, int to) {
        if (from >= to || to - from > 18) {
            return to - from > 18 ? slowCount(b, from, to) : -1;
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            int c = b[i] - '0';
            if (c < 0 || c > 9) {
                return slowCount(b, from, to);
            }
            v = v * 10 + c;
        }
        return v;
    }

    private static long slowCount(byte[] b, int from, int to) {
        try {
            long v = Long.parseLong(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
            return v >= 0 ? v : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The boolean cell: 1 true, 0 false, -1 empty or anything else (case as the decoder: insensitive). */
    static int bool(byte[] b, int from, int to) {
        String s = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        return "true".equalsIgnoreCase(s) ? 1 : "false".equalsIgnoreCase(s) ? 0 : -1;
    }

    private static final Status[] STATUSES = Status.values();
    private static final byte[][] LABELS = new byte[STATUSES.length][];

    static {
        for (Status st : STATUSES) {
            LABELS[st.ordinal()] = st.label().getBytes(StandardCharsets.US_ASCII);
        }
    }

    /**
     * The statuses a conditions cell names, as a bit set by ordinal: each condition starts with its status label and
     * they are joined by {@code "; "} (health.Judgement). Words that are not a label are ignored, so a hand-made or
     * future cell never breaks a read; it only names fewer conditions.
     */
    static int statuses(byte[] b, int from, int to) {
        int bits = 0;
        int start = from;
        while (start < to) {
            for (int k = 0; k < LABELS.length; k++) {
                byte[] label = LABELS[k];
                int end = start + label.length;
                if (end <= to && Arrays.equals(b, start, end, label, 0, label.length)
                        && (end == to || b[end] == ' ' || b[end] == ';')) {
                    bits |= 1 << k;
                    break;
                }
            }
            int next = start;
            while (next < to && b[next] != ';') {
                next++;
            }
            start = next + 1;
            while (start < to && b[start] == ' ') {
                start++;
            }
        }
        return bits;
    }

    /**
     * Epoch milliseconds of a timestamp cell (sub-millisecond digits are dropped, as an analysis never needs them);
     * Long.MIN_VALUE when it does not parse. Not thread-safe (it caches the last date): one per reading thread.
     */
    long epochMillis(byte[] b, int from, int to) {
        int n = to - from;
        if ((n == WHOLE || n == MILLIS) && shape(b, from, n)) {
            int ymd = digits(b, from, 4) * 10_000 + digits(b, from + 5, 2) * 100 + digits(b, from + 8, 2);
            int hour = digits(b, from + 11, 2);
            int minute = digits(b, from + 14, 2);
            int second = digits(b, from + 17, 2);
            if (hour <= 23 && minute <= 59 && second <= 59 && epochDay(ymd)) {
                long millis = n == MILLIS ? digits(b, from + 20, 3) : 0;
                return ((lastEpochDay * 86_400 + hour * 3_600L + minute * 60L + second) * 1000) + millis;
            }
        }
        try {
            return Instant.parse(new String(b, from, n, StandardCharsets.UTF_8)).toEpochMilli();
        } catch (DateTimeParseException | ArithmeticException e) {
            return Long.MIN_VALUE;
        }
    }

    private boolean epochDay(int ymd) {
        if (ymd != lastYmd) {
            try {
                lastEpochDay = LocalDate.of(ymd / 10_000, ymd / 100 % 100, ymd % 100).toEpochDay();
            } catch (DateTimeException e) {
                return false;
            }
            lastYmd = ymd;
        }
        return true;
    }

    private static boolean shape(byte[] b, int from, int n) {
        for (int i = 0; i < n; i++) {
            int c = b[from + i];
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

    private static int digits(byte[] b, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            v = v * 10 + (b[i] - '0');
        }
        return v;
    }
}
