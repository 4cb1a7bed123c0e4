package io.github.bitaxemonitor.view.format;

import java.time.Duration;
import java.util.Locale;

/**
 * How numbers are written in every view: fixed units, dot decimals whatever the locale, and "-" for a value the miner
 * did not report. Texts are short so they fit table cells.
 */
public final class Units {
    /** Shown for an absent value. */
    public static final String NONE = "-";
    private static final String[] SI = {"", "k", "M", "G", "T", "P", "E", "Z", "Y"};

    private Units() {
    }

    /** "512.3 GH/s", "1.07 TH/s", "2.50 PH/s". */
    public static String hashrate(Double ghs) {
        if (ghs == null) {
            return NONE;
        }
        if (ghs >= 1e6) {
            return fmt("%.2f PH/s", ghs / 1e6);
        }
        return ghs >= 1000 ? fmt("%.2f TH/s", ghs / 1000) : fmt("%.1f GH/s", ghs);
    }

    /** "19.2 W", "1.25 kW". */
    public static String power(Double w) {
        if (w == null) {
            return NONE;
        }
        return w >= 1000 ? fmt("%.2f kW", w / 1000) : fmt("%.1f W", w);
    }

    /** "58.3C" (ASCII, so it reads the same in every locale and pipe). */
    public static String temp(Double c) {
        return c == null ? NONE : fmt("%.1fC", c);
    }

    /** "17.9" joules per terahash. */
    public static String jth(Double v) {
        return v == null ? NONE : fmt("%.1f", v);
    }

    /** "98%". */
    public static String pct(Double v) {
        return v == null ? NONE : fmt("%.0f%%", v);
    }

    /** "0.08%", for small shares like reject rates. */
    public static String pct2(Double v) {
        return v == null ? NONE : fmt("%.2f%%", v);
    }

    /** A plain number with up to the given decimals: "5.09", "1150". */
    public static String number(Double v, int decimals) {
        if (v == null) {
            return NONE;
        }
        String s = fmt("%." + decimals + "f", v);
        if (s.indexOf('.') >= 0) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
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
            return fmt("%.0f", x);
        }
        return (Math.abs(x) >= 100 ? fmt("%.0f", x) : Math.abs(x) >= 10 ? fmt("%.1f", x) : fmt("%.2f", x)) + SI[i];
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
            return fmt("%dm%02ds", s / 60, s % 60);
        }
        if (s < 86_400) {
            return fmt("%dh%02dm", s / 3600, (s % 3600) / 60);
        }
        return fmt("%dd%02dh", s / 86_400, (s % 86_400) / 3600);
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

    public static String seconds(Long s) {
        return s == null ? NONE : duration(Duration.ofSeconds(s));
    }

    /** "5s ago", "3m ago" ({@link #age}); "-" when unknown. */
    public static String ago(Duration d) {
        return d == null ? NONE : age(d) + " ago";
    }

    private static String fmt(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
