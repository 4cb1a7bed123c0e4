package io.github.bitaxemonitor.cli;

import io.github.bitaxemonitor.analyze.Analyzer;
import io.github.bitaxemonitor.analyze.Query;
import io.github.bitaxemonitor.analyze.compare.ComparePlan;
import io.github.bitaxemonitor.analyze.compare.Comparison;
import io.github.bitaxemonitor.analyze.export.ExportFormat;
import io.github.bitaxemonitor.analyze.export.Exporter;
import io.github.bitaxemonitor.analyze.read.TimeRange;
import io.github.bitaxemonitor.analyze.report.HtmlReport;
import io.github.bitaxemonitor.analyze.report.Json;
import io.github.bitaxemonitor.analyze.report.MarkdownReport;
import io.github.bitaxemonitor.analyze.report.SessionsReport;
import io.github.bitaxemonitor.analyze.report.TextReport;
import io.github.bitaxemonitor.analyze.result.Analysis;
import io.github.bitaxemonitor.analyze.session.NamedSession;
import io.github.bitaxemonitor.text.HostileText;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code analyze configs|compare|sessions|session|report|export}: which clock configuration is best, from the
 * history. Options live here and in {@link AnalyzeOptions}; the work is in package {@code analyze}. Exit codes: 0
 * done, 1 a run-time failure (unreadable files), 2 bad usage.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Tuning analytics over the metrics files: per clock configuration statistics, rankings, "
                + "recommendations, comparisons with their uncertainty, sessions, reports and export.",
                "Reads only the files (never the miners)."},
        subcommands = {AnalyzeCommand.Configs.class, AnalyzeCommand.Compare.class, AnalyzeCommand.Sessions.class,
                AnalyzeSessionCommand.class, AnalyzeCommand.Report.class, AnalyzeCommand.Export.class})
