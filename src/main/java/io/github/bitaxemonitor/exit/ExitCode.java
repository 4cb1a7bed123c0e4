package io.github.bitaxemonitor.exit;

/** The exit codes every command uses. */
public final class ExitCode {
    /** Success (for checks: everything healthy / clean). */
    public static final int OK = 0;
    /** Something failed at run time (for checks: problems were found). */
    public static final int RUNTIME_FAILURE = 1;
    /** Bad command line or bad configuration: nothing was done. */
    public static final int BAD_USAGE = 2;

    private ExitCode() {
    }
}
