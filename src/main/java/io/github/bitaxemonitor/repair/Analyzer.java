package io.github.bitaxemonitor.repair;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** {@code csv-repair analyze}: lists every problem of each file, then a summary by kind. Reads only. */
public final class Analyzer {
    private Analyzer() {
    }

    /**
     * @param limit problems listed per kind and file
     * @return 0 when every file is clean, 1 when a problem was found
     */
    public static int run(List<Path> files, ScanOptions options, ReportOptions report, int limit, PrintStream out)
            throws IOException {
        Inputs.check(files);
        List<FileReport> reports = new ArrayList<>();
        long problems = 0;
        try (Progress progress = Progress.auto(report.quiet(), Inputs.totalBytes(files))) {
            for (Path f : files) {
                boolean listLive = !report.json() && !report.quiet();
                ProblemLog log = new ProblemLog(limit, listLive ? out : null, progress::clear);
                Tally tally = new Tally();
                FileScan.scan(f, f.toString(), options, progress, log, tally);
                problems += log.total();
                reports.add(FileReport.of(f.toString(), tally, log));
                if (listLive) {
                    progress.clear();
                    printSummary(f.toString(), tally, log, out);
                }
            }
        }
        if (report.json()) {
            Json.print(new Report(problems, reports), out);
        }
        return problems == 0 ? 0 : 1;
    }

    static void printSummary(String file, Tally tally, ProblemLog log, PrintStream out) {
        out.printf("%s: %,d lines, %,d rows: %s%n", file, tally.lines(), tally.rows(),
                log.total() == 0 ? "no problems" : String.format("%,d problems", log.total()));
        log.printSummary(out, "  ");
    }

    /** The JSON report. */
    public record Report(long problems, List<FileReport> files) {
    }

    /**
     * One file in the JSON report.
     *
     * @param listed the first problems of each kind, as "line: detail"
     */
    public record FileReport(String file, long lines, long rows, long problems, Map<ProblemKind, Long> byKind,
                             Map<ProblemKind, List<Listed>> listed) {
        static FileReport of(String file, Tally tally, ProblemLog log) {
            Map<ProblemKind, List<Listed>> listed = new EnumMap<>(ProblemKind.class);
            log.examples().forEach((k, ps) -> listed.put(k, ps.stream().map(p -> new Listed(p.line(), p.detail()))
                    .toList()));
            return new FileReport(file, tally.lines(), tally.rows(), log.total(), log.counts(), listed);
        }
    }

    /** One listed problem: its line (0 for the whole file) and detail. */
    public record Listed(long line, String detail) {
    }
}
