package io.github.bitaxemonitor.config;

import io.github.bitaxemonitor.config.YamlTree.MapNode;
import io.github.bitaxemonitor.config.YamlTree.Node;
import io.github.bitaxemonitor.config.YamlTree.Pos;
import io.github.bitaxemonitor.config.YamlTree.Scalar;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.PowerEstimates;
import io.github.bitaxemonitor.text.HostileText;
import io.github.bitaxemonitor.store.DataFiles;
import io.github.bitaxemonitor.store.StoreSettings.Rotation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns a located YAML tree into a {@link MonitorConfig}, reporting every problem it finds. */
final class ConfigReader {
    static final Set<String> KEYS = Set.of("miners", "aliases", "poll_interval", "timeout", "retries", "csv_path",
            "validate_csv", "backup_frequency", "backup_dir", "backup_keep", "rotation", "max_file_mb",
            "hostname_cache", "max_reply_kb", "thresholds", "efficiency_j_per_th", ServeReader.LISTEN,
            ServeReader.TOKEN_ENV, ServeReader.TOKEN_FILE, ControlReader.KEY, AlertsReader.KEY);

    private final Path baseDir;
    private final Problems problems;
    /** True for the monitor, which writes; the viewer only reads, and may run where the data is read-only. */
    private final boolean checkWritable;

    /**
     * @param baseDir relative paths in the file are taken from here (the config file's directory), so the monitor
     *                writes to the same place whether it is started by hand, by cron or by systemd
     */
    ConfigReader(Path baseDir, Problems problems, boolean checkWritable) {
        this.baseDir = baseDir;
        this.problems = problems;
        this.checkWritable = checkWritable;
    }

    /** The config, or null when problems were found (they are in {@code problems}). */
    MonitorConfig read(Node root) {
        if (!(root instanceof MapNode map)) {
            problems.add(root.pos(), "the config must be a mapping of keys (such as 'miners:'), not a "
                    + (root instanceof YamlTree.Seq ? "list" : "single value"));
            return null;
        }
        Section top = new Section(map, "", KEYS, problems);
        MinerListReader minerList = new MinerListReader(problems);
        List<MinerEndpoint> miners = minerList.read(top);

        double interval = top.number("poll_interval", seconds(MonitorConfig.DEFAULT_POLL_INTERVAL), 1, 3600,
                "seconds");
        double timeout = top.number("timeout", seconds(MonitorConfig.DEFAULT_TIMEOUT), 0.1, 120, "seconds");
        if (timeout > interval * MonitorConfig.MAX_TIMEOUT_SHARE) {
            Node at = top.node("timeout") != null ? top.node("timeout") : top.node("poll_interval");
            problems.add(at.pos(), "timeout " + Section.plain(timeout) + " s leaves no room within poll_interval "
                    + Section.plain(interval) + " s: make it at most "
                    + Section.plain(Math.floor(interval * MonitorConfig.MAX_TIMEOUT_SHARE * 10) / 10) + " s");
        }
        Path csvPath = path(top, "csv_path", MonitorConfig.DEFAULT_CSV_PATH);
        checkFile(top, "csv_path", csvPath);
        int backupFrequency = top.integer("backup_frequency", MonitorConfig.DEFAULT_BACKUP_FREQUENCY, 0, 1_000_000);
        Path backupDir = path(top, "backup_dir", MonitorConfig.DEFAULT_BACKUP_DIR);
        if (backupFrequency > 0 && checkWritable) {
            check(top, "backup_dir", PathCheck.whyNotWritableDir(backupDir));
        }
        Path cache = path(top, "hostname_cache", csvPath.resolveSibling(MonitorConfig.HOSTNAME_CACHE_NAME));
        if (top.node("hostname_cache") != null) {
            // The default lives beside the data, whose directory was just checked: one report is enough.
            checkFile(top, "hostname_cache", cache);
        }

        ServeReader.Result serve = new ServeReader(problems, baseDir, checkWritable, System.getenv()).read(top);

        MonitorConfig.Builder b = MonitorConfig.builder(miners)
                .pollInterval(duration(interval))
                .timeout(duration(timeout))
                .retries(top.integer("retries", MonitorConfig.DEFAULT_RETRIES, 0, 10))
                .csvPath(csvPath)
                .validateCsv(top.bool("validate_csv", true))
                .backupFrequency(backupFrequency)
                .backupDir(backupDir)
                .backupKeep(top.integer("backup_keep", MonitorConfig.DEFAULT_BACKUP_KEEP, 1, 1000))
                .rotation(top.choice("rotation", Rotation.class, MonitorConfig.DEFAULT_ROTATION))
                .maxFileMb(top.integer("max_file_mb", MonitorConfig.DEFAULT_MAX_FILE_MB, 1, 100_000))
                .hostnameCache(cache)
                .maxReplyKb(top.integer("max_reply_kb", MonitorConfig.DEFAULT_MAX_REPLY_KB, 1, 65_536))
                .thresholds(new ThresholdReader(problems).read(top.node("thresholds"), minerList.thresholds()))
                .powerEstimates(PowerEstimates.withDefaults(efficiencies(top.node("efficiency_j_per_th"))))
                .serve(serve.serve()).metricsToken(serve.token())
                .controlLimits(new ControlReader(problems).read(top.node(ControlReader.KEY)))
                .alerts(new AlertsReader(problems, baseDir, System.getenv())
                        .read(top, DataFiles.of(csvPath).directory(), miners, checkWritable));
        return problems.isEmpty() ? b.build() : null;
    }

    /** {@code efficiency_j_per_th: {"S19 Pro": 29.5}}: model -> nameplate J/TH, for miners that report no power. */
    private Map<String, Double> efficiencies(Node node) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (node == null || node instanceof Scalar s && s.isNull()) {
            return out;
        }
        if (!(node instanceof MapNode map)) {
            problems.add(node.pos(), "efficiency_j_per_th must be a mapping of model to J/TH, e.g. 'S19 Pro: 29.5'");
            return out;
        }
        for (YamlTree.Entry e : map.entries()) {
            Double v = e.value() instanceof Scalar s && !s.isNull() ? Section.parseNumber(s) : null;
            if (e.key().isBlank() || v == null || v <= 0 || v > 10_000) {
                problems.add(e.value().pos(), "efficiency_j_per_th." + HostileText.forTerminal(e.key())
                        + " must be a positive number of J/TH (at most 10000)");
            } else {
                out.put(e.key(), v);
            }
        }
        return out;
    }

    private Path path(Section top, String key, Path def) {
        String p = top.text(key, null, "a path");
        try {
            return p == null ? baseDir.resolve(def) : baseDir.resolve(p);
        } catch (java.nio.file.InvalidPathException e) {
            problems.add(top.node(key).pos(), key + " is not a usable path: " + e.getReason());
            return baseDir.resolve(def);
        }
    }

    private void checkFile(Section top, String key, Path file) {
        if (checkWritable) {
            check(top, key, PathCheck.whyNotWritableFile(file));
        }
    }

    /** A path problem is reported at the key's value, or file-wide when the default is the one that fails. */
    private void check(Section top, String key, String why) {
        if (why == null) {
            return;
        }
        Node at = top.node(key);
        Pos pos = at == null ? null : at.pos();
        problems.add(pos, key + (at == null ? " (default)" : "") + ": cannot write there: " + why);
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }

    private static Duration duration(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
