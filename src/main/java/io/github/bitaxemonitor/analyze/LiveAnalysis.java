package io.github.bitaxemonitor.analyze;

import io.github.bitaxemonitor.analyze.read.TimeRange;
import io.github.bitaxemonitor.analyze.result.Analysis;
import io.github.bitaxemonitor.analyze.result.MinerAnalysis;
import io.github.bitaxemonitor.analyze.segment.MinerFilter;
import io.github.bitaxemonitor.analyze.segment.Settings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The analysis of one miner for the live view, computed off the screen's thread: asking for a miner returns what is
 * known (possibly nothing yet, possibly a minute old) and starts a fresh pass in the background when there is none
 * or it is older than {@link #REFRESH}; {@link #version()} moves when a pass ends, so the screen knows to redraw.
 * One pass at a time, on one daemon thread, reading only the files of the window.
 */
public final class LiveAnalysis {
    static final Duration REFRESH = Duration.ofMinutes(1);

    /** What is known about a miner: the analysis, or why there is none; {@code at} is when the pass started. */
    public record Entry(Instant at, MinerAnalysis analysis, String error) {
    }

    private final Path data;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Entry> results = new ConcurrentHashMap<>();
    private final AtomicLong version = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "live-analysis");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    public LiveAnalysis(Path data, Duration window, Clock clock) {
        this.data = data;
        this.window = window;
        this.clock = clock;
    }

    public Duration window() {
        return window;
    }

    /**
     * The latest analysis of the miner (null before the first pass ends); starts a pass when due.
     *
     * @param newest the miner's newest row: the window ends there, so a history that stopped days ago still shows
     */
    public Entry get(String address, Instant newest) {
        Entry e = results.get(address);
        Instant now = clock.instant();
        if ((e == null || e.at().plus(REFRESH).isBefore(now)) && running.compareAndSet(false, true)) {
            worker.execute(() -> pass(address, now, newest));
        }
        return e;
    }

    /** True while a pass runs. */
    public boolean busy() {
        return running.get();
    }

    /** Moves whenever a pass ends. */
    public long version() {
        return version.get();
    }

    private void pass(String address, Instant now, Instant newest) {
        try {
            Query q = Query.of(data, new TimeRange(newest.minus(window), null), new MinerFilter(address),
                            Settings.DEFAULTS)
                    .withTimelines();
            Analysis a = Analyzer.run(q).analysis();
            MinerAnalysis m = a.miners().stream().filter(x -> x.address().equals(address)).findFirst().orElse(null);
            String why = m != null ? null : !a.withoutClocks().isEmpty()
                    ? "its rows name no frequency or core voltage: no clock configuration to analyse"
                    : "no rows of this miner in the last " + window.toDays() + " days of its history";
            results.put(address, new Entry(now, m, why));
        } catch (IOException | RuntimeException e) {
            results.put(address, new Entry(now, null, "cannot read the history: " + e.getMessage()));
        } finally {
            running.set(false);
            version.incrementAndGet();
        }
    }
}
