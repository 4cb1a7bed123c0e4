package io.github.bitaxemonitor.cli;

import io.github.bitaxemonitor.config.ConfigLoader;
import io.github.bitaxemonitor.config.MonitorConfig;
import io.github.bitaxemonitor.control.AuditLog;
import io.github.bitaxemonitor.control.BulkRun;
import io.github.bitaxemonitor.control.ControlActions;
import io.github.bitaxemonitor.control.Targets;
import io.github.bitaxemonitor.exit.ExitCode;
import io.github.bitaxemonitor.miner.MinerAction;
import io.github.bitaxemonitor.miner.MinerControl;
import io.github.bitaxemonitor.miner.MinerControls;
import io.github.bitaxemonitor.miner.MinerLanes;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.store.DataFiles;
import io.github.bitaxemonitor.text.HostileText;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "control", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Act on configured miners: restart, identify, pause, resume, or change settings.",
        subcommands = {ControlCommand.Restart.class, ControlCommand.Identify.class, ControlCommand.Pause.class,
                ControlCommand.Resume.class, ControlSetCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every miner did it (or --dry-run)", "1:some miner failed, or the owner said no",
                "2:bad command line, bad config, or a value outside the limits (nothing was sent)"})
public final class ControlCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The common body of restart, identify, pause and resume. */
    abstract static class ActionCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ControlOptions options;

        abstract MinerAction action();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            MonitorConfig cfg = ConfigLoader.loadForReading(options.config);
            List<MinerEndpoint> miners = Targets.resolve(cfg.miners(), options.addresses, options.all, options.match);
            out.println(action().word() + " on " + count(miners.size()) + ":");
            for (MinerEndpoint m : miners) {
                out.println("  " + label(miners, m) + "  " + m.kind().name().toLowerCase(Locale.ROOT));
            }
            if (options.dryRun) {
                out.println("dry run: nothing sent");
                return ExitCode.OK;
            }
            if (!options.yes && !ControlPrompt.confirm(out, action().word() + " " + count(miners.size()) + "?")) {
                out.println("nothing sent");
                return ExitCode.RUNTIME_FAILURE;
            }
            MinerLanes lanes = lanes(cfg, spec.commandLine().getErr());
            try (MinerControl control = MinerControls.create(cfg.clientSettings(), lanes)) {
                ControlActions actions = new ControlActions(control, audit(cfg), "cli", null);
                return summary(out, action().word(), BulkRun.run(miners, m -> actions.act(m, action())), cfg);
            }
        }
    }

    @Command(name = "restart", mixinStandardHelpOptions = true, description = "Restart miners (AxeOS reboots; "
            + "CGMiner restarts its mining process where the API allows writes).")
    static final class Restart extends ActionCommand {
        @Override
        MinerAction action() {
            return MinerAction.RESTART;
        }
    }

    @Command(name = "identify", mixinStandardHelpOptions = true,
            description = "Make Bitaxes blink so you can find them (AxeOS 2.14+).")
    static final class Identify extends ActionCommand {
        @Override
        MinerAction action() {
            return MinerAction.IDENTIFY;
        }
    }

    @Command(name = "pause", mixinStandardHelpOptions = true, description = "Pause mining on Bitaxes (AxeOS 2.14+).")
    static final class Pause extends ActionCommand {
        @Override
        MinerAction action() {
            return MinerAction.PAUSE;
        }
    }

    @Command(name = "resume", mixinStandardHelpOptions = true, description = "Resume paused Bitaxes (AxeOS 2.14+).")
    static final class Resume extends ActionCommand {
        @Override
        MinerAction action() {
            return MinerAction.RESUME;
        }
    }

    static AuditLog audit(MonitorConfig cfg) {
        return new AuditLog(DataFiles.of(cfg.csvPath()).directory(), Clock.systemUTC());
    }

    /** The lanes the config's monitor polls in: an action waits for a running poll of the same miner, and it for us. */
    static MinerLanes lanes(MonitorConfig cfg, PrintWriter err) {
        return MinerLanes.sharedThrough(DataFiles.of(cfg.csvPath()).directory(), line -> {
            err.println(line);
            err.flush();
        });
    }

    static String name(MinerEndpoint m) {
        return HostileText.forTerminal(m.displayName(null), 40);
    }

    /** Name and address padded to the widest of {@code all}, so preview lines line up. */
    static String label(List<MinerEndpoint> all, MinerEndpoint m) {
        int width = all.stream().mapToInt(e -> name(e).length()).max().orElse(0);
        int addr = all.stream().mapToInt(e -> e.address().length()).max().orElse(0);
        return String.format(Locale.ROOT, "%-" + width + "s  %-" + addr + "s", name(m), m.address());
    }

    static String count(int n) {
        return n + (n == 1 ? " miner" : " miners");
    }

    /** The table of results, and the exit code: 1 when any miner failed. */
    static int summary(PrintWriter out, String what, List<BulkRun.Result> results, MonitorConfig cfg) {
        int width = Math.max(5, results.stream().mapToInt(r -> name(r.miner()).length()).max().orElse(5));
        int addr = Math.max(7, results.stream().mapToInt(r -> r.miner().address().length()).max().orElse(7));
        String format = "%-" + width + "s  %-" + addr + "s  %-6s  %6s  %s%n";
        out.printf(format, "MINER", "ADDRESS", "RESULT", "MS", "DETAIL");
        long failed = 0;
        for (BulkRun.Result r : results) {
            failed += r.ok() ? 0 : 1;
            out.printf(format, name(r.miner()), r.miner().address(), r.ok() ? "ok" : "FAILED", r.millis(),
                    HostileText.forTerminal(r.detail(), 200));
        }
        out.println(what + ": " + (results.size() - failed) + " ok, " + failed + " failed (audit log: "
                + HostileText.forTerminal(audit(cfg).file().toString(), 200) + ")");
        out.flush();
        return failed == 0 ? ExitCode.OK : ExitCode.RUNTIME_FAILURE;
    }
}
