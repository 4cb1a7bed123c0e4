package io.github.bitaxemonitor.view.format;

import io.github.bitaxemonitor.text.Decimals;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How numbers are written in every view: fixed units, dot decimals whatever the locale, and "-" for a value the miner
 * did not report. Texts are short so they fit table cells.
 */
public final class Units {
    /** Shown for an absent value. */
    public static final String NONE = "-";
    private static final String[] SI = {"", "k", "M", "G", "T", "P", "E", "Z", "Y"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private Units() {
    }

    /** "512.3 GH/s", "1.07 TH/s", "2.50 PH/s". */
    public static String hashrate(Double ghs) {
        if (ghs == null) {
            return NONE;
        }
        if (ghs >= 1e6) {
            return scaled(ghs / 1e6) + " PH/s";
        }
        return ghs >= 1000 ? scaled(ghs / 1000) + " TH/s" : fixed(ghs, 1) + " GH/s";
    }

    /** Four significant digits from 100 up, so "114.1 TH/s" fits the 10 columns "1.08 TH/s" and "595.8 GH/s" take. */
    private static String scaled(double v) {
        return fixed(v, v >= 99.995 ? 1 : 2); // 99.996 would round up to "100.00"
    }

    /** "19.2 W", "1.25 kW". */
    public static String power(Double w) {
        if (w == null) {
            return NONE;
        }
        return w >= 1000 ? fixed(w / 1000, 2) + " kW" : fixed(w, 1) + " W";
    }

    /** "58.3C" (ASCII, so it reads the same in every locale and pipe). */
    public static String temp(Double c) {
        return c == null ? NONE : fixed(c, 1) + "C";
    }

    /** "17.9" joules per terahash. */
    public static String jth(Double v) {
        return v == null ? NONE : fixed(v, 1);
    }

    /** "98%". */
    public static String pct(Double v) {
        return v == null ? NONE : fixed(v, 0) + "%";
    }

    /** "0.08%", for small shares like reject rates. */
    public static String pct2(Double v) {
        return v == null ? NONE : fixed(v, 2) + "%";
    }

    /** A plain number with up to the given decimals: "5.09", "1150". */
    public static String number(Double v, int decimals) {
        if (v == null) {
            return NONE;
        }
        String s = fixed(v, decimals);
        if (s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        return s.substring(0, s.charAt(end - 1) == '.' ? end - 1 : end);
    }

    public static String integer(Long v) {
        return v == null ? NONE : Long.toString(v);
    }

    /** SI-suffixed count: "4.29G", "13.0M", "950". */
    public static String si(Double v) {
        if (v == null) {
            return NONE;
        }
        double x = v;
        int i = 0;
        while (Math.abs(x) >= 999.95 && i < SI.length - 1) {
            x /= 1000;
            i++;
        }
        if (i == 0) {
            return fixed(x, 0);
        }
        return (Math.abs(x) >= 100 ? fixed(x, 0) : Math.abs(x) >= 10 ? fixed(x, 1) : fixed(x, 2)) + SI[i];
    }

    public static String si(Long v) {
        return v == null ? NONE : si(v.doubleValue());
    }

    /** A span in its two largest units: "42s", "5m12s", "3h04m", "2d07h". */
    public static String duration(Duration d) {
        if (d == null) {
            return NONE;
        }
        long s = Math.max(0, d.getSeconds());
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return s / 60 + "m" + twoDigits(s % 60) + "s";
        }
        if (s < 86_400) {
            return s / 3600 + "h" + twoDigits((s % 3600) / 60) + "m";
        }
        return s / 86_400 + "d" + twoDigits((s % 86_400) / 3600) + "h";
    }

    /**
     * How long ago, as precise as a glance needs and no more: "42s" under a minute, then "5m", "3h04m", "2d07h". Past
     * the first minute the text changes at most once a minute, so a screen of old data has nothing to redraw between.
     */
    public static String age(Duration d) {
        if (d == null) {
            return NONE;
        }
        long s = Math.max(0, d.getSeconds());
        return s >= 60 && s < 3600 ? s / 60 + "m" : duration(d);
    }

    /** "2026-11-20 12:00:45 UTC"; an instant past what a calendar date holds (a file may say year 10^9) as ISO-8601. */
    public static String time(Instant t) {
        return formatted(TIME, t);
    }

    /** "12:00:45" (UTC), or ISO-8601 as {@link #time} does. */
    public static String clock(Instant t) {
        return formatted(CLOCK, t);
    }

    private static String formatted(DateTimeFormatter f, Instant t) {
        try {
            return f.format(t);
        } catch (DateTimeException beyondTheCalendar) {
            return t.toString();
        }
    }

    public static String seconds(Long s) {
        return s == null ? NONE : duration(Duration.ofSeconds(s));
    }

    /** "5s ago", "3m ago" ({@link #age}); "-" when unknown. */
    public static String ago(Duration d) {
        return d == null ? NONE : age(d) + " ago";
    }

    static String fixed(double v, int places) {
        return Decimals.fixed(v, places);
    }

    private static String twoDigits(long n) {
        return n < 10 ? "0" + n : Long.toString(n);
    }
}
