package io.github.bitaxemonitor.cli;

import io.github.bitaxemonitor.alerts.AlertSettings;
import io.github.bitaxemonitor.config.ConfigLoader;
import io.github.bitaxemonitor.config.MonitorConfig;
import io.github.bitaxemonitor.miner.MinerControls;
import io.github.bitaxemonitor.miner.MinerLanes;
import io.github.bitaxemonitor.ops.HeartbeatWatch;
import io.github.bitaxemonitor.ops.PluginOutput;
import io.github.bitaxemonitor.ops.PluginStatus;
import io.github.bitaxemonitor.store.DataFiles;
import io.github.bitaxemonitor.text.HostileText;
import io.github.bitaxemonitor.view.FleetFeed;
import io.github.bitaxemonitor.view.data.DataSource;
import io.github.bitaxemonitor.view.events.EventsText;
import io.github.bitaxemonitor.view.fleet.FleetBudget;
import io.github.bitaxemonitor.view.live.LiveControl;
import io.github.bitaxemonitor.view.live.LiveOptions;
import io.github.bitaxemonitor.view.live.LiveViewer;
import io.github.bitaxemonitor.view.summary.HealthCheck;
import io.github.bitaxemonitor.view.summary.ReportContext;
import io.github.bitaxemonitor.view.summary.SummaryJson;
import io.github.bitaxemonitor.view.summary.SummaryText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "viewer", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Show the metrics the monitor writes: live dashboard or plain-text summary.",
                "Reads only the CSV files (never the miners), so it works wherever the files are visible;",
                "the live view's action menu (key x) reaches the config's miners only when asked, behind a dialog."},
        footer = {"", "Exit status: 0 ok (with --check: every miner healthy), 1 no data or --check found problems,"
                + " 2 bad arguments or configuration; --check --nagios: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN."})
public final class ViewerCommand implements Callable<Integer> {
    static final Path DEFAULT_CSV_PATH = Path.of("data", "metrics.csv");

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--live", description = "Full-screen dashboard that follows the files (the default).")
    private boolean live;

    @Option(names = "--summary", description = "Print fleet totals and one line per miner, then exit.")
    private boolean summary;

    @Option(names = "--detailed", description = "With --summary: extended metrics and window statistics per miner.")
    private boolean detailed;

    @Option(names = "--json", description = "Print the summary (always with the detailed content) as one JSON document.")
    private boolean json;

    @Option(names = "--check", description = "Exit 1 when any miner is not healthy or the data is stale, listing which.")
    private boolean check;

    @Option(names = "--nagios", description = "With --check: print the plugin line 'FLEET OK - text | perfdata' and"
            + " exit 0 OK, 1 WARNING, 2 CRITICAL (stopped collector, offline or overheated miner), 3 UNKNOWN (no data).")
    private boolean nagios;

    @Option(names = "--window", defaultValue = "1h", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "How much recent history to read (90s, 30m, 1h, 7d, PT1H). Default: ${DEFAULT-VALUE}.")
    private Duration window;

    @Option(names = "--interval", defaultValue = "2s", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "Live view refresh interval. Default: ${DEFAULT-VALUE}.")
    private Duration interval;

    @Option(names = "--no-color", description = "No colour (also when NO_COLOR is set).")
    private boolean noColor;

    @Option(names = "--ascii", description = "Draw sparklines and borders with ASCII only (automatic without UTF-8).")
    private boolean ascii;

    @Option(names = "--events", description = "Print the events log (alerts sent, deliveries that failed), then exit.")
    private boolean events;

    @Option(names = "--since", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "With --events: only the last DURATION (e.g. 1h, 7d).")
    private Duration since;

    @Option(names = "--data", paramLabel = "PATH",
            description = "The data: a csv_path such as data/metrics.csv, a directory of metrics-*.csv, or one CSV file"
                    + " (a .csv.gz backup too).")
    private Path data;

    @Option(names = "--config", paramLabel = "FILE", description = "Config file to take csv_path from. Default: ./config.yaml.")
    private Path config;

    @Override
    public Integer call() throws IOException {
        if (events) {
            return events();
        }
        if (since != null) {
            throw new UserException("--since goes with --events");
        }
        if (nagios && (!check || json || summary || detailed)) {
            throw new UserException("--nagios goes with --check alone (not with --json, --summary or --detailed)");
        }
        boolean reportOnly = summary || detailed || json || check;
        if (live && reportOnly) {
            throw new UserException("--live cannot be combined with --summary, --detailed, --json or --check");
        }
        if (interval.compareTo(Duration.ofMillis(100)) < 0) {
            throw new UserException("--interval must be at least 100ms");
        }
        Path path = dataPath();
        DataSource source = DataSource.resolve(path);
        if (!reportOnly) {
            String why = liveUnavailableReason();
            if (why == null) {
                try (LiveControl control = liveControl()) {
                    LiveViewer.run(open(source, path), new LiveOptions(interval, colorWanted(), ascii || !utf8(),
                            path.toString()), Clock.systemUTC(), control);
                }
                return ExitCode.OK;
            }
            spec.commandLine().getErr().println("viewer: " + why + "; printing the summary instead");
            spec.commandLine().getErr().flush();
        }
        return report(source, path);
    }

