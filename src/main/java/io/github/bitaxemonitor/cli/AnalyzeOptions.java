package io.github.bitaxemonitor.cli;

import io.github.bitaxemonitor.analyze.Query;
import io.github.bitaxemonitor.analyze.TimeArgs;
import io.github.bitaxemonitor.analyze.read.TimeRange;
import io.github.bitaxemonitor.analyze.segment.MinerFilter;
import io.github.bitaxemonitor.analyze.segment.Settings;
import io.github.bitaxemonitor.analyze.session.NamedSession;
import io.github.bitaxemonitor.analyze.session.SessionStore;
import io.github.bitaxemonitor.config.ConfigLoader;
import io.github.bitaxemonitor.text.HostileText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options every {@code analyze} subcommand shares: where the data is, which miners, which time, how to judge. */
final class AnalyzeOptions {
    @Option(names = "--data", paramLabel = "PATH",
            description = "The data: a csv_path such as data/metrics.csv, a directory of metrics-*.csv, or one CSV file.")
    Path data;

    @Option(names = "--config", paramLabel = "FILE", description = "Config file to take csv_path from. Default: ./config.yaml.")
    Path config;

    @Option(names = "--miner", paramLabel = "NAME|ADDRESS", description = "Only this miner (alias, hostname or address).")
    String miner;

    @Option(names = "--since", paramLabel = "WHEN", description = "From (7d = seven days ago, 2026-11-20, or an instant).")
    String since;

    @Option(names = "--until", paramLabel = "WHEN", description = "Until (exclusive; same forms as --since).")
    String until;

    @Option(names = "--session", paramLabel = "ID",
            description = "Only the miner and time of this named session (analyze session list).")
    Integer session;

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Option(names = "--settle", paramLabel = "DURATION", defaultValue = "10m",
            converter = DurationConverter.class,
            description = "Warm-up left out after a configuration change or a reboot. Default: ${DEFAULT-VALUE}.")
    Duration settle;

    @Option(names = "--block", paramLabel = "DURATION", defaultValue = "30m",
            converter = DurationConverter.class,
            description = "Block length for the uncertainty (effective sample size). Default: ${DEFAULT-VALUE}.")
    Duration block;

    @Option(names = "--collapse", paramLabel = "PCT", defaultValue = "50",
            description = "Hashrate below this %% of the expected one counts as throttling. Default: ${DEFAULT-VALUE}.")
    double collapsePct;

    @Option(names = "--min-runtime", paramLabel = "DURATION", defaultValue = "2h",
            converter = DurationConverter.class,
            description = "Stable runtime a recommendation needs to be called sure. Default: ${DEFAULT-VALUE}.")
    Duration minRuntime;

    /** Resolved once: the named session, when --session was given. */
    private NamedSession named;

    /** {@code --data}, else {@code csv_path} from the config file, else data/metrics.csv (as the viewer does). */
    Path dataPath() {
        if (data != null) {
            return data;
        }
        Path file = config != null ? config : Path.of("config.yaml");
        if (!Files.exists(file)) {
            if (config != null) {
                throw new UserException(file + ": config file not found");
            }
            return ViewerCommand.DEFAULT_CSV_PATH;
        }
        return ConfigLoader.loadForReading(file).csvPath();
    }

    Settings settings() {
        try {
            return Settings.DEFAULTS.withSettle(settle).withBlock(block).withCollapseFraction(collapsePct / 100)
                    .withMinRuntime(minRuntime);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
    }

    TimeRange range(Instant now) {
        NamedSession s = named();
        Instant from = since == null ? null : instant("--since", since, now);
        Instant to = until == null ? null : instant("--until", until, now);
        if (s != null) {
            from = from == null || s.start().isAfter(from) ? s.start() : from;
            Instant end = s.end() == null ? null : s.end();
            to = to == null || (end != null && end.isBefore(to)) ? end : to;
        }
        try {
            return new TimeRange(from, to);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
    }

    MinerFilter minerFilter() {
        NamedSession s = named();
        if (s != null && miner != null && !miner.equalsIgnoreCase(s.miner())) {
            throw new UserException("--session " + session + " is of miner " + HostileText.forTerminal(s.miner())
                    + ", not " + HostileText.forTerminal(miner));
        }
        return new MinerFilter(s != null ? s.miner() : miner);
    }

    /** The query these options describe, with named sessions cutting segments. */
    Query query(Instant now) throws IOException {
        Path path = dataPath();
        return Query.of(path, range(now), minerFilter(), settings()).withCuts(cuts(path));
    }

    SessionStore sessions() {
        return SessionStore.beside(dataPath());
    }

    /**
     * Named sessions as segment boundaries, by the miner text the user gave (matched to addresses by the
     * aggregator's filter rules: here by address or name, resolved per miner when the rows are read).
     */
    private Map<String, List<Map.Entry<Long, String>>> cuts(Path path) throws IOException {
        Map<String, List<Map.Entry<Long, String>>> out = new LinkedHashMap<>();
        for (NamedSession s : SessionStore.beside(path).list()) {
            List<Map.Entry<Long, String>> l = out.computeIfAbsent(s.miner(), k -> new ArrayList<>());
            l.add(Map.entry(s.start().toEpochMilli(), s.label()));
            if (s.end() != null) {
                l.add(Map.entry(s.end().toEpochMilli(), "after " + s.label()));
            }
        }
        out.values().forEach(l -> l.sort(Map.Entry.comparingByKey()));
        return out;
    }

    private NamedSession named() {
        if (session == null) {
            return null;
        }
        if (named == null) {
            try {
                named = sessions().list().stream().filter(s -> s.id() == session).findFirst()
                        .orElseThrow(() -> new UserException("--session " + session + ": no such session in "
                                + sessions().file() + " (analyze session list)"));
            } catch (IOException e) {
                throw new UserException(HostileText.forTerminal(e.getMessage()), ExitCode.RUNTIME_FAILURE);
            }
        }
        return named;
    }

    private static Instant instant(String option, String text, Instant now) {
        try {
            return TimeArgs.parse(text, now);
        } catch (IllegalArgumentException e) {
            throw new UserException(option + ": " + e.getMessage());
        }
    }
}
