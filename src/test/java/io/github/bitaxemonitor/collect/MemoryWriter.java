package io.github.bitaxemonitor.collect;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.store.MetricsWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A MetricsWriter that keeps every acknowledged cycle in memory and can be told to fail like a full disk. */
final class MemoryWriter implements MetricsWriter {
    final List<List<Sample>> cycles = new CopyOnWriteArrayList<>();
    final AtomicInteger failuresLeft = new AtomicInteger();
    volatile boolean closed;

    @Override
    public AppendResult appendCycle(List<Sample> samples) throws IOException {
        if (closed) {
            throw new IllegalStateException("write after close");
        }
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IOException("No space left on device");
        }
        cycles.add(List.copyOf(samples));
        return new AppendResult(samples.size(), 0, Path.of("data/metrics-test.csv"));
    }

    /** Rows "saved" to recovery files; {@code recoveryFails} makes saving fail like a full disk. */
    final List<List<Sample>> recovered = new CopyOnWriteArrayList<>();
    volatile boolean recoveryFails;

    @Override
    public Path saveRecovery(List<Sample> samples) throws IOException {
        if (recoveryFails) {
            throw new IOException("no recovery file could be written (data: No space left on device)");
        }
        recovered.add(List.copyOf(samples));
        return Path.of("data/metrics.recovery-test.csv");
    }

    List<Sample> lastCycle() {
        return cycles.get(cycles.size() - 1);
    }

    @Override
    public void close() {
        closed = true;
    }
}
