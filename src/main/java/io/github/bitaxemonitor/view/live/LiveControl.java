package io.github.bitaxemonitor.view.live;

import io.github.bitaxemonitor.control.AuditLog;
import io.github.bitaxemonitor.control.BulkRun;
import io.github.bitaxemonitor.control.ChangeCheck;
import io.github.bitaxemonitor.control.ControlActions;
import io.github.bitaxemonitor.control.SafetyLimits;
import io.github.bitaxemonitor.miner.DeviceSettings;
import io.github.bitaxemonitor.miner.MinerControl;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.text.HostileText;
import io.github.bitaxemonitor.view.format.Units;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The live view's hands: acts on the miners the config lists, through {@link ControlActions} (so every action is in
 * the audit log, source "viewer"), on its own threads so the screen never waits for a miner. The UI thread asks and
 * reads; results arrive through volatile fields and a wake-up call, never by touching the view's state.
 */
public final class LiveControl implements AutoCloseable {
    /** Audit entries shown per miner in the detail pane. */
    static final int AUDIT_SHOWN = 3;
    /** How long a reading of the audit log is shown before it is read again (another process may have acted). */
    static final Duration AUDIT_FRESH = Duration.ofSeconds(30);
    /** How long quitting waits for an action in flight, so its result reaches the audit log. */
    private static final long CLOSE_WAIT_SECONDS = 60;

