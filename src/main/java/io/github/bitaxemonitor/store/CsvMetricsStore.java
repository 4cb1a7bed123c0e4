package io.github.bitaxemonitor.store;

import io.github.bitaxemonitor.model.Sample;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/** TEMP stand-in so the collect branch compiles; the store branch provides the real store. */
public final class CsvMetricsStore implements MetricsWriter {
    private CsvMetricsStore() {
    }

    public static CsvMetricsStore open(StoreSettings settings, Clock clock, Consumer<String> log) throws IOException {
        return new CsvMetricsStore();
    }

    @Override
    public AppendResult appendCycle(List<Sample> samples) throws IOException {
        throw new IOException("CSV store not built yet");
    }

    @Override
    public void close() {
    }
}
