package io.github.bitaxemonitor.collect;

import io.github.bitaxemonitor.model.Sample;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What one cycle did.
 *
 * @param cycle              1 for the first cycle of this run, then counting up
 * @param started            when the cycle began (collector clock)
 * @param samples            one per configured miner, in configuration order
 * @param rowsWritten        rows made durable by this cycle's write (held rows of earlier failed writes included)
 * @param implausibleDropped readings the store emptied as implausible
 * @param file               the data file written, null when the write failed
 * @param writeError         why the write failed, null when it succeeded
 * @param heldRows           rows kept in memory for the next write after a failure (0 when all is written)
 * @param warnings           other one-line problems of this cycle (hostname cache not saved, rows given up)
 */
public record CycleReport(long cycle, Instant started, List<Sample> samples, int rowsWritten, int implausibleDropped,
                          Path file, String writeError, int heldRows, List<String> warnings) {
    public CycleReport {
        samples = List.copyOf(samples);
        warnings = List.copyOf(warnings);
    }

    public boolean written() {
        return writeError == null;
    }
}
