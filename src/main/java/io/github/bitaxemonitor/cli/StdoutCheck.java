package io.github.bitaxemonitor.cli;

import java.io.PrintWriter;

/**
 * PrintStream and PrintWriter swallow write errors, so a report written to a full disk or a closed pipe would end with
 * exit 0 and nothing written. Commands that print a result flush it through here.
 */
final class StdoutCheck {
    private StdoutCheck() {
    }

    /**
     * Flushes {@code out} (may be null) and {@code System.out} beneath it.
     *
     * @throws UserException (exit 1) when either failed to write
     */
    static void flush(PrintWriter out) {
        boolean failed = out != null && out.checkError();
        failed |= System.out.checkError();
        if (failed) {
            throw new UserException("cannot write to standard output (disk full, or the reader went away)",
                    ExitCode.RUNTIME_FAILURE);
        }
    }
}
