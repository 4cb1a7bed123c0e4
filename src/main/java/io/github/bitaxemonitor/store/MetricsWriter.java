package io.github.bitaxemonitor.store;

import io.github.bitaxemonitor.model.Sample;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Where the collector puts each cycle's samples. One call per cycle: the rows are validated, encoded, appended in one
 * write and forced to disk before the call returns, so a returned call is an acknowledged cycle that survives a crash.
 */
public interface MetricsWriter extends Closeable {
    /**
     * Appends one cycle.
     *
     * @return what was written and what validation dropped
     * @throws IOException when the rows could not be made durable (disk full, unwritable directory); nothing partial
     *                     is left behind, and the next call tries again
     */
    AppendResult appendCycle(List<Sample> samples) throws IOException;

    /**
     * Saves rows that could not be appended - the last try at stop failed too - to a new recovery file kept apart from
     * the data files (docs/CSV-FORMAT.md, "Recovery files"), forced to disk; the next open merges it back.
     *
     * @return the recovery file
     * @throws IOException when no recovery file could be written either; the message says where it was tried and why
     */
    java.nio.file.Path saveRecovery(List<Sample> samples) throws IOException;

    /**
     * @param rowsWritten        rows now durable
     * @param implausibleDropped numeric readings stored empty because they were outside their plausible range
     * @param file               the file the rows went to
     */
    record AppendResult(int rowsWritten, int implausibleDropped, java.nio.file.Path file) {
    }
}
