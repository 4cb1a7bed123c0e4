package io.github.bitaxemonitor.ops;

import io.github.bitaxemonitor.text.HostileText;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One check's result as a monitoring plugin prints it: {@code SERVICE STATUS - text | label=value[unit];warn;crit}.
 * The text is one line with no {@code |} (which would start the perfdata), so texts from files are escaped for a
 * terminal and a pipe in them becomes {@code /}.
 *
 * @param service the check's name in capitals ("MONITOR", "FLEET")
 * @param status  the verdict, whose exit code the command returns
 * @param text    what a person reads
 * @param perf    the figures for graphs; may be empty
 */
public record PluginOutput(String service, PluginStatus status, String text, List<Perf> perf) {
    /** Longest text kept: a plugin line is read in a notification or a narrow web column. */
    static final int MAX_TEXT = 1000;

    public PluginOutput {
        perf = List.copyOf(perf);
    }

    /**
     * One performance figure.
     *
     * @param label what it measures, [a-z_] only
     * @param value the figure
     * @param unit  s, %, B, c (a counter), or "" for a plain number
     * @param warn  the warning threshold, or null
     * @param crit  the critical threshold, or null
     */
    public record Perf(String label, double value, String unit, Double warn, Double crit) {
        public static Perf of(String label, double value, String unit) {
            return new Perf(label, value, unit, null, null);
        }

        String render() {
            String s = label + "=" + number(value) + unit;
            if (warn == null && crit == null) {
                return s;
            }
            return s + ";" + (warn == null ? "" : number(warn)) + ";" + (crit == null ? "" : number(crit));
        }
    }

    /** The plugin line: {@code MONITOR OK - collector healthy | age=2s;;90 ...}. */
    public String nagios() {
        String line = service + " " + status + " - " + plain();
        return perf.isEmpty() ? line : line + " | " + perf.stream().map(Perf::render)
                .collect(Collectors.joining(" "));
    }

    /** The text alone, as safe as in the plugin line: {@code collector healthy, cycle 2s ago}. */
    public String plain() {
        return HostileText.forTerminal(text.replace('|', '/').replace('\n', ' ').replace('\r', ' '), MAX_TEXT);
    }

    /** Whole numbers without a fraction, others with at most three decimals: perfdata is read by parsers. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "");
    }
}
