package io.github.bitaxemonitor.store;

import java.nio.file.Path;

/**
 * What {@link CsvMetricsStore#open} found and did before the first append.
 *
 * @param file             the newest data file found, or null when there was none yet
 * @param tornBytesDropped bytes of a torn last line cut from {@code file} (0 when it ended with a complete line)
 * @param message          one human sentence saying what was found and done, as logged; already safe for a terminal
 */
public record OpenReport(Path file, long tornBytesDropped, String message) {
}
