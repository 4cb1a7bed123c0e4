package io.github.bitaxemonitor.cli;

/**
 * The old home of {@link io.github.bitaxemonitor.exit.UserException}, kept only while {@code repair/} and the
 * commands other engineers are changing (CsvRepairCommand, ViewerCommand, SimulateCommand) still use it; delete it
 * once they import {@code io.github.bitaxemonitor.exit} instead.
 */
public class UserException extends io.github.bitaxemonitor.exit.UserException {
    public UserException(String message) {
        super(message);
    }

    public UserException(String message, int exitCode) {
        super(message, exitCode);
    }
}
