package io.github.bitaxemonitor.cli;

import io.github.bitaxemonitor.repair.Analyzer;
import io.github.bitaxemonitor.repair.ProblemLog;
import io.github.bitaxemonitor.repair.ReportOptions;
import io.github.bitaxemonitor.repair.ScanOptions;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
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
        subcommands = {CsvRepairCommand.Analyze.class})
public final class CsvRepairCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new UserException("name a subcommand: analyze, repair, stats or merge (see --help)");
    }

    /** Options every subcommand has. */
    static final class Common {
        @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary.")
        boolean quiet;

        ReportOptions report(boolean json) {
            return new ReportOptions(json, quiet);
        }
    }

    static PrintStream out() {
        return System.out;
    }

    @Command(name = "analyze", mixinStandardHelpOptions = true,
            description = {"List every problem (file:line), then a summary by kind. Reads only.",
                    "Exit 0 when every file is clean, 1 when problems were found, 2 on bad usage."})
    static final class Analyze implements Callable<Integer> {
        @Mixin
        Common common;

        @Option(names = "--json", description = "Machine-readable report on stdout.")
        boolean json;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "" + ProblemLog.DEFAULT_LIMIT,
                description = "Problems listed per kind and file (default: ${DEFAULT-VALUE}); the rest are counted.")
        int limit;

        @Parameters(arity = "1..*", paramLabel = "FILE")
        List<Path> files;

        @Override
        public Integer call() throws Exception {
            if (limit < 0) {
                throw new UserException("--limit must be >= 0");
            }
            return Analyzer.run(files, ScanOptions.defaults(), common.report(json), limit, out());
        }
    }
}
