package io.github.bitaxemonitor.repair;

import io.github.bitaxemonitor.text.HostileText;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code csv-repair stats} reports, as data (the JSON form) with its text rendering. Strings that come from the
 * files (addresses, names) are escaped for the terminal only when printed as text.
 *
 * @param files       per input file: rows, problems and the health verdict
 * @param rows        rows read over all files
 * @param from        the earliest timestamp (ISO-8601), null without rows
 * @param to          the latest timestamp, null without rows
 * @param miners      per miner, ordered by address
 * @param otherRows   rows of miners beyond the per-miner limit, counted but not broken down
 */
public record StatsReport(List<FileHealth> files, long rows, String from, String to, List<Miner> miners,
                          long otherRows) {

    /** @param verdict OK, STALE, DAMAGED or EMPTY; {@code detail} says why */
    public record FileHealth(String file, long rows, long problems, String newest, String verdict, String detail) {
    }

    /**
     * @param medianIntervalS the median time between two samples, seconds; null with fewer than two samples
     * @param gaps            intervals longer than three median intervals
     * @param largestGaps     the longest of those, longest first
     */
    public record Miner(String address, String name, long samples, RunningStat.Figures hashrateGhs,
                        RunningStat.Figures asicTempC, RunningStat.Figures powerW, RunningStat.Figures joulesPerTh,
                        Map<String, Long> statuses, Double medianIntervalS, long gaps, List<Gap> largestGaps) {
    }

    /** @param after the last sample before the gap; {@code seconds} the gap's length */
    public record Gap(String after, double seconds) {
    }

    static Miner miner(MinerStats m) {
        Map<String, Long> statuses = new LinkedHashMap<>();
        m.statuses.forEach((s, n) -> statuses.put(s.name(), n));
        long median = m.medianIntervalMillis();
        return new Miner(m.address, m.name, m.samples, m.hashrate.figures(), m.asicTemp.figures(), m.power.figures(),
                m.joulesPerTh.figures(), statuses, m.intervals.count() == 0 ? null : median / 1000.0, m.gapCount(),
                m.largestGaps().stream().map(g -> new Gap(g.after().toString(), g.length().toMillis() / 1000.0))
                        .toList());
    }

    void print(PrintStream out) {
        for (FileHealth f : files) {
            out.printf("%s: %s%s (%,d rows)%n", f.file(), f.verdict(), f.detail().isEmpty() ? "" : ": " + f.detail(),
                    f.rows());
        }
        out.printf("rows %,d, miners %d%s%n", rows, miners.size(), from == null ? "" : ", from " + from + " to " + to);
        for (Miner m : miners) {
            String name = m.name() == null || m.name().equals(m.address()) ? "" : " (" + t(m.name()) + ")";
            out.printf("%n%s%s: %,d samples%s%n", t(m.address()), name, m.samples(), m.medianIntervalS() == null ? ""
                    : String.format(", median interval %s s, %,d gaps", num(m.medianIntervalS()), m.gaps()));
            figures(out, "hashrate GH/s", m.hashrateGhs());
            figures(out, "ASIC temp C", m.asicTempC());
            figures(out, "power W", m.powerW());
            figures(out, "J/TH", m.joulesPerTh());
            StringBuilder st = new StringBuilder();
            m.statuses().forEach((s, n) -> st.append(' ').append(s).append(' ').append(String.format("%,d", n)));
            out.printf("  %-14s%s%n", "status", st);
            for (Gap g : m.largestGaps()) {
                out.printf("  %-14s%s s after %s%n", "gap", num(g.seconds()), g.after());
            }
        }
        if (otherRows > 0) {
            out.printf("%n%,d rows of further miners are counted but not broken down%n", otherRows);
        }
    }

    private static void figures(PrintStream out, String label, RunningStat.Figures f) {
        if (f != null) {
            out.printf("  %-14s min %s  avg %s  max %s%n", label, num(f.min()), num(f.avg()), num(f.max()));
        }
    }

    private static String num(double v) {
        return String.format("%.1f", v);
    }

    private static String t(String s) {
        return HostileText.forTerminal(s);
    }
}