public final class AnalyzeCommand implements Callable<Integer> {
    /** The clock every subcommand reads "now" from; tests replace it. */
    static Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        throw new UserException("name a subcommand: configs, compare, sessions, session, report or export (see --help)");
    }

    /** Runs a body; I/O failures are one line and exit 1. */
    static int run(IoBody body) {
        try {
            return body.run();
        } catch (IOException e) {
            throw new UserException(HostileText.forTerminal(String.valueOf(e.getMessage())), ExitCode.RUNTIME_FAILURE);
        } catch (UncheckedIOException e) {
            throw new UserException(HostileText.forTerminal(String.valueOf(e.getCause().getMessage())),
                    ExitCode.RUNTIME_FAILURE);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UserException(e.getMessage());
        }
    }

    @FunctionalInterface
    interface IoBody {
        int run() throws IOException;
    }

    static PrintStream out() {
        return System.out;
    }

    @Command(name = "configs", mixinStandardHelpOptions = true,
            description = "Per miner and clock configuration: samples, runtime, hashrate statistics, temperatures, "
                    + "power, J/TH, GH/W, reject %%, share rate; ranks, the Pareto front and recommendations.")
    static final class Configs implements Callable<Integer> {
        @Mixin
        AnalyzeOptions o;

        @Override
        public Integer call() {
            return run(() -> {
                Analysis a = Analyzer.run(o.query(clock.instant())).analysis();
                out().print(o.json ? Json.pretty(a) : TextReport.configs(a, o.dataPath().toString()));
                out().flush();
                return ExitCode.OK;
            });
        }
    }

    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = {"Compare two configurations (575MHz@1200mV 600MHz@1250mV, or 575@1200 600@1250), two "
                    + "miners, or two periods (2026-11-01..2026-11-03 2026-11-04..2026-11-06; 14d..7d 7d..0d): "
                    + "hashrate and J/TH differences with 95%% intervals, and whether each is more than noise "
                    + "(Welch's t-test on block means: the effective sample size of correlated readings)."})
    static final class Compare implements Callable<Integer> {
        @Mixin
        AnalyzeOptions o;

        @Option(names = "--at", paramLabel = "CONFIG", description = "For miners or periods: only this configuration.")
        String at;

        @Parameters(index = "0", paramLabel = "A")
        String a;

        @Parameters(index = "1", paramLabel = "B")
        String b;

        @Override
        public Integer call() {
            return run(() -> {
                Instant now = clock.instant();
                Query base = o.query(now);
                ComparePlan plan = ComparePlan.of(a, b, base.range(), base.miner(), at, now);
                Analyzer.Run r = Analyzer.run(plan.query(base));
                plan.checkUnambiguous(r.analysis());
                Comparison c = Comparison.of(plan.kind(), plan.labelA(), r.probes().get(0), plan.labelB(),
                        r.probes().get(1));
                out().print(o.json ? Json.pretty(c) : SessionsReport.comparison(c));
                out().flush();
                return ExitCode.OK;
            });
        }
    }

    @Command(name = "sessions", mixinStandardHelpOptions = true,
            description = "The automatic sessions (a segment per configuration run, cut at every change and at "
                    + "named sessions) with their flags, and the named sessions.")
    static final class Sessions implements Callable<Integer> {
        @Mixin
        AnalyzeOptions o;

        @Override
        public Integer call() {
            return run(() -> {
                Analysis a = Analyzer.run(o.query(clock.instant())).analysis();
                List<NamedSession> named = o.sessions().list();
                out().print(o.json ? Json.pretty(new SessionsReport.Listing(a.miners().stream()
                        .map(SessionsReport.MinerSegments::of).toList(), named))
                        : SessionsReport.text(a, named, o.dataPath().toString()));
                out().flush();
                return ExitCode.OK;
            });
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "Seed 003's report: configuration summary, recommendations, sessions; as markdown, or as "
                    + "one self-contained HTML file with SVG charts (hashrate over time by configuration, "
                    + "temperature vs power, J/TH per configuration, the Pareto front).")
    static final class Report implements Callable<Integer> {
        @Mixin
        AnalyzeOptions o;

        @Option(names = "--days", paramLabel = "N", description = "The last N days (instead of --since). Default: 7.")
        Integer days;

        @Option(names = "--format", paramLabel = "md|html", defaultValue = "md", description = "Default: md.")
        String format;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here (default: stdout).")
        Path output;

        @Option(names = "--force", description = "Overwrite an existing FILE.")
        boolean force;

        @Override
        public Integer call() {
            if (!format.equals("md") && !format.equals("html")) {
                throw new UserException("--format must be md or html, not '" + HostileText.forTerminal(format) + "'");
            }
            if (days != null && o.since != null) {
                throw new UserException("give --days or --since, not both");
            }
            if (days != null && days < 1) {
                throw new UserException("--days must be at least 1");
            }
            if (o.since == null && o.session == null) {
                o.since = (days == null ? 7 : days) + "d";
            }
            return run(() -> {
                Analysis a = Analyzer.run(o.query(clock.instant()).withTimelines()).analysis();
                List<NamedSession> named = o.sessions().list();
                String text = format.equals("md") ? MarkdownReport.render(a, o.dataPath().toString(), named)
                        : HtmlReport.render(a, o.dataPath().toString(), named);
                write(output, force, text);
                return ExitCode.OK;
            });
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "The rows of the range and miners as CSV, one JSON array, or JSON lines, with the columns "
                    + "asked for (default: every column of the current schema). Text is sanitised on the way out.")
    static final class Export implements Callable<Integer> {
        @Mixin
        AnalyzeOptions o;

        @Option(names = "--format", paramLabel = "csv|json|jsonl", defaultValue = "csv", description = "Default: csv.")
        String format;

        @Option(names = "--columns", paramLabel = "NAME,...", split = ",", description = "Columns, by header name.")
        List<String> columns;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here (default: stdout).")
        Path output;

        @Option(names = "--force", description = "Overwrite an existing FILE.")
        boolean force;

        @Override
        public Integer call() {
            ExportFormat f = ExportFormat.parse(format);
            if (f == null) {
                throw new UserException("--format must be csv, json or jsonl, not '" + HostileText.forTerminal(format)
                        + "'");
            }
            return run(() -> {
                Instant now = clock.instant();
                TimeRange range = o.range(now);
                Path data = o.dataPath();
                Exporter exporter = Exporter.of(columns, f);
                if (output == null) {
                    Writer w = new BufferedWriter(new OutputStreamWriter(out(), StandardCharsets.UTF_8), 1 << 16);
                    exporter.export(data, range, o.minerFilter(), w);
                    w.flush();
                } else {
                    checkOutput(output, force);
                    try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                        exporter.export(data, range, o.minerFilter(), w);
                    }
                }
                return ExitCode.OK;
            });
        }
    }

    static void write(Path output, boolean force, String text) throws IOException {
        if (output == null) {
            out().print(text);
            out().flush();
            return;
        }
        checkOutput(output, force);
        Files.writeString(output, text, StandardCharsets.UTF_8);
    }

    private static void checkOutput(Path output, boolean force) {
        if (Files.exists(output) && !force) {
            throw new UserException(HostileText.forTerminal(output.toString()) + " exists (use --force to overwrite)");
        }
    }
}
