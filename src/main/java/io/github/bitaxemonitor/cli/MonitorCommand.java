package io.github.bitaxemonitor.cli;

import io.github.bitaxemonitor.alerts.Alerting;
import io.github.bitaxemonitor.collect.Backends;
import io.github.bitaxemonitor.collect.Monitor;
import io.github.bitaxemonitor.config.ConfigLoader;
import io.github.bitaxemonitor.config.ExampleConfig;
import io.github.bitaxemonitor.config.MonitorConfig;
import io.github.bitaxemonitor.exit.ExitCode;
import io.github.bitaxemonitor.control.ControlActions;
import io.github.bitaxemonitor.exit.UserException;
import io.github.bitaxemonitor.miner.MinerControl;
import io.github.bitaxemonitor.miner.MinerControls;
import io.github.bitaxemonitor.miner.MinerLanes;
import io.github.bitaxemonitor.ops.HeartbeatWriter;
import io.github.bitaxemonitor.serve.ServeSettings;
import io.github.bitaxemonitor.serve.Serving;
import io.github.bitaxemonitor.store.DataFiles;
import io.github.bitaxemonitor.text.HostileText;
import io.github.bitaxemonitor.tune.Journal;
import io.github.bitaxemonitor.tune.Recovery;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "monitor", mixinStandardHelpOptions = true, versionProvider = Version.class,
        subcommands = {DiscoverCommand.class, AddCommand.class, RemoveCommand.class,
                ProbeCommand.class, SetupCommand.class, ControlCommand.class, BenchmarkCommand.class,
                AlertsCommand.class, HealthCommand.class},
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

    @Option(names = "--metrics-listen", paramLabel = "HOST:PORT",
            description = "Serve /metrics and the REST API /api/ here (overrides metrics_listen; e.g. 127.0.0.1:9105).")
    private String metricsListen;

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
        restoreInterruptedBenchmarks(cfg);
        if (metricsListen != null) {
            try {
                cfg = cfg.withServe(ServeSettings.parse(metricsListen, cfg.metricsToken()));
            } catch (IllegalArgumentException e) {
                throw new UserException("--metrics-listen: " + e.getMessage());
            }
        }
        Monitor monitor = new Monitor(cfg, config, backends, Clock.systemUTC(), spec.commandLine().getOut(),
                spec.commandLine().getErr(), quiet);
        // First, so the cycle time it records is the cycle's own, not the other listeners' too.
        monitor.addListener(new HeartbeatWriter(DataFiles.of(cfg.csvPath()).directory(), cfg.pollInterval(),
                Clock.systemUTC(), !once, this::errorLine));
        if (cfg.serve() != null) {
            monitor.addListener(serve(cfg));
        }
        if (cfg.alerts().enabled()) {
            monitor.addListener(alerting(cfg));
        }
        // A signal stops a running monitor after its cycle in progress; --once ends after its one cycle anyway.
        StopSignals.onStop(once ? () -> { } : monitor::stop);
        if (!once) {
            StopSignals.onHangup(monitor::reloadConfig);
        }
        return once ? monitor.runOnce() : monitor.runForever();
    }

    /** A benchmark that died (SIGKILL, power cut) left miners at test settings: put them back before polling. */
    private void restoreInterruptedBenchmarks(MonitorConfig cfg) {
        Journal journal = new Journal(DataFiles.of(cfg.csvPath()).directory());
        try {
            if (journal.isEmpty()) {
                return;
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println("monitor: cannot read the benchmark journal " + journal.dir() + ": "
                    + e.getMessage());
            return;
        }
        MinerLanes lanes = ControlCommand.lanes(cfg, spec.commandLine().getErr());
        try (MinerControl control = MinerControls.create(cfg.clientSettings(), lanes)) {
            Recovery.run(journal, cfg.miners(), new ControlActions(control, ControlCommand.audit(cfg), "recovery",
                    null), spec.commandLine().getErr());
        }
    }

    /** One line on the error stream from any thread (listeners report from the collector's and their own). */
    private void errorLine(String line) {
        PrintWriter err = spec.commandLine().getErr();
        synchronized (err) {
            err.println(HostileText.forTerminal(line));
            err.flush();
        }
    }

    /** Alerts go to the monitor's error stream when they cannot be saved or delivered; monitoring goes on. */
    private Alerting alerting(MonitorConfig cfg) {
        try {
            return Alerting.start(cfg.alerts(), Clock.systemUTC(), this::errorLine);
        } catch (IOException e) {
            throw new UserException("alerts: " + e.getMessage(), ExitCode.RUNTIME_FAILURE);
        }
    }

    private Serving serve(MonitorConfig cfg) {
        try {
            Serving s = Serving.start(cfg, Clock.systemUTC(), null);
            if (!quiet) {
                spec.commandLine().getOut().println(s.describe());
                spec.commandLine().getOut().flush();
            }
            return s;
        } catch (IOException e) {
            throw new UserException("cannot serve metrics on " + cfg.serve().display() + ": " + e.getMessage(),
                    ExitCode.RUNTIME_FAILURE);
        }
    }
}
