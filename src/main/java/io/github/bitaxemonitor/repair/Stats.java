package io.github.bitaxemonitor.repair;

import io.github.bitaxemonitor.model.Sample;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code csv-repair stats}: figures over all given files taken together (a day's parts belong together, in the order
 * given) and a health verdict per file. Reads only; memory grows with the number of miners, never with rows.
 */
public final class Stats {
    /** Beyond this many addresses (a hostile or foreign file) rows are counted but not broken down. */
    private static final int MAX_MINERS = 1_000;

    private Stats() {
    }

    /** @param staleAfter a file whose newest row is older than this is STALE */
    public static StatsReport collect(List<Path> files, Duration staleAfter, ScanOptions options, Progress progress)
            throws IOException {
        Inputs.check(files);
        Map<String, MinerStats> miners = new TreeMap<>();
        List<StatsReport.FileHealth> health = new ArrayList<>();
        long[] other = {0};
        Instant[] range = {null, null};
        long total = 0;
        for (Path f : files) {
            ProblemLog log = new ProblemLog(0, null);
            long[] rows = {0};
            Instant[] newest = {null};
            FileScan.scan(f, f.toString(), options, progress, log, line -> {
                if (line.disposition() != ScannedLine.Disposition.ROW) {
                    return;
                }
                Sample s = line.sample();
                rows[0]++;
                newest[0] = max(newest[0], s.timestamp());
                range[0] = range[0] == null || s.timestamp().isBefore(range[0]) ? s.timestamp() : range[0];
                range[1] = max(range[1], s.timestamp());
                MinerStats m = miners.get(s.address());
                if (m == null && miners.size() < MAX_MINERS) {
                    m = new MinerStats(s.address());
                    miners.put(s.address(), m);
                }
                if (m == null) {
                    other[0]++;
                } else {
                    m.add(s);
                }
            });
            total += rows[0];
            health.add(verdict(f.toString(), rows[0], log.total(), newest[0],
                    options.clock().instant().minus(staleAfter)));
        }
        return new StatsReport(health, total, str(range[0]), str(range[1]),
                miners.values().stream().map(StatsReport::miner).toList(), other[0]);
    }

    public static int run(List<Path> files, Duration staleAfter, ScanOptions options, ReportOptions report,
                          PrintStream out) throws IOException {
        Inputs.check(files);
        StatsReport r;
        try (Progress progress = Progress.auto(report.quiet(), Inputs.totalBytes(files))) {
            r = collect(files, staleAfter, options, progress);
        }
        if (report.json()) {
            Json.print(r, out);
        } else if (!report.quiet()) {
            r.print(out);
        }
        return 0;
    }

    private static StatsReport.FileHealth verdict(String file, long rows, long problems, Instant newest,
                                                  Instant staleBefore) {
        String verdict;
        String detail = "";
        if (rows == 0) {
            verdict = "EMPTY";
            detail = problems == 0 ? "" : String.format("%,d problems, run analyze", problems);
        } else if (problems > 0) {
            verdict = "DAMAGED";
            detail = String.format("%,d problems, run analyze", problems);
        } else if (newest.isBefore(staleBefore)) {
            verdict = "STALE";
            detail = "newest row " + newest;
        } else {
            verdict = "OK";
        }
        return new StatsReport.FileHealth(file, rows, problems, str(newest), verdict, detail);
    }

    private static Instant max(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static String str(Instant i) {
        return i == null ? null : i.toString();
    }
}
