package io.github.bitaxemonitor.cli;

import io.github.bitaxemonitor.analyze.report.Json;
import io.github.bitaxemonitor.analyze.report.SessionsReport;
import io.github.bitaxemonitor.analyze.session.NamedSession;
import io.github.bitaxemonitor.text.HostileText;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code analyze session start|end|list}: named test sessions, kept in a small file beside the data. */
@Command(name = "session", mixinStandardHelpOptions = true,
        description = "Named test sessions (seed 003's workflow): start one when you set a configuration, end it "
                + "when done; analyze cuts segments at them, and --session ID restricts any command to one.",
        subcommands = {AnalyzeSessionCommand.Start.class, AnalyzeSessionCommand.End.class,
                AnalyzeSessionCommand.ListCmd.class})
final class AnalyzeSessionCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("name a subcommand: start, end or list");
    }

    @Command(name = "start", mixinStandardHelpOptions = true, description = "Start a named session for a miner.")
    static final class Start implements Callable<Integer> {
        @Mixin
        AnalyzeOptions o;

        @Option(names = "--notes", paramLabel = "TEXT", description = "What this session tests.")
        String notes;

        @Override
        public Integer call() {
            if (o.miner == null || o.miner.isBlank()) {
                throw new UserException("--miner is required: the miner the session is for");
            }
            return AnalyzeCommand.run(() -> {
                NamedSession s = o.sessions().start(o.miner, notes, AnalyzeCommand.clock.instant());
                print(s, "started");
                return ExitCode.OK;
            });
        }
    }

    @Command(name = "end", mixinStandardHelpOptions = true, description = "End the open session of a miner.")
    static final class End implements Callable<Integer> {
        @Mixin
        AnalyzeOptions o;

        @Override
        public Integer call() {
            if (o.miner == null || o.miner.isBlank()) {
                throw new UserException("--miner is required: whose session to end");
            }
            return AnalyzeCommand.run(() -> {
                print(o.sessions().end(o.miner, AnalyzeCommand.clock.instant()), "ended");
                return ExitCode.OK;
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the named sessions.")
    static final class ListCmd implements Callable<Integer> {
        @Mixin
        AnalyzeOptions o;

        @Override
        public Integer call() {
            return AnalyzeCommand.run(() -> {
                var all = o.sessions().list();
                AnalyzeCommand.out().print(o.json ? Json.pretty(all) : all.isEmpty()
                        ? "no named sessions in " + HostileText.forTerminal(o.sessions().file().toString()) + "\n"
                        : SessionsReport.named(all).text());
                AnalyzeCommand.out().flush();
                return ExitCode.OK;
            });
        }
    }

    private static void print(NamedSession s, String what) {
        AnalyzeCommand.out().println("session " + s.id() + " " + what + " for " + HostileText.forTerminal(s.miner())
                + " at " + (s.end() != null ? s.end() : s.start()));
        AnalyzeCommand.out().flush();
    }
}
