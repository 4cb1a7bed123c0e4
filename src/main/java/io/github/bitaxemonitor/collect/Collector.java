package io.github.bitaxemonitor.collect;

import io.github.bitaxemonitor.config.MonitorConfig;
import io.github.bitaxemonitor.health.ThresholdPolicy;
import io.github.bitaxemonitor.miner.MinerClient;
import io.github.bitaxemonitor.miner.PollResult;
import io.github.bitaxemonitor.miner.SocketBudget;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.PowerEstimates;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.store.MetricsWriter;
import io.github.bitaxemonitor.text.HostileText;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs cycles: polls every miner, at most {@link SocketBudget#pollsAtOnce} at a time (the rest queued within the
 * cycle, so a fleet bigger than the process's open-file limit neither runs out of descriptors nor starves the store),
 * waits for the replies up to one shared deadline, turns each into a row
 * ({@link TrackedMiner}: reading, plausibility, judgement, row) and writes one row per miner through the
 * {@link MetricsWriter}. Nothing one miner does (hang, throw, answer garbage) affects another miner's row or the
 * cycle's end. Not thread-safe: one thread (see {@link CollectorLoop}) runs the cycles.
 */
public final class Collector {

    private final List<TrackedMiner> miners = new ArrayList<>();
    private final MinerClient client;
    private final MetricsWriter writer;
    private final HostnameCache hostnames;
    private ThresholdPolicy thresholds;
    private PowerEstimates power;
    /** A reloaded config waiting for the next cycle's start (set by {@link #reconfigure}). */
    private volatile MonitorConfig pending;
    private final Duration deadline;
    private final Clock clock;
    private final HeldRows held = new HeldRows(HeldRows.MAX_ROWS);
    private final SocketBudget budget;
    private long cycle;
    /** The miner polled first in the next cycle: after a cycle that could not poll everyone, the first left out. */
    private int firstPolled;

    public Collector(MonitorConfig config, MinerClient client, MetricsWriter writer, HostnameCache hostnames,
                     Clock clock) {
        this(config, client, writer, hostnames, clock, SocketBudget.forThisProcess());
    }

    /** @param budget bounds the polls in flight; the client given was made with the same budget */
    public Collector(MonitorConfig config, MinerClient client, MetricsWriter writer, HostnameCache hostnames,
                     Clock clock, SocketBudget budget) {
        for (MinerEndpoint m : config.miners()) {
            miners.add(new TrackedMiner(m, config.thresholds().offlineAfter()));
        }
        this.client = client;
        this.writer = writer;
        this.hostnames = hostnames;
        this.thresholds = config.thresholds();
        this.power = config.powerEstimates();
        this.deadline = config.cycleDeadline();
        this.clock = clock;
        this.budget = budget;
    }

    /**
     * From the next cycle on, polls the miners of {@code next} with its thresholds and power estimates; a miner whose
     * entry is unchanged keeps its history (stall and reboot detection go on), a new one starts fresh. The cycle in
     * progress is not touched, so no row is lost. Timing and storage settings stay as they were started.
     */
    public void reconfigure(MonitorConfig next) {
        pending = next;
    }

    private void applyPending() {
        MonitorConfig next = pending;
        if (next == null) {
            return;
        }
        pending = null;
        java.util.Map<MinerEndpoint, TrackedMiner> had = new java.util.HashMap<>();
        miners.forEach(t -> had.put(t.endpoint(), t));
        miners.clear();
        for (MinerEndpoint m : next.miners()) {
            TrackedMiner t = had.get(m);
            miners.add(t != null ? t : new TrackedMiner(m, next.thresholds().offlineAfter()));
        }
        thresholds = next.thresholds();
        power = next.powerEstimates();
    }

    /** Runs one cycle now and reports it; never throws for anything a miner or the disk does. */
    public CycleReport runCycle() {
        applyPending();
        long n = ++cycle;
        Instant started = clock.instant();
        long endNanos = System.nanoTime() + deadline.toNanos();
        // Polls are sent before any reply is awaited, as many at once as the budget allows: the cycle lasts as long
        // as its slowest miner, not their sum.
        PollQueue polls = new PollQueue(miners.size(), firstPolled, i -> pollSafely(miners.get(i)));
        polls.run(budget.pollsAtOnce());
        // Replies are awaited in queue order, so a poll still queued is awaited only once those before it started;
        // at the deadline, the queue is closed and the polls it never started get a "not polled" row.
        int size = miners.size();
        PollResult[] results = new PollResult[size];
        for (int k = 0; k < size; k++) {
            int i = (firstPolled + k) % size;
            results[i] = await(polls.result(i), endNanos);
        }
        int polled = polls.close();
        List<String> warnings = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            outcomes.add(judge(miners.get(i), polls.started(i, polled) ? results[i] : notPolled()));
        }
        if (polled < size) {
            warnings.add((size - polled) + " of " + size + " miners not polled this cycle: the fleet is larger than"
                    + " one cycle can poll (" + budget.describe() + ", cycle deadline "
                    + deadline.toMillis() / 1000.0 + " s); raise ulimit -n, or lengthen timeout and poll_interval");
            firstPolled = (firstPolled + polled) % size;
        }
        try {
            hostnames.saveIfChanged();
        } catch (IOException | RuntimeException e) {
            warnings.add("hostname cache " + HostileText.forTerminal(hostnames.file().toString()) + " not saved: "
                    + describe(e));
        }
        return write(n, started, outcomes, warnings);
    }

    /** The client promises a future that never fails; a buggy one must still not stop the collector. */
    private CompletableFuture<PollResult> pollSafely(TrackedMiner t) {
        try {
            CompletableFuture<PollResult> f = client.poll(t.endpoint(), t.retries());
            return f != null ? f : CompletableFuture.completedFuture(internal("client returned no poll"));
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(internal("client failed: " + describe(e)));
        }
    }

    /** Waits for one reply until the cycle's deadline; a late miner gets TIMEOUT without holding up the rest. */
    private PollResult await(CompletableFuture<PollResult> poll, long endNanos) {
        try {
            PollResult r = poll.get(Math.max(0, endNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            return r != null ? r : internal("client returned no result");
        } catch (TimeoutException e) {
            return new PollResult.Failure(PollResult.Kind.TIMEOUT, "no reply within the cycle deadline of "
                    + deadline.toMillis() / 1000.0 + " s", deadline.toMillis());
        } catch (ExecutionException e) {
            return internal("client failed: " + describe(e.getCause()));
        } catch (InterruptedException e) {
            // Shutdown interrupts only a stuck cycle; its remaining miners get a row rather than vanish.
            Thread.currentThread().interrupt();
            return new PollResult.Failure(PollResult.Kind.TIMEOUT, "monitor stopping", 0);
        } catch (RuntimeException e) {
            return internal("client failed: " + describe(e));
        }
    }

    /** A bug in the pipeline costs one ERROR row, not the cycle. */
    private Outcome judge(TrackedMiner t, PollResult result) {
        Instant now = clock.instant();
        try {
            return t.judge(result, now, thresholds, power, hostnames);
        } catch (RuntimeException e) {
            return t.internalError(describe(e), now);
        }
    }

    /** Appends the cycle after the rows held from failed writes ({@link HeldRows}); a failure holds it too. */
    private CycleReport write(long n, Instant started, List<Outcome> outcomes, List<String> warnings) {
        HeldRows.Attempt a = held.append(writer, outcomes.stream().map(Outcome::row).toList());
        if (a.givenUp() != null) {
            warnings.add(a.givenUp());
        }
        int implausible = (int) outcomes.stream().flatMap(o -> o.judgement().conditions().stream())
                .filter(c -> c.status() == Status.SENSOR).count();
        MetricsWriter.AppendResult r = a.written();
        return r != null ? new CycleReport(n, started, outcomes, r.rowsWritten(), implausible + r.implausibleDropped(),
                r.file(), null, 0, warnings)
                : new CycleReport(n, started, outcomes, 0, implausible, null, a.error(), a.held(), warnings);
    }

    /** The rows of failed writes not yet written: the monitor writes or saves them when it stops. */
    HeldRows held() {
        return held;
    }

    private PollResult notPolled() {
        return new PollResult.Failure(PollResult.Kind.TIMEOUT, "not polled: the fleet is larger than one cycle can"
                + " poll with " + budget.pollsAtOnce() + " polls at once", 0);
    }

    private static PollResult internal(String detail) {
        return new PollResult.Failure(PollResult.Kind.BAD_REPLY, detail, 0);
    }

    /** One line about a failure: its message, never a class name (the error column and the console are for people). */
    static String describe(Throwable e) {
        if (e == null) {
            return "unknown error";
        }
        String msg = e.getMessage();
        String text = msg == null || msg.isBlank() ? "unexpected failure" : msg;
        return HostileText.forTerminal(text.lines().findFirst().orElse(text));
    }
}
