package io.github.bitaxemonitor.repair;

import io.github.bitaxemonitor.cli.UserException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code csv-repair merge}: the union of several files, whatever schema version wrote each (columns mapped by name,
 * output under the current header), sorted by timestamp, exact duplicates dropped, written atomically. Inputs larger
 * than memory go through {@link ExternalSort}. Lines that cannot be kept go to a quarantine file beside the output,
 * exactly as {@code repair} does. The inputs are only read.
 */
public final class Merger {
    private Merger() {
    }

    /**
     * @param runSize rows held in memory per sorted run
     * @param tempDir where sorted runs are spilled; null for the output's directory
     * @param force   overwrite an existing output (and quarantine file)
     */
    public record Options(int runSize, Path tempDir, boolean force) {
        public static final int DEFAULT_RUN_SIZE = ExternalSort.DEFAULT_RUN_SIZE;
    }

    /**
     * The JSON report.
     *
     * @param duplicates exact duplicates dropped, within and across inputs
     * @param runs       sorted runs spilled to disk (0: everything fitted in one run)
     */
    public record Report(String output, String quarantine, List<Input> inputs, long rows, long duplicates, int runs,
                         long problems, Map<ProblemKind, Long> byKind) {
    }

    /** One input: lines read, rows taken, lines quarantined. */
    public record Input(String file, Tally tally) {
    }

    public static int run(Path output, List<Path> inputs, Options o, ScanOptions scan, ReportOptions report,
                          PrintStream out) throws IOException {
        Inputs.check(inputs);
        if (o.runSize() < 1) {
            throw new UserException("--run-size must be at least 1");
        }
        Path quarantinePath = Quarantine.beside(output);
        Inputs.refuseOverlap(inputs, List.of(output, quarantinePath));
        if (!o.force()) {
            for (Path p : List.of(output, quarantinePath)) {
                if (Files.exists(p)) {
                    throw new UserException(p + ": already exists; use --force to overwrite it");
                }
            }
        }
        Path tempDir = o.tempDir() != null ? o.tempDir() : output.toAbsolutePath().getParent();
        ProblemLog log = new ProblemLog(0, null);
        List<Input> taken = new ArrayList<>();
        long[] written = {0};
        long duplicates;
        int runs;
        try (Progress progress = Progress.auto(report.quiet(), Inputs.totalBytes(inputs));
             ExternalSort sort = new ExternalSort(tempDir, o.runSize());
             Quarantine quarantine = new Quarantine(quarantinePath);
             AtomicFile file = new AtomicFile(output, inputs.get(0))) {
            for (Path in : inputs) {
                Tally tally = new Tally();
                String name = in.toString();
                FileScan.scan(in, name, scan, progress, log, tally.andThen(quarantine.router(name, in,
                        line -> sort.add(SortEntry.of(line.sample().timestamp(), line.canonical())))));
                taken.add(new Input(name, tally));
            }
            RowWriter rows = new RowWriter(file.out());
            sort.drain(row -> {
                rows.write(row);
                written[0]++;
            });
            duplicates = sort.duplicates() + taken.stream()
                    .mapToLong(i -> i.tally().dropped().getOrDefault(ProblemKind.DUPLICATE_ROW, 0L)).sum();
            runs = sort.spilledRuns();
            quarantine.commit();
            file.commit();
        }
        String q = Files.exists(quarantinePath) ? quarantinePath.toString() : null;
        Report r = new Report(output.toString(), q, taken, written[0], duplicates, runs, log.total(), log.counts());
        if (report.json()) {
            Json.print(r, out);
        } else if (!report.quiet()) {
            print(r, log, out);
        }
        return 0;
    }

    private static void print(Report r, ProblemLog log, PrintStream out) {
        for (Input i : r.inputs()) {
            out.printf("%s: %,d rows%s%n", i.file(), i.tally().rows(), i.tally().quarantinedTotal() == 0 ? ""
                    : String.format(", %,d lines quarantined", i.tally().quarantinedTotal()));
        }
        out.printf("-> %s: %,d rows, sorted by time; %,d exact duplicates dropped%n", r.output(), r.rows(),
                r.duplicates());
        if (log.total() > 0) {
            out.printf("  found %,d problems in the inputs (run analyze for the lines):%n", log.total());
            log.printSummary(out, "    ");
        }
        if (r.quarantine() != null) {
            out.printf("  quarantine: %s%n", r.quarantine());
        }
    }
}
