package io.github.bitaxemonitor.collect;

import io.github.bitaxemonitor.config.MonitorConfig;
import io.github.bitaxemonitor.config.Thresholds;
import io.github.bitaxemonitor.miner.MinerClient;
import io.github.bitaxemonitor.miner.PollResult;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.store.MetricsWriter;
import io.github.bitaxemonitor.text.HostileText;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs cycles: polls every miner at once, waits for the replies up to one shared deadline, judges each, and writes one
 * row per miner through the {@link MetricsWriter}. Nothing one miner does (hang, throw, answer garbage) affects another
 * miner's row or the cycle's end. Not thread-safe: one thread (see {@link CollectorLoop}) runs the cycles.
 */
public final class Collector {
    static final String BACKOFF_DETAIL = "not polled (backoff)";

    private final List<Tracked> miners = new ArrayList<>();
    private final MinerClient client;
    private final MetricsWriter writer;
    private final HostnameCache hostnames;
    private final Thresholds thresholds;
    private final Duration deadline;
    private final Clock clock;
    private final HeldRows held = new HeldRows(HeldRows.MAX_ROWS);
    private long cycle;

    /** One configured miner and what is known about it. */
    private static final class Tracked {
        final MinerEndpoint endpoint;
        final Backoff backoff;
        MinerHistory history = MinerHistory.initial();

        Tracked(MinerEndpoint endpoint, int maxSkip, int offlineAfter) {
            this.endpoint = endpoint;
            this.backoff = new Backoff(maxSkip, offlineAfter);
        }
    }

    public Collector(MonitorConfig config, MinerClient client, MetricsWriter writer, HostnameCache hostnames,
                     Clock clock) {
        for (MinerEndpoint m : config.miners()) {
            miners.add(new Tracked(m, config.maxBackoffCycles(), config.thresholds().offlineAfter()));
        }
        this.client = client;
        this.writer = writer;
        this.hostnames = hostnames;
        this.thresholds = config.thresholds();
        this.deadline = config.cycleDeadline();
        this.clock = clock;
    }

    /** Runs one cycle now and reports it; never throws for anything a miner or the disk does. */
    public CycleReport runCycle() {
        long n = ++cycle;
        Instant started = clock.instant();
        long endNanos = System.nanoTime() + deadline.toNanos();
        // Every poll is sent before any reply is awaited: the cycle lasts as long as its slowest miner, not their sum.
        List<CompletableFuture<PollResult>> polls = new ArrayList<>(miners.size());
        for (Tracked t : miners) {
            polls.add(t.backoff.due(n) ? pollSafely(t.endpoint) : null);
        }
        List<Sample> samples = new ArrayList<>(miners.size());
        for (int i = 0; i < miners.size(); i++) {
            CompletableFuture<PollResult> poll = polls.get(i);
            PollResult result = poll != null ? await(poll, endNanos)
                    : new PollResult.Failure(PollResult.Kind.UNREACHABLE, BACKOFF_DETAIL, 0);
            samples.add(judge(miners.get(i), result, poll != null, n));
        }
        List<String> warnings = new ArrayList<>();
        try {
            hostnames.saveIfChanged();
        } catch (IOException | RuntimeException e) {
            warnings.add("hostname cache " + hostnames.file() + " not saved: " + describe(e));
        }
        return write(n, started, samples, warnings);
    }

    /** The client promises a future that never fails; a buggy one must still not stop the collector. */
    private CompletableFuture<PollResult> pollSafely(MinerEndpoint endpoint) {
        try {
            CompletableFuture<PollResult> f = client.poll(endpoint);
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

    /** Classifies one result and builds its row; a bug in here costs one ERROR row, not the cycle. */
    private Sample judge(Tracked t, PollResult result, boolean polled, long n) {
        Instant now = clock.instant();
        MinerEndpoint ep = t.endpoint;
        try {
            Status status = StatusClassifier.classify(result, t.history, thresholds, now);
            t.history = t.history.after(result, now);
            if (polled) {
                t.backoff.polled(n, status);
            }
            return row(ep, result, status, now);
        } catch (RuntimeException e) {
            return Sample.builder().timestamp(now).address(ep.address()).alias(ep.alias()).status(Status.ERROR)
                    .error(HostileText.sanitize("internal error: " + describe(e))).build();
        }
    }

    /** Rows are stamped to the millisecond: all a 1 s+ poll interval can use, and nanoseconds only lengthen rows. */
    private Sample row(MinerEndpoint ep, PollResult result, Status status, Instant now) {
        if (result instanceof PollResult.Reading r) {
            Sample s = r.reading();
            return s.toBuilder().timestamp(s.timestamp().truncatedTo(ChronoUnit.MILLIS))
                    .address(ep.address()).alias(ep.alias())
                    .hostname(hostnames.resolve(ep.address(), ep.host(), s.hostname()))
                    .status(status).pollLatencyMs(r.latencyMs()).build();
        }
        PollResult.Failure f = (PollResult.Failure) result;
        return Sample.builder().timestamp(now.truncatedTo(ChronoUnit.MILLIS)).address(ep.address()).alias(ep.alias())
                .hostname(hostnames.resolve(ep.address(), ep.host(), null))
                .status(status).pollLatencyMs(f.latencyMs()).error(HostileText.sanitize(f.detail())).build();
    }

    /** Appends the cycle after the rows held from failed writes ({@link HeldRows}); a failure holds it too. */
    private CycleReport write(long n, Instant started, List<Sample> samples, List<String> warnings) {
        HeldRows.Attempt a = held.append(writer, samples);
        if (a.givenUp() != null) {
            warnings.add(a.givenUp());
        }
        MetricsWriter.AppendResult r = a.written();
        return r != null ? new CycleReport(n, started, samples, r.rowsWritten(), r.implausibleDropped(), r.file(), null,
                0, warnings) : new CycleReport(n, started, samples, 0, 0, null, a.error(), a.held(), warnings);
    }

    /** The rows of failed writes not yet written: the monitor writes or saves them when it stops. */
    HeldRows held() {
        return held;
    }

    private static PollResult internal(String detail) {
        return new PollResult.Failure(PollResult.Kind.BAD_REPLY, detail, 0);
    }

    static String describe(Throwable e) {
        if (e == null) {
            return "unknown error";
        }
        String msg = e.getMessage();
        String text = msg == null || msg.isBlank() ? e.getClass().getSimpleName() : msg;
        return HostileText.forTerminal(text.lines().findFirst().orElse(text));
    }
}
