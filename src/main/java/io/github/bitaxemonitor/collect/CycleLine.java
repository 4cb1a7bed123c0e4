package io.github.bitaxemonitor.collect;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.text.HostileText;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one console line per cycle: time, miners ok/total, fleet hashrate, power and J/TH, problems by name, rows
 * written and readings dropped. Names come from miners and are shown through {@link HostileText#forTerminal}.
 */
public final class CycleLine {
    /** Names listed per status before "+N more", so a fleet-wide outage still fits a line. */
    static final int NAMES_PER_STATUS = 5;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private CycleLine() {
    }

    public static String format(CycleReport r, ZoneId zone) {
        List<Sample> rows = r.samples();
        long ok = rows.stream().filter(s -> s.status() == Status.ONLINE).count();
        double ghs = 0;
        double watts = 0;
        double effGhs = 0;
        double effWatts = 0;
        for (Sample s : rows) {
            if (!s.status().reachable()) {
                continue;
            }
            ghs += s.hashrateGhs() != null ? s.hashrateGhs() : 0;
            watts += s.powerW() != null ? s.powerW() : 0;
            if (s.joulesPerTh() != null) {
                effGhs += s.hashrateGhs();
                effWatts += s.powerW();
            }
        }
        StringBuilder line = new StringBuilder(TIME.format(r.started().atZone(zone)))
                .append("  ok ").append(ok).append('/').append(rows.size())
                .append("  ").append(hashrate(ghs))
                .append("  ").append(power(watts));
        if (effGhs > 0) {
            line.append("  ").append(String.format(Locale.ROOT, "%.1f J/TH", effWatts / (effGhs / 1000)));
        }
        String problems = problems(rows);
        if (!problems.isEmpty()) {
            line.append("  ").append(problems);
        }
        if (r.written()) {
            line.append("  rows ").append(r.rowsWritten()).append(", dropped ").append(r.implausibleDropped());
        } else {
            line.append("  NOT WRITTEN (").append(r.heldRows()).append(" rows held)");
        }
        return line.toString();
    }

    /** The error line for a failed write, or null when the cycle was written. */
    public static String writeError(CycleReport r, ZoneId zone) {
        if (r.written()) {
            return null;
        }
        return TIME.format(r.started().atZone(zone)) + "  could not write the cycle: " + r.writeError() + "; "
                + r.heldRows() + " rows held for the next try, polling goes on";
    }

    /** "HOT: gamma-02; OFFLINE: 10.0.0.9:80", most urgent first. */
    static String problems(List<Sample> rows) {
        Map<Status, List<String>> byStatus = new EnumMap<>(Status.class);
        for (Sample s : rows) {
            if (s.status() != Status.ONLINE) {
                byStatus.computeIfAbsent(s.status(), k -> new ArrayList<>())
                        .add(HostileText.forTerminal(s.displayName()));
            }
        }
        List<String> parts = new ArrayList<>();
        byStatus.forEach((status, names) -> {
            String shown = String.join(", ", names.subList(0, Math.min(NAMES_PER_STATUS, names.size())));
            int more = names.size() - NAMES_PER_STATUS;
            parts.add(status.label() + ": " + shown + (more > 0 ? " +" + more + " more" : ""));
        });
        return String.join("; ", parts);
    }

    static String hashrate(double ghs) {
        if (ghs >= 1_000_000) {
            return String.format(Locale.ROOT, "%.2f PH/s", ghs / 1_000_000);
        }
        return ghs >= 1000 ? String.format(Locale.ROOT, "%.2f TH/s", ghs / 1000)
                : String.format(Locale.ROOT, "%.1f GH/s", ghs);
    }

    static String power(double w) {
        return w >= 10_000 ? String.format(Locale.ROOT, "%.2f kW", w / 1000) : String.format(Locale.ROOT, "%.1f W", w);
    }
}
