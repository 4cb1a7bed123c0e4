package io.github.bitaxemonitor.cli;

import io.github.bitaxemonitor.collect.Backends;
import io.github.bitaxemonitor.collect.Monitor;
import io.github.bitaxemonitor.config.ConfigLoader;
import io.github.bitaxemonitor.config.ExampleConfig;
import io.github.bitaxemonitor.config.MonitorConfig;
import io.github.bitaxemonitor.exit.ExitCode;
import io.github.bitaxemonitor.text.HostileText;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "monitor", mixinStandardHelpOptions = true, versionProvider = Version.class,
        subcommands = {DiscoverCommand.class, AddCommand.class, RemoveCommand.class,
                ProbeCommand.class, SetupCommand.class},
        description = "Poll every configured miner and append validated rows to the metrics CSV files.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped normally, by Ctrl-C or SIGTERM too (--once: the cycle was written)",
                "1:runtime failure (--once: the cycle could not be written; at stop: held rows were lost)",
                "2:bad command line or bad config"})
public final class MonitorCommand implements Callable<Integer> {
    /** Longest path echoed whole. */
    private static final int MAX_SHOWN_PATH = 200;

    @Spec
    private CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "config.yaml",
            description = "Config file (default: ${DEFAULT-VALUE}).")
    private Path config;

    @Option(names = "--once", description = "Run a single cycle and exit (for cron and tests).")
    private boolean once;

    @Option(names = "--quiet", description = "Print only errors.")
    private boolean quiet;

    @Option(names = "--init", description = "Write the commented example config to the --config file and exit.")
    private boolean init;

    private final Backends backends;

    public MonitorCommand() {
        this(Backends.production());
    }

    /** For tests: the same command over other backends. */
    public MonitorCommand(Backends backends) {
        this.backends = backends;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (init) {
            ExampleConfig.writeTo(config);
            String shown = HostileText.forTerminal(config.toString(), MAX_SHOWN_PATH);
            spec.commandLine().getOut().println("wrote " + shown + ": list your miners under 'miners:' (the examples"
                    + " there are comments), then run monitor" + (config.equals(Path.of("config.yaml")) ? ""
                    : " --config " + shown));
            return ExitCode.OK;
        }
        MonitorConfig cfg = ConfigLoader.load(config);
        Monitor monitor = new Monitor(cfg, config, backends, Clock.systemUTC(), spec.commandLine().getOut(),
                spec.commandLine().getErr(), quiet);
        // A signal stops a running monitor after its cycle in progress; --once ends after its one cycle anyway.
        StopSignals.onStop(once ? () -> { } : monitor::stop);
        if (!once) {
            StopSignals.onHangup(monitor::reloadConfig);
        }
        return once ? monitor.runOnce() : monitor.runForever();
    }
}
