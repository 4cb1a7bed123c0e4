package io.github.bitaxemonitor.cli;

import io.github.bitaxemonitor.config.ConfigLoader;
import io.github.bitaxemonitor.config.MonitorConfig;
import io.github.bitaxemonitor.exit.UserException;
import io.github.bitaxemonitor.ops.CollectorHealth;
import io.github.bitaxemonitor.ops.DiskForecast;
import io.github.bitaxemonitor.ops.HeartbeatFile;
import io.github.bitaxemonitor.ops.PluginOutput;
import io.github.bitaxemonitor.ops.PluginStatus;
import io.github.bitaxemonitor.store.DataFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "health", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Say in one line whether the collector is healthy, from the heartbeat it writes beside the data:",
                "stopped, cycles slower than the interval, writes failing, rows held, disk nearly full;",
                "with the disk use per month this fleet and interval need. For cron, Nagios, Icinga."},
        exitCodeListHeading = "%nExit codes (the monitoring-plugin convention):%n",
        exitCodeList = {"0:OK", "1:WARNING (slow cycles, rows held, disk over 90 %)",
                "2:CRITICAL (stopped, writes failing, disk over 95 %)",
                "3:UNKNOWN (no heartbeat, an unreadable one, or a bad config)"})
final class HealthCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "config.yaml",
            description = "Config file whose csv_path locates the data (default: ${DEFAULT-VALUE}).")
    private Path config;

    @Option(names = "--nagios", description = "Print the plugin line: 'MONITOR OK - text | perfdata'.")
    private boolean nagios;

    private final Clock clock;

    HealthCommand() {
        this(Clock.systemUTC());
    }

    /** For tests: ages measured on this clock. */
    HealthCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PluginOutput result;
        try {
            MonitorConfig cfg = ConfigLoader.loadForReading(config);
            DataFiles files = DataFiles.of(cfg.csvPath());
            result = CollectorHealth.check(HeartbeatFile.in(files.directory()), clock.instant(),
                    DiskForecast.of(list(files), cfg.miners().size(), cfg.pollInterval()));
        } catch (UserException e) {
            // A monitoring system reads stdout and the exit code: a bad config is an UNKNOWN check, not a usage error.
            result = new PluginOutput(CollectorHealth.SERVICE, PluginStatus.UNKNOWN, e.getMessage(), List.of());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(nagios ? result.nagios() : result.status() + ": " + result.plain());
        StdoutCheck.flush(out);
        return result.status().exitCode();
    }

    /** The data files to measure rows on; none when the directory cannot be listed (the forecast then estimates). */
    private static List<Path> list(DataFiles files) {
        try {
            return files.list();
        } catch (IOException e) {
            return List.of();
        }
    }
}