    private final List<MinerEndpoint> configured;
    private final MinerControl control;
    private final ControlActions actions;
    private final AuditLog audit;
    private final SafetyLimits limits;
    private final Clock clock;
    /** Runs one action at a time: the owner sees one result before starting the next. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> daemon(r, "viewer-action"));
    /** Reads the audit log for the detail pane, never behind a long action. */
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> daemon(r, "viewer-audit"));
    private final AtomicBoolean busy = new AtomicBoolean();
    /** Bumped whenever something shown changed off the UI thread. */
    private final AtomicLong version = new AtomicLong();
    private final Map<String, String> lastResult = new ConcurrentHashMap<>();
    private final Map<String, AuditReading> auditLines = new ConcurrentHashMap<>();
    private volatile Runnable wake = () -> { };
    private volatile String status;

    /** One miner's newest audit entries as shown, and when they were read. */
    private record AuditReading(List<String> lines, Instant at) {
    }

    /**
     * What the dialog shows before anything is sent.
     *
     * @param before   each miner's settings as read just now (empty for actions)
     * @param lines    one line per miner: name, address and the change (before -> after)
     * @param problems why nothing may be sent; empty when it may
     */
    record Plan(ActionRequest request, List<MinerEndpoint> miners, Map<MinerEndpoint, DeviceSettings> before,
                List<String> lines, List<String> problems) {
        boolean allowed() {
            return problems.isEmpty();
        }
    }

    /**
     * @param configured the config's miners: the only ones the view acts on
     * @param control    closed with this
     * @param limits     what a change is checked against, besides the device's own options
     */
    public LiveControl(List<MinerEndpoint> configured, MinerControl control, AuditLog audit, SafetyLimits limits,
                       Clock clock) {
        this.configured = List.copyOf(configured);
        this.control = control;
        this.actions = new ControlActions(control, audit, "viewer", null);
        this.audit = audit;
        this.limits = limits;
        this.clock = clock;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Called (on any thread) whenever a result or an audit reading arrives, so the loop redraws at once. */
    void onChange(Runnable wake) {
        this.wake = wake;
    }

    long version() {
        return version.get();
    }

    boolean busy() {
        return busy.get();
    }

    /** The last result or notice for the status line; null before the first. */
    String status() {
        return status;
    }

    void say(String text) {
        status = text;
        changed();
    }

    /** The configured miners among {@code addresses}, in config order; the others are added to {@code unknown}. */
    List<MinerEndpoint> targets(Collection<String> addresses, List<String> unknown) {
        List<MinerEndpoint> out = new ArrayList<>();
        for (MinerEndpoint e : configured) {
            if (addresses.contains(e.address())) {
                out.add(e);
            }
        }
        for (String a : addresses) {
            if (out.stream().noneMatch(e -> e.address().equals(a))) {
                unknown.add(a);
            }
        }
        return out;
    }

    /**
     * The dialog's content, made off the UI thread: for a change, every miner's settings are read and the change
     * checked against its options and the limits; a miner that cannot be read refuses the whole change.
     */
    CompletableFuture<Plan> plan(ActionRequest r, List<MinerEndpoint> miners) {
        return CompletableFuture.supplyAsync(() -> {
            List<String> lines = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            Map<MinerEndpoint, DeviceSettings> before = new LinkedHashMap<>();
            if (r.action() != null) {
                miners.forEach(m -> lines.add(label(m) + "  " + m.kind().name().toLowerCase(Locale.ROOT)));
                return new Plan(r, miners, before, lines, problems);
            }
            Map<MinerEndpoint, CompletableFuture<DeviceSettings>> reads = new LinkedHashMap<>();
            miners.forEach(m -> reads.put(m, control.read(m)));
            reads.forEach((m, read) -> {
                try {
                    DeviceSettings now = read.join();
                    before.put(m, now);
                    lines.add(label(m) + "  " + now.describeChange(r.change()));
                    ChangeCheck.problems(r.change(), now, limits).forEach(p -> problems.add(name(m) + ": " + p));
                } catch (RuntimeException e) {
                    String why = HostileText.forTerminal(BulkRun.reason(e), 200);
                    lines.add(label(m) + "  cannot read settings: " + why);
                    problems.add(name(m) + ": cannot read its settings (" + why + ")");
                }
            });
            return new Plan(r, miners, before, lines, problems);
        }, worker).whenComplete((p, t) -> changed());
    }

    /** Sends an allowed plan off the UI thread; the outcome goes to the status line and each miner's detail pane. */
    void run(Plan p) {
        if (!p.allowed() || !busy.compareAndSet(false, true)) {
            return;
        }
        ActionRequest r = p.request();
        say(r.describe() + " on " + count(p.miners().size()) + ": running...");
        worker.execute(() -> {
            try {
                List<BulkRun.Result> results = BulkRun.run(p.miners(), m -> r.action() != null
                        ? actions.act(m, r.action()) : actions.apply(m, p.before().get(m), r.change(), true, "set"));
                long failed = results.stream().filter(x -> !x.ok()).count();
                String at = Units.clock(clock.instant());
                for (BulkRun.Result x : results) {
                    lastResult.put(x.miner().address(), at + " " + r.describe() + ": " + (x.ok() ? "ok" : "FAILED")
                            + " - " + HostileText.forTerminal(x.detail(), 200));
                    loadAudit(x.miner().address());
                }
                BulkRun.Result first = results.get(0);
                status = results.size() == 1
                        ? r.describe() + " " + name(first.miner()) + ": " + (first.ok() ? "ok" : "FAILED") + " - "
                        + HostileText.forTerminal(first.detail(), 200)
                        : r.describe() + ": " + (results.size() - failed) + " ok, " + failed + " failed";
            } catch (RuntimeException e) {
                status = r.describe() + ": FAILED - " + HostileText.forTerminal(BulkRun.reason(e), 200);
            } finally {
                busy.set(false);
                changed();
            }
        });
    }

    /**
     * What the detail pane shows about one miner's actions: this session's last result, then its newest audit
     * entries, read in the background when the pane first asks and again once the reading is older than
     * {@link #AUDIT_FRESH}, so actions taken meanwhile by {@code control} or {@code benchmark} show up too.
     */
    List<String> notes(String address) {
        List<String> out = new ArrayList<>();
        String last = lastResult.get(address);
        if (last != null) {
            out.add(last);
        }
        AuditReading entries = auditLines.get(address);
        Instant now = clock.instant();
        if (entries == null || now.isAfter(entries.at().plus(AUDIT_FRESH))) {
            // Taken at once, so the frames drawn while the file is read do not ask again.
            auditLines.put(address, new AuditReading(entries == null ? List.of() : entries.lines(), now));
            loadAudit(address);
        }
        if (entries != null) {
            out.addAll(entries.lines());
        }
        return out;
    }

    private void loadAudit(String address) {
        reader.execute(() -> {
            List<String> shown = new ArrayList<>();
            try {
                for (String line : audit.recent(address, AUDIT_SHOWN)) {
                    shown.add(0, AuditLine.text(line));
                }
            } catch (IOException | RuntimeException e) {
                shown.add("audit log unreadable: " + HostileText.forTerminal(e.getMessage(), 200));
            }
            auditLines.put(address, new AuditReading(List.copyOf(shown), clock.instant()));
            changed();
        });
    }

    private void changed() {
        version.incrementAndGet();
        wake.run();
    }

    static String name(MinerEndpoint m) {
        return HostileText.forTerminal(m.displayName(null), 40);
    }

    static String label(MinerEndpoint m) {
        return name(m) + "  " + HostileText.forTerminal(m.address());
    }

    static String count(int n) {
        return n + (n == 1 ? " miner" : " miners");
    }

    /** Waits for an action in flight (its result must reach the audit log), then closes the connections. */
    @Override
    public void close() {
        worker.shutdown();
        reader.shutdown();
        try {
            worker.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            control.close();
        }
    }
}
