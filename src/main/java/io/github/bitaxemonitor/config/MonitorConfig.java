package io.github.bitaxemonitor.config;

import io.github.bitaxemonitor.control.SafetyLimits;
import io.github.bitaxemonitor.alerts.AlertSettings;
import io.github.bitaxemonitor.health.ThresholdPolicy;
import io.github.bitaxemonitor.miner.ClientSettings;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.PowerEstimates;
import io.github.bitaxemonitor.serve.BearerToken;
import io.github.bitaxemonitor.serve.ServeSettings;
import io.github.bitaxemonitor.store.DataFiles;
import io.github.bitaxemonitor.store.StoreSettings;
import io.github.bitaxemonitor.store.StoreSettings.Rotation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything {@code config.yaml} says, validated. {@link ConfigLoader} builds it from a file and reports user mistakes
 * with their line and column; the compact constructor only guards against programming errors.
 *
 * @param miners          the fleet in configuration order, at least one, no two with the same address
 * @param pollInterval    time between cycle starts, 1 s..1 h
 * @param timeout         per attempt, 0.1 s..120 s and at most {@link #MAX_TIMEOUT_SHARE} of {@code pollInterval}
 * @param retries         further attempts after a failed one, 0..10
 * @param csvPath         {@code csv_path}; the data files are named from it (see {@code store.DataFiles})
 * @param validateCsv     accepted for compatibility with the original; rows are always validated
 * @param backupFrequency a backup every this many cycles, 0 = never
 * @param backupDir       where backups go
 * @param backupKeep      backups kept, 1..1000
 * @param rotation        when a new data file starts
 * @param maxFileMb       size at which a data file is closed, 1..100000 MB
 * @param hostnameCache   the hostname cache file
 * @param maxReplyKb      a miner reply longer than this is abandoned, 1..65536 KB
 * @param thresholds      when a reading counts as a problem, per family, model and miner
 * @param powerEstimates  nameplate efficiencies for miners that report no power
 * @param serve           where {@code /metrics} and the REST API are served; null: not served
 * @param metricsToken    the bearer token the listener requires; null when none is configured
 * @param controlLimits   {@code control:}, what writes to miners are checked against and benchmarks stop at
 * @param alerts          {@code alerts:}: rules and notifiers (no rules: no alerting)
 */
public record MonitorConfig(List<MinerEndpoint> miners, Duration pollInterval, Duration timeout, int retries,
                            Path csvPath, boolean validateCsv, int backupFrequency, Path backupDir, int backupKeep,
                            Rotation rotation, int maxFileMb, Path hostnameCache, int maxReplyKb,
                            ThresholdPolicy thresholds, PowerEstimates powerEstimates, ServeSettings serve,
                            BearerToken metricsToken, SafetyLimits controlLimits,
                            AlertSettings alerts) {

    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(30);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_RETRIES = 3;
    public static final Path DEFAULT_CSV_PATH = Path.of("data", "metrics.csv");
    public static final int DEFAULT_BACKUP_FREQUENCY = 100;
    public static final Path DEFAULT_BACKUP_DIR = Path.of("backups");
    public static final int DEFAULT_BACKUP_KEEP = 10;
    public static final Rotation DEFAULT_ROTATION = Rotation.DAILY;
    public static final int DEFAULT_MAX_FILE_MB = 100;
    public static final String HOSTNAME_CACHE_NAME = "hostname_cache.json";
    public static final int DEFAULT_MAX_REPLY_KB = 256;

    /** The timeout may use at most this share of the poll interval, so replies and the write fit in one cycle. */
    public static final double MAX_TIMEOUT_SHARE = 0.9;
    /** What the collector allows for the client's pause between two attempts when it sets the cycle deadline. */
    static final Duration RETRY_PAUSE_ALLOWANCE = Duration.ofMillis(500);

    public MonitorConfig {
        miners = List.copyOf(miners);
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(csvPath, "csvPath");
        Objects.requireNonNull(backupDir, "backupDir");
        Objects.requireNonNull(rotation, "rotation");
        Objects.requireNonNull(hostnameCache, "hostnameCache");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(powerEstimates, "powerEstimates");
        Objects.requireNonNull(controlLimits, "controlLimits");
        Objects.requireNonNull(alerts, "alerts");
        if (miners.isEmpty()) {
            throw new IllegalArgumentException("no miners");
        }
        if (miners.stream().map(MinerEndpoint::address).distinct().count() != miners.size()) {
            throw new IllegalArgumentException("duplicate miner address");
        }
        if (pollInterval.compareTo(Duration.ofSeconds(1)) < 0 || pollInterval.compareTo(Duration.ofHours(1)) > 0
                || timeout.compareTo(Duration.ofMillis(100)) < 0 || timeout.compareTo(Duration.ofSeconds(120)) > 0
                || timeout.toNanos() > pollInterval.toNanos() * MAX_TIMEOUT_SHARE) {
            throw new IllegalArgumentException("pollInterval or timeout out of range");
        }
        if (retries < 0 || retries > 10 || backupFrequency < 0 || backupKeep < 1 || backupKeep > 1000
                || maxFileMb < 1 || maxFileMb > 100_000 || maxReplyKb < 1 || maxReplyKb > 65_536) {
            throw new IllegalArgumentException("setting out of range");
        }
    }

    /** How the miner clients talk to the fleet. */
    public ClientSettings clientSettings() {
        return new ClientSettings(timeout, retries, Math.max(1024L, maxReplyKb * 1024L));
    }

    /** Where and how the metrics files are kept. */
    public StoreSettings storeSettings() {
        return new StoreSettings(csvPath, rotation, maxFileMb * 1024L * 1024L, backupDir, backupFrequency, backupKeep);
    }

    /**
     * How long a cycle waits for replies: every attempt's timeout plus a pause between attempts, but never past
     * {@link #MAX_TIMEOUT_SHARE} of the interval, so a hanging miner cannot delay the write or the next cycle.
     */
    public Duration cycleDeadline() {
        Duration budget = timeout.multipliedBy(retries + 1L).plus(RETRY_PAUSE_ALLOWANCE.multipliedBy(retries));
        Duration cap = Duration.ofNanos((long) (pollInterval.toNanos() * MAX_TIMEOUT_SHARE));
        return budget.compareTo(cap) < 0 ? budget : cap;
    }

    /** The same config served elsewhere ({@code --metrics-listen}). */
    public MonitorConfig withServe(ServeSettings s) {
        return new MonitorConfig(miners, pollInterval, timeout, retries, csvPath, validateCsv, backupFrequency,
                backupDir, backupKeep, rotation, maxFileMb, hostnameCache, maxReplyKb, thresholds, powerEstimates, s,
                metricsToken, controlLimits, alerts);
    }

    public static Builder builder(List<MinerEndpoint> miners) {
        return new Builder(miners);
    }

    /** Starts from the defaults; {@code hostnameCache} defaults to {@value #HOSTNAME_CACHE_NAME} beside the data. */
    public static final class Builder {
        private final List<MinerEndpoint> miners;
        private Duration pollInterval = DEFAULT_POLL_INTERVAL;
        private Duration timeout = DEFAULT_TIMEOUT;
        private int retries = DEFAULT_RETRIES;
        private Path csvPath = DEFAULT_CSV_PATH;
        private boolean validateCsv = true;
        private int backupFrequency = DEFAULT_BACKUP_FREQUENCY;
        private Path backupDir = DEFAULT_BACKUP_DIR;
        private int backupKeep = DEFAULT_BACKUP_KEEP;
        private Rotation rotation = DEFAULT_ROTATION;
        private int maxFileMb = DEFAULT_MAX_FILE_MB;
        private Path hostnameCache;
        private int maxReplyKb = DEFAULT_MAX_REPLY_KB;
        private ThresholdPolicy thresholds = ThresholdPolicy.defaults();
        private PowerEstimates powerEstimates = PowerEstimates.withDefaults();
        private ServeSettings serve;
        private BearerToken metricsToken;
        private SafetyLimits controlLimits = SafetyLimits.DEFAULTS;
        private AlertSettings alerts;

        private Builder(List<MinerEndpoint> miners) {
            this.miners = miners;
        }

        public Builder pollInterval(Duration v) { pollInterval = v; return this; }
        public Builder timeout(Duration v) { timeout = v; return this; }
        public Builder retries(int v) { retries = v; return this; }
        public Builder csvPath(Path v) { csvPath = v; return this; }
        public Builder validateCsv(boolean v) { validateCsv = v; return this; }
        public Builder backupFrequency(int v) { backupFrequency = v; return this; }
        public Builder backupDir(Path v) { backupDir = v; return this; }
        public Builder backupKeep(int v) { backupKeep = v; return this; }
        public Builder rotation(Rotation v) { rotation = v; return this; }
        public Builder maxFileMb(int v) { maxFileMb = v; return this; }
        public Builder hostnameCache(Path v) { hostnameCache = v; return this; }
        public Builder maxReplyKb(int v) { maxReplyKb = v; return this; }
        public Builder thresholds(ThresholdPolicy v) { thresholds = v; return this; }
        public Builder powerEstimates(PowerEstimates v) { powerEstimates = v; return this; }
        public Builder serve(ServeSettings v) { serve = v; return this; }
        public Builder metricsToken(BearerToken v) { metricsToken = v; return this; }
        public Builder controlLimits(SafetyLimits v) { controlLimits = v; return this; }
        public Builder alerts(AlertSettings v) { alerts = v; return this; }

        public MonitorConfig build() {
            Path cache = hostnameCache != null ? hostnameCache : csvPath.resolveSibling(HOSTNAME_CACHE_NAME);
            return new MonitorConfig(miners, pollInterval, timeout, retries, csvPath, validateCsv, backupFrequency,
                    backupDir, backupKeep, rotation, maxFileMb, cache, maxReplyKb, thresholds, powerEstimates, serve,
                    metricsToken, controlLimits,
                    alerts != null ? alerts : AlertSettings.none(DataFiles.of(csvPath).directory()));
        }
    }
}
