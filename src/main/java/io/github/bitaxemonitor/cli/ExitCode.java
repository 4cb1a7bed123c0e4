package io.github.bitaxemonitor.cli;

/**
 * The old home of {@link io.github.bitaxemonitor.exit.ExitCode}, kept only while {@code repair/} and the commands
 * other engineers are changing (CsvRepairCommand, ViewerCommand, SimulateCommand) still use it; delete it once they
 * import {@code io.github.bitaxemonitor.exit} instead.
 */
public final class ExitCode {
    public static final int OK = io.github.bitaxemonitor.exit.ExitCode.OK;
    public static final int RUNTIME_FAILURE = io.github.bitaxemonitor.exit.ExitCode.RUNTIME_FAILURE;
    public static final int BAD_USAGE = io.github.bitaxemonitor.exit.ExitCode.BAD_USAGE;

    private ExitCode() {
    }
}
