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
 * @param outcomes           one per configured miner, in configuration order: its row and the judgement behind it
 * @param rowsWritten        rows made durable by this cycle's write (held rows of earlier failed writes included)
 * @param implausibleDropped readings stored empty as implausible (SENSOR conditions, and any the store caught)
 * @param file               the data file written, null when the write failed
 * @param writeError         why the write failed, null when it succeeded
 * @param heldRows           rows kept in memory for the next write after a failure (0 when all is written)
 * @param warnings           other one-line problems of this cycle (hostname cache not saved, rows given up)
 */
public record CycleReport(long cycle, Instant started, List<Outcome> outcomes, int rowsWritten,
                          int implausibleDropped, Path file, String writeError, int heldRows, List<String> warnings) {
    public CycleReport {
        outcomes = List.copyOf(outcomes);
        warnings = List.copyOf(warnings);
    }

    /** This cycle's rows, one per configured miner, in configuration order. */
    public List<Sample> samples() {
        return outcomes.stream().map(Outcome::row).toList();
    }

    public boolean written() {
        return writeError == null;
    }
}