    /** --events: the log beside the data (or where the config's alerts.events_file puts it). */
    private int events() throws IOException {
        if (live || summary || detailed || json || check) {
            throw new UserException("--events cannot be combined with --live, --summary, --detailed, --json or --check");
        }
        Path log = eventsLog();
        PrintWriter out = spec.commandLine().getOut();
        EventsText.write(log, since == null ? null : Clock.systemUTC().instant().minus(since), out);
        StdoutCheck.flush(out);
        return ExitCode.OK;
    }

    private Path eventsLog() {
        Path file = config != null ? config : Path.of("config.yaml");
        if (data == null && Files.exists(file)) {
            return ConfigLoader.loadForReading(file).alerts().eventsLog();
        }
        return DataFiles.of(dataPath()).directory().resolve(AlertSettings.EVENTS_NAME);
    }

    /** --summary, --detailed, --json and --check: one look at the newest window, then exit. */
    private int report(DataSource source, Path path) throws IOException {
        if (nagios) {
            return nagios(source, path);
        }
        FleetFeed feed = open(source, path);
        if (feed.fleet().isEmpty()) {
            throw new UserException(source.files().isEmpty()
                    ? "no data: no metrics files for " + HostileText.forTerminal(path.toString())
                    + " (is the monitor running? point --data or csv_path in the config at its csv_path)"
                    : "no data: no readable rows in " + HostileText.forTerminal(String.valueOf(source.newest())),
                    ExitCode.RUNTIME_FAILURE);
        }
        if (feed.fleet().refusedRows() > 0) {
            throw new UserException(feed.fleet().totals(Clock.systemUTC().instant()).tooManyMiners(),
                    ExitCode.RUNTIME_FAILURE);
        }
        Instant now = Clock.systemUTC().instant();
        ReportContext ctx = ReportContext.of(feed, now).withCollector(HeartbeatWatch.forData(path).glance(now));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            SummaryJson.write(ctx, out);
        } else if (summary || detailed || !check) {
            boolean color = colorWanted() && System.console() != null && !"dumb".equals(System.getenv("TERM"));
            SummaryText.write(ctx, detailed, color, out);
            if (check) {
                out.println();
            }
        }
        if (check && !json) {
            out.print(HealthCheck.render(ctx));
        }
        StdoutCheck.flush(out);
        return check && !HealthCheck.problems(ctx).isEmpty() ? ExitCode.RUNTIME_FAILURE : ExitCode.OK;
    }

    /**
     * {@code --check --nagios}: the same verdict as one plugin line. Whatever stops the check (no data, unreadable
     * files) is UNKNOWN on stdout, where a monitoring system reads it.
     */
    private int nagios(DataSource source, Path path) {
        PluginOutput result;
        try {
            FleetFeed feed = open(source, path);
            if (feed.fleet().isEmpty()) {
                throw new UserException("no data: no readable rows for " + path);
            }
            result = HealthCheck.plugin(ReportContext.of(feed, Clock.systemUTC().instant()));
        } catch (UserException e) {
            result = new PluginOutput(HealthCheck.SERVICE, PluginStatus.UNKNOWN, e.getMessage(), List.of());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(result.nagios());
        StdoutCheck.flush(out);
        return result.status().exitCode();
    }

    private FleetFeed open(DataSource source, Path path) {
        try {
            return FleetFeed.open(source, window, FleetBudget.forThisJvm());
        } catch (IOException e) {
            throw new UserException("cannot read the data at " + HostileText.forTerminal(path.toString()) + ": "
                    + HostileText.forTerminal(e.toString()), ExitCode.RUNTIME_FAILURE);
        }
    }

    /**
     * Where the data is: {@code --data}, else {@code csv_path} from the config file (resolved as the monitor resolves
     * it, so both find the same files), else data/metrics.csv.
     */
    Path dataPath() {
        if (data != null) {
            return data;
        }
        MonitorConfig cfg = configOrNull();
        return cfg == null ? DEFAULT_CSV_PATH : cfg.csvPath();
    }

    /** The config named by --config (which must exist), else ./config.yaml when there is one, else null. */
    private MonitorConfig configOrNull() {
        Path file = config != null ? config : Path.of("config.yaml");
        if (!Files.exists(file)) {
            if (config != null) {
                throw new UserException(file + ": config file not found");
            }
            return null;
        }
        return ConfigLoader.loadForReading(file);
    }

    /**
     * The dashboard's hands (key x) on the config's miners, with the audit log beside the config's data; null without
     * a config that lists miners, and then the menu says what it needs.
     */
    private LiveControl liveControl() {
        MonitorConfig cfg = configOrNull();
        if (cfg == null || cfg.miners().isEmpty()) {
            return null;
        }
        return new LiveControl(cfg.miners(), MinerControls.create(cfg.clientSettings(),
                ControlCommand.lanes(cfg, spec.commandLine().getErr())),
                ControlCommand.audit(cfg), cfg.controlLimits(), Clock.systemUTC());
    }

    /** Null when a full-screen terminal can be used, else why not. */
    private static String liveUnavailableReason() {
        if (System.console() == null) {
            return "no terminal (output is redirected or there is no TTY)";
        }
        if ("dumb".equals(System.getenv("TERM"))) {
            return "TERM=dumb cannot draw a full-screen view";
        }
        return null;
    }

    private boolean colorWanted() {
        String noColorEnv = System.getenv("NO_COLOR");
        return !noColor && (noColorEnv == null || noColorEnv.isEmpty());
    }

    /** Lanterna writes in the platform charset (from the locale on Java 17); box and block glyphs need UTF-8. */
    private static boolean utf8() {
        return Charset.defaultCharset().equals(StandardCharsets.UTF_8);
    }
}
