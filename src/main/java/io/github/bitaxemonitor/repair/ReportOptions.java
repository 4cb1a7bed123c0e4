package io.github.bitaxemonitor.repair;

/**
 * How a command reports.
 *
 * @param json  print a machine-readable JSON report on stdout instead of text
 * @param quiet no progress bar and no text summary (a JSON report asked for is still printed)
 */
public record ReportOptions(boolean json, boolean quiet) {
}
