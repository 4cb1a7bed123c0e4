package io.github.bitaxemonitor.cli;

import io.github.bitaxemonitor.repair.Analyzer;
import io.github.bitaxemonitor.repair.Merger;
import io.github.bitaxemonitor.repair.ProblemLog;
import io.github.bitaxemonitor.repair.Repairer;
import io.github.bitaxemonitor.repair.ReportOptions;
import io.github.bitaxemonitor.repair.ScanOptions;
import io.github.bitaxemonitor.repair.Stats;
import io.github.bitaxemonitor.text.HostileText;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code csv-repair analyze|repair|stats|merge}: the options live here, the work in package {@code repair}. Exit codes:
 * 0 done (analyze: clean), 1 problems found (analyze) or a run-time failure, 2 bad usage (missing file, OUT exists).
 */
@Command(name = "csv-repair", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Analyze, repair, summarise and merge metrics CSV files.",
        subcommands = {CsvRepairCommand.Analyze.class, CsvRepairCommand.Repair.class,
                CsvRepairCommand.StatsCmd.class, CsvRepairCommand.Merge.class})
public final class CsvRepairCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new UserException("name a subcommand: analyze, repair, stats or merge (see --help)");
    }

    /** Options every subcommand has, and the one way each runs: report options, stdout, I/O errors as one line. */
    static final class Common {
        @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary.")
        boolean quiet;

        @Option(names = "--json", description = "Machine-readable report on stdout.")
        boolean json;

        /** Runs a subcommand; an I/O failure (disk full, permission denied) is one line and exit 1, not a trace. */
        int run(Body body) {
            try {
                int code = body.run(ScanOptions.defaults(), new ReportOptions(json, quiet), System.out);
                StdoutCheck.flush(null);
                return code;
            } catch (IOException e) {
                throw new UserException(describe(e), ExitCode.RUNTIME_FAILURE);
            } catch (UncheckedIOException e) {
                throw new UserException(describe(e.getCause()), ExitCode.RUNTIME_FAILURE);
            }
        }
    }

    private static String describe(IOException e) {
        // NIO names the trouble by exception class only (FileAlreadyExistsException): "file already exists".
        String kind = e.getClass().getSimpleName().replace("Exception", "")
                .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        String what = e instanceof FileSystemException f && f.getFile() != null
                ? f.getFile() + ": " + (f.getReason() != null ? f.getReason() : kind)
                : e.getMessage() != null ? e.getMessage() : kind;
        return HostileText.forTerminal(what);
    }

    /** A subcommand body: what it does with the shared scan and report options, writing to {@code out}. */
    @FunctionalInterface
    interface Body {
        int run(ScanOptions scan, ReportOptions report, PrintStream out) throws IOException;
    }

    @Command(name = "analyze", mixinStandardHelpOptions = true,
            description = {"List every problem (file:line), then a summary by kind. Reads only.",
                    "Exit 0 when every file is clean, 1 when problems were found, 2 on bad usage."})
    static final class Analyze implements Callable<Integer> {
        @Mixin
        Common common;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "" + ProblemLog.DEFAULT_LIMIT,
                description = "Problems listed per kind and file (default: ${DEFAULT-VALUE}); the rest are counted.")
        int limit;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Metrics CSV files (gzip backups, .csv.gz, are read decompressed).")
        List<Path> files;

        @Override
        public Integer call() {
            if (limit < 0) {
                throw new UserException("--limit must be >= 0");
            }
            return common.run((scan, report, out) -> Analyzer.run(files, scan, report, limit, out));
        }
    }

    @Command(name = "repair", mixinStandardHelpOptions = true,
            description = {"Write a repaired copy: every salvageable row is kept, re-encoded under the current "
                    + "header; every line that cannot be kept as it was is copied verbatim to OUT.quarantine.txt. "
                    + "The original is never written to (--in-place replaces it only after a backup).",
                    "Exit 0 when written, 1 on an I/O failure, 2 on bad usage (missing FILE, OUT exists)."})
    static final class Repair implements Callable<Integer> {
        @Mixin
        Common common;

        @Option(names = {"-o", "--output"}, paramLabel = "OUT",
                description = "Repaired file (default: FILE without .csv, plus .repaired.csv).")
        Path output;

        @Option(names = "--in-place", description = "Replace FILE, after copying it into the backup directory.")
        boolean inPlace;

        @Option(names = "--backup-dir", paramLabel = "DIR",
                description = "Where --in-place keeps the original (default: backups/ beside FILE).")
        Path backupDir;

        @Option(names = "--force", description = "Overwrite an existing OUT and its quarantine file.")
        boolean force;

        @Parameters(index = "0", paramLabel = "FILE", description = "The damaged metrics CSV file (or .csv.gz backup).")
        Path file;

        @Override
        public Integer call() {
            Repairer.Options options = new Repairer.Options(output, inPlace, backupDir, force);
            return common.run((scan, report, out) -> Repairer.run(file, options, scan, report, out));
        }
    }

    @Command(name = "stats", mixinStandardHelpOptions = true,
            description = {"Rows, time range and miners; per miner the samples, min/avg/max of hashrate, ASIC "
                    + "temperature, power and J/TH, status counts and sampling gaps (intervals over three times "
                    + "the median); a health verdict per file: OK, STALE, DAMAGED or EMPTY. Reads only.",
                    "Exit 0, or 2 on bad usage."})
    static final class StatsCmd implements Callable<Integer> {
        @Mixin
        Common common;

        @Option(names = "--stale-after", paramLabel = "DURATION", defaultValue = "1h",
                converter = DurationConverter.class,
                description = "A file whose newest row is older is STALE (90s, 15m, 1h, 7d, PT1H; default: "
                        + "${DEFAULT-VALUE}).")
        Duration staleAfter;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Metrics CSV files (gzip backups, .csv.gz, are read decompressed).")
        List<Path> files;

        @Override
        public Integer call() {
            return common.run((scan, report, out) -> Stats.run(files, staleAfter, scan, report, out));
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = {"Union of the FILEs (any schema version; columns mapped by name) written atomically to "
                    + "OUT under the current header, sorted by timestamp, exact duplicates dropped. Memory stays "
                    + "bounded: rows are sorted in runs spilled to disk. Lines that cannot be kept go to "
                    + "OUT.quarantine.txt.",
                    "Exit 0 when written, 1 on an I/O failure, 2 on bad usage (missing FILE, OUT exists)."})
    static final class Merge implements Callable<Integer> {
        @Mixin
        Common common;

        @Option(names = "--force", description = "Overwrite an existing OUT and its quarantine file.")
        boolean force;

        @Option(names = "--run-size", paramLabel = "ROWS", defaultValue = "" + Merger.Options.DEFAULT_RUN_SIZE,
                description = "Rows sorted in memory before spilling a run to disk (default: ${DEFAULT-VALUE}).")
        int runSize;

        @Option(names = "--temp-dir", paramLabel = "DIR", description = "Where sorted runs go (default: OUT's directory).")
        Path tempDir;

        @Parameters(index = "0", paramLabel = "OUT", description = "The merged file to write.")
        Path output;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "Metrics CSV files to merge (.csv.gz backups too).")
        List<Path> files;

        @Override
        public Integer call() {
            Merger.Options options = new Merger.Options(runSize, tempDir, force);
            return common.run((scan, report, out) -> Merger.run(output, files, options, scan, report, out));
        }
    }
}
