package io.github.bitaxemonitor.collect;

import io.github.bitaxemonitor.exit.ExitCode;
import io.github.bitaxemonitor.exit.UserException;
import io.github.bitaxemonitor.config.MonitorConfig;
import io.github.bitaxemonitor.miner.AxeOsHistory;
import io.github.bitaxemonitor.miner.MinerClient;
import io.github.bitaxemonitor.miner.MinerLanes;
import io.github.bitaxemonitor.miner.SocketBudget;
import io.github.bitaxemonitor.store.DataFiles;
import io.github.bitaxemonitor.store.MetricsWriter;
import io.github.bitaxemonitor.store.NewestRow;
import io.github.bitaxemonitor.store.UnusablePathException;
import io.github.bitaxemonitor.text.HostileText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The {@code monitor} command at run time: opens the store, the client and the hostname cache, prints the start-up
 * line, then runs one cycle ({@link #runOnce}) or cycles until stopped ({@link #runForever}). Progress goes to
 * {@code out} (silenced by quiet), errors always to {@code err}; every line is made safe for a terminal, and paths
 * are cut when huge. Rows still held from failed writes when it stops are written, or saved to a recovery file, or
 * counted as lost in one line on {@code err} (and the exit code says so).
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
    /** Longest path shown whole in a console line. */
    private static final int MAX_SHOWN_PATH = 200;

    private final AtomicBoolean stopped = new AtomicBoolean();
    private final List<CycleListener> listeners = new CopyOnWriteArrayList<>();
    /** Counted down when {@link #stop} has closed everything, so {@link #runForever} returns only after that. */
    private final CountDownLatch closed = new CountDownLatch(1);
    private CollectorLoop loop;
    private volatile ConfigReloader reloader;
    private Thread hook;
    private Collector collector;
    private MetricsWriter writer;
    private MinerClient client;
    /** True when held rows could be neither written nor saved at stop; the exit code says it. */
    private volatile boolean rowsLost;

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

    /**
     * One cycle, then exit: 0 when it was written, 1 when it could not be (its rows are then saved to a recovery file
     * if at all possible). Ctrl-C waits for that cycle too.
     */
    public int runOnce() {
        Collector c = open();
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
            CycleReport r = c.runCycle();
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
     * Cycles until {@link #stop} is called (by a signal handler, the shutdown hook or a caller); returns after the
     * cycle in progress at that moment has been written and everything is closed: 0, or 1 when rows held from failed
     * writes were lost.
     */
    public int runForever() throws InterruptedException {
        Collector c = open();
        ConfigReloader r = new ConfigReloader(configFile, config, c::reconfigure, this::info, this::error);
        listeners.add(r);
        reloader = r;
        CollectorLoop l = new CollectorLoop(c, config.pollInterval(), this::report, this::error);
        synchronized (this) {
            if (stopped.get()) {
                close();
                return exitCode();
            }
            loop = l;
            hook = new Thread(this::stop, "monitor-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            l.start();
        }
        l.awaitStopped();
        closed.await();
        return exitCode();
    }

    /**
     * Reads the config file again now (SIGHUP); a valid change takes effect at the next cycle, an invalid one is
     * reported in one line and the running config kept. Before {@link #runForever} has started it does nothing.
     */
    public void reloadConfig() {
        ConfigReloader r = reloader;
        if (r != null) {
            r.requestReload();
        }
    }

    private int exitCode() {
        return rowsLost ? ExitCode.RUNTIME_FAILURE : ExitCode.OK;
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
        if (l == null) {
            return; // not running yet: runForever sees the flag and closes
        }
        try {
            if (!l.stop(config.cycleDeadline().plus(WRITE_GRACE))) {
                error("gave up waiting for the cycle in progress to be written");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close();
            removeHook();
            info("monitor stopped");
            closed.countDown();
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
            int code = e instanceof UnusablePathException ? ExitCode.BAD_USAGE : ExitCode.RUNTIME_FAILURE;
            throw new UserException("cannot open the data files at " + display(config.csvPath()) + ": "
                    + HostileText.forTerminal(String.valueOf(e.getMessage()), 1000), code);
        }
        // taken once the store is open, so its files count as open
        SocketBudget budget = SocketBudget.forThisProcess();
        if (config.miners().size() > budget.pollsAtOnce()) {
            info(String.format(Locale.ROOT, "%,d miners are more than this process can poll at once: %s; the rest"
                    + " wait their turn within each cycle", config.miners().size(), budget.describe()));
        }
        // shared through the data directory, so control, the viewer's actions and a benchmark wait for our polls
        MinerLanes lanes = MinerLanes.sharedThrough(DataFiles.of(config.csvPath()).directory(), this::info);
        client = backends.client(config.clientSettings(), budget, lanes);
        HostnameCache cache = HostnameCache.load(config.hostnameCache(), this::error);
        backfill(backends.history(config.clientSettings(), lanes), cache);
        collector = new Collector(config, client, writer, cache, clock, budget);
        return collector;
    }

    /** Before the first cycle, so the filled rows come before it in the files, as their timestamps do. */
    private void backfill(AxeOsHistory history, HostnameCache cache) {
        if (history == null) {
            return;
        }
        try (history) {
            Instant newest = NewestRow.timestamp(DataFiles.of(config.csvPath()));
            Backfill.Report report = new Backfill(config, client, history, cache).run(newest, clock.instant(), writer,
                    config.cycleDeadline().multipliedBy(2));
            if (report != null) {
                info(report.line());
            }
        } catch (IOException | RuntimeException e) {
            error("backfill: the gap stays unfilled: " + Collector.describe(e));
        }
    }

    /** Closes the client, then writes or saves the rows still held from failed writes, then closes the store. */
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
        if (writer == null) {
            return;
        }
        if (collector != null) {
            HeldRows.Final held = collector.held().finish(writer);
            switch (held.ending()) {
                case NONE -> { }
                case WRITTEN -> info(held.line());
                case SAVED -> error(held.line());
                case LOST -> {
                    rowsLost = true;
                    error(held.line());
                }
            }
        }
        try {
            writer.close();
        } catch (IOException | RuntimeException e) {
            error("closing the data files: " + Collector.describe(e));
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
            out.println(HostileText.forTerminal(line));
            out.flush();
        }
    }

    private void error(String line) {
        err.println(HostileText.forTerminal(line));
        err.flush();
    }

    /**
     * Paths below the working directory are shown relative to it: shorter, and what the user typed. Cut when huge;
     * {@link #info} and {@link #error} make them safe for the terminal.
     */
    private static String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        String shown = abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : abs.toString();
        return HostileText.forTerminal(shown, MAX_SHOWN_PATH);
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? Long.toString(ms / 1000) : Double.toString(ms / 1000.0);
    }
}
