package io.github.bitaxemonitor.collect;

import io.github.bitaxemonitor.cli.ExitCode;
import io.github.bitaxemonitor.cli.UserException;
import io.github.bitaxemonitor.config.MonitorConfig;
import io.github.bitaxemonitor.miner.MinerClient;
import io.github.bitaxemonitor.store.MetricsWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The {@code monitor} command at run time: opens the store, the client and the hostname cache, prints the start-up
 * line, then runs one cycle ({@link #runOnce}) or cycles until stopped ({@link #runForever}). Progress goes to
 * {@code out} (silenced by quiet), errors always to {@code err}.
 */
public final class Monitor {
    /** How long a stop waits beyond the cycle deadline for the write of the cycle in progress. */
    private static final Duration WRITE_GRACE = Duration.ofSeconds(30);

    private final MonitorConfig config;
    private final Path configFile;
    private final Backends backends;
    private final Clock clock;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean quiet;
    private final ZoneId zone = ZoneId.systemDefault();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final List<CycleListener> listeners = new CopyOnWriteArrayList<>();
    private CollectorLoop loop;
    private Thread hook;
    private MetricsWriter writer;
    private MinerClient client;

    public Monitor(MonitorConfig config, Path configFile, Backends backends, Clock clock, PrintWriter out,
                   PrintWriter err, boolean quiet) {
        this.config = config;
        this.configFile = configFile;
        this.backends = backends;
        this.clock = clock;
        this.out = out;
        this.err = err;
        this.quiet = quiet;
    }

    /** Adds an observer of every cycle (alerts, metrics, heartbeat); call before running. */
    public void addListener(CycleListener listener) {
        listeners.add(listener);
    }

    /** One cycle, then exit: 0 when it was written, 1 when it could not be. Ctrl-C waits for that cycle too. */
    public int runOnce() {
        Collector collector = open();
        CountDownLatch done = new CountDownLatch(1);
        Thread waitForCycle = new Thread(() -> {
            try {
                done.await(config.cycleDeadline().plus(WRITE_GRACE).toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "monitor-shutdown");
        Runtime.getRuntime().addShutdownHook(waitForCycle);
        try {
            CycleReport r = collector.runCycle();
            report(r);
            return r.written() ? ExitCode.OK : ExitCode.RUNTIME_FAILURE;
        } finally {
            close();
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(waitForCycle);
            } catch (IllegalStateException e) {
                // shutting down already: the hook has been waiting for exactly this
            }
        }
    }

    /**
     * Cycles until {@link #stop} is called, by the shutdown hook (Ctrl-C, SIGTERM) or a caller; returns 0 after the
     * cycle in progress at that moment has been written.
     */
    public int runForever() throws InterruptedException {
        CollectorLoop l = new CollectorLoop(open(), config.pollInterval(), this::report, this::error);
        synchronized (this) {
            if (stopped.get()) {
                return ExitCode.OK;
            }
            loop = l;
            hook = new Thread(this::stop, "monitor-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            l.start();
        }
        l.awaitStopped();
        return ExitCode.OK;
    }

    /** Lets the cycle in progress finish and be written, then closes everything. Safe to call more than once. */
    public void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        CollectorLoop l;
        synchronized (this) {
            l = loop;
        }
        try {
            if (l != null && !l.stop(config.cycleDeadline().plus(WRITE_GRACE))) {
                error("gave up waiting for the cycle in progress to be written");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close();
            removeHook();
            info("monitor stopped");
        }
    }

    private Collector open() {
        info("monitor: " + display(configFile) + ", " + config.miners().size() + " miner"
                + (config.miners().size() == 1 ? "" : "s") + ", data " + display(config.csvPath()) + ", every "
                + seconds(config.pollInterval()) + " s (timeout " + seconds(config.timeout()) + " s, "
                + config.retries() + " retries)");
        if (!config.validateCsv()) {
            info("validate_csv: false is ignored: rows are always validated");
        }
        try {
            writer = backends.openStore(config.storeSettings(), clock, this::info);
        } catch (IOException e) {
            throw new UserException("cannot open the data files at " + display(config.csvPath()) + ": "
                    + Collector.describe(e), ExitCode.RUNTIME_FAILURE);
        }
        client = backends.client(config.clientSettings());
        HostnameCache cache = HostnameCache.load(config.hostnameCache(), this::error);
        return new Collector(config, client, writer, cache, clock);
    }

    private void close() {
        for (CycleListener l : listeners) {
            try {
                l.stopped();
            } catch (RuntimeException e) {
                error("a cycle listener failed to stop: " + Collector.describe(e));
            }
        }
        if (client != null) {
            try {
                client.close();
            } catch (RuntimeException e) {
                error("closing the miner client: " + Collector.describe(e));
            }
        }
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException | RuntimeException e) {
                error("closing the data files: " + Collector.describe(e));
            }
        }
    }

    private void removeHook() {
        Thread h;
        synchronized (this) {
            h = hook;
        }
        if (h != null && h != Thread.currentThread()) {
            try {
                Runtime.getRuntime().removeShutdownHook(h);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is running or done
            }
        }
    }

    private void report(CycleReport r) {
        for (CycleListener l : listeners) {
            try {
                l.cycleCompleted(r);
            } catch (RuntimeException e) {
                error("a cycle listener failed: " + Collector.describe(e) + " (monitoring goes on)");
            }
        }
        info(CycleLine.format(r, zone));
        String writeError = CycleLine.writeError(r, zone);
        if (writeError != null) {
            error(writeError);
        }
        r.warnings().forEach(this::error);
    }

    private void info(String line) {
        if (!quiet) {
            out.println(line);
            out.flush();
        }
    }

    private void error(String line) {
        err.println(line);
        err.flush();
    }

    /** Paths below the working directory are shown relative to it: shorter, and what the user typed. */
    private static String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? Long.toString(ms / 1000) : Double.toString(ms / 1000.0);
    }
}
