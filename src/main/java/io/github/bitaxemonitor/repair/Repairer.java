package io.github.bitaxemonitor.repair;

import io.github.bitaxemonitor.cli.ExitCode;
import io.github.bitaxemonitor.cli.UserException;
import io.github.bitaxemonitor.store.Gzip;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * {@code csv-repair repair}: writes a repaired copy, keeping every salvageable row and quarantining every line it
 * cannot keep as it was. The original is never written to; {@code --in-place} replaces it (atomically) only after a
 * backup copy is safely on disk, and not at all when the repair would not change a byte.
 */
public final class Repairer {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private Repairer() {
    }

    /**
     * What to write.
     *
     * @param output    where the repaired file goes; null for the default ({@code NAME.repaired.csv} beside the input)
     *                  or, with {@code inPlace}, the input itself
     * @param inPlace   replace the input (after a backup)
     * @param backupDir where the backup of an in-place repair goes; null for {@code backups/} beside the input
     * @param force     overwrite an existing output and quarantine file
     */
    public record Options(Path output, boolean inPlace, Path backupDir, boolean force) {
    }

    /** The JSON report. */
    public record Report(String file, String output, String quarantine, String backup, boolean changed, Tally tally,
                         long problems, Map<ProblemKind, Long> byKind) {
    }

    /** @return 0 when the repaired file was written (or an in-place file was already clean) */
    public static int run(Path file, Options o, ScanOptions scan, ReportOptions report, PrintStream out)
            throws IOException {
        Inputs.check(List.of(file));
        try (Progress progress = Progress.auto(report.quiet(), Files.size(file))) {
            return run(file, o, scan, report, out, progress);
        }
    }

    static int run(Path file, Options o, ScanOptions scan, ReportOptions report, PrintStream out, Progress progress)
            throws IOException {
        Path target = target(file, o);
        Path quarantinePath = Quarantine.beside(target);
        if (!o.force()) {
            refuseExisting(o.inPlace() ? null : target);
            refuseExisting(quarantinePath);
        }
        ProblemLog log = new ProblemLog(0, null);
        Tally tally = new Tally();
        String name = file.toString();
        String backup = null;
        boolean changed;
        FileState before = FileState.of(file);
        try (AtomicFile output = new AtomicFile(target, file);
             Quarantine quarantine = new Quarantine(quarantinePath)) {
            RowWriter rows = new RowWriter(output.out());
            FileScan.scan(file, name, scan, progress, log,
                    tally.andThen(quarantine.router(name, file, line -> rows.write(line.canonical()))));
            changed = !o.inPlace() || Files.mismatch(output.temp(), file) != -1;
            if (changed) {
                if (o.inPlace() && !FileState.of(file).equals(before)) {
                    throw new UserException(file + ": changed while being repaired (is the monitor writing to it?);"
                            + " nothing was replaced, try again when it is idle", ExitCode.RUNTIME_FAILURE);
                }
                quarantine.commit();
                if (o.inPlace()) {
                    backup = backUp(file, o.backupDir(), scan.clock()).toString();
                }
                output.commit();
            }
        }
        Path shownQuarantine = Files.exists(quarantinePath) && changed ? quarantinePath : null;
        if (report.json()) {
            Json.print(new Report(name, target.toString(), shownQuarantine == null ? null : shownQuarantine.toString(),
                    backup, changed, tally, log.total(), log.counts()), out);
        } else if (!report.quiet()) {
            printReport(name, target, shownQuarantine, backup, changed, tally, log, out);
        }
        return 0;
    }

    /** Enough to notice that another process appended to or rewrote a file. */
    private record FileState(long size, FileTime modified) {
        static FileState of(Path p) throws IOException {
            return new FileState(Files.size(p), Files.getLastModifiedTime(p));
        }
    }

    private static Path target(Path file, Options o) {
        if (o.inPlace() && o.output() != null) {
            throw new UserException("use either -o/--output or --in-place, not both");
        }
        if (o.inPlace()) {
            if (gzip(file)) {
                throw new UserException(file + ": gzip file: repair it to a new file with -o, or gunzip it first");
            }
            return file;
        }
        Path target = o.output() != null ? o.output() : defaultOutput(file);
        if (target.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize()) || Inputs.same(target, file)) {
            throw new UserException(target + ": is the input; use --in-place to replace it (a backup is kept)");
        }
        if (Inputs.same(Quarantine.beside(target), file)) {
            throw new UserException(Quarantine.beside(target) + ": is the input; choose another -o/--output");
        }
        return target;
    }

    /**
     * metrics-2026-11-20.csv becomes metrics-2026-11-20.repaired.csv: no longer a name the monitor's readers pick up. A
     * backup's .csv.gz is written uncompressed, so its repair is .repaired.csv too.
     */
    static Path defaultOutput(Path file) {
        String n = file.getFileName().toString();
        n = n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
        String stem = n.endsWith(".csv") ? n.substring(0, n.length() - 4) : n;
        return file.resolveSibling(stem + ".repaired.csv");
    }

    private static boolean gzip(Path file) {
        try {
            return Gzip.is(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void refuseExisting(Path p) {
        if (p != null && Files.exists(p)) {
            throw new UserException(p + ": already exists; use --force to overwrite it");
        }
    }

    private static Path backUp(Path file, Path backupDir, Clock clock) throws IOException {
        Path dir = backupDir != null ? backupDir : file.toAbsolutePath().getParent().resolve("backups");
        Path backup = dir.resolve(file.getFileName() + "." + STAMP.format(clock.instant()) + ".bak");
        for (int i = 1; Files.exists(backup); i++) {
            backup = dir.resolve(file.getFileName() + "." + STAMP.format(clock.instant()) + "-" + i + ".bak");
        }
        AtomicFile.copy(file, backup);
        return backup;
    }

    private static void printReport(String name, Path target, Path quarantine, String backup, boolean changed,
                                    Tally t, ProblemLog log, PrintStream out) {
        if (!changed) {
            out.printf("%s: already clean (%,d rows); left untouched%n", name, t.rows());
            return;
        }
        out.printf("%s -> %s%n", name, target);
        if (log.total() > 0) {
            out.printf("  found %,d problems:%n", log.total());
            log.printSummary(out, "    ");
        }
        out.printf("  kept %,d rows%s%n", t.rows(), t.emptied() == 0 ? ""
                : String.format(" (%,d values emptied: unparseable or implausible)", t.emptied()));
        if (t.headers() > 1) {
            out.printf("  dropped %,d repeated header lines%n", t.headers() - 1);
        }
        t.dropped().forEach((k, n) -> out.printf("  dropped %,d lines: %s%n", n, k.description()));
        t.quarantined().forEach((k, n) -> out.printf("  quarantined %,d lines: %s%n", n, k.description()));
        if (t.altered() > 0) {
            out.printf("  quarantined the originals of %,d kept rows that lost a value or bytes%n", t.altered());
        }
        if (quarantine != null) {
            out.printf("  quarantine: %s%n", quarantine);
        }
        if (backup != null) {
            out.printf("  original backed up to %s%n", backup);
        }
    }
}
