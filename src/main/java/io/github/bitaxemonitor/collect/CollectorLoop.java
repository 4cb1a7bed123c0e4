package io.github.bitaxemonitor.collect;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a {@link Collector} on its own thread, one cycle every interval at a fixed rate (cycle starts do not drift by
 * the time each cycle takes; a cycle that overran is followed at once by the next, never overlapped). Stopping lets
 * the cycle in progress finish and write before it returns, so Ctrl-C never tears a cycle.
 */
public final class CollectorLoop {
    private final Collector collector;
    private final Duration interval;
    private final Consumer<CycleReport> reports;
    private final Consumer<String> errors;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "collector");
        t.setDaemon(false);
        return t;
    });

    /**
     * @param reports receives every finished cycle, on the collector thread
     * @param errors  receives one line when a cycle failed in a way the collector did not foresee
     */
    public CollectorLoop(Collector collector, Duration interval, Consumer<CycleReport> reports,
                         Consumer<String> errors) {
        this.collector = collector;
        this.interval = interval;
        this.reports = reports;
        this.errors = errors;
    }

    public void start() {
        thread.scheduleAtFixedRate(this::cycle, 0, interval.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** A task that throws is never run again by the scheduler, so nothing may escape a cycle. */
    private void cycle() {
        try {
            reports.accept(collector.runCycle());
        } catch (RuntimeException e) {
            errors.accept("cycle failed: " + Collector.describe(e) + " (polling goes on)");
        }
    }

    /**
     * Lets the cycle in progress finish (it is bounded by the cycle deadline), starts no other, and returns when the
     * thread has ended or {@code grace} has passed.
     *
     * @return true when the collector thread ended within {@code grace}
     */
    public boolean stop(Duration grace) throws InterruptedException {
        thread.shutdown();
        return thread.awaitTermination(grace.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Blocks until the loop has been stopped and its last cycle finished. */
    public void awaitStopped() throws InterruptedException {
        while (!thread.awaitTermination(1, TimeUnit.HOURS)) {
            // still running: keep waiting
        }
    }
}
