package io.github.bitaxemonitor.exit;

/**
 * A problem the user can fix (bad config, bad argument, unreadable file). Printed as one line, never with a stack
 * trace. The message names the problem and where it is, e.g. {@code config.yaml:4:3: unknown key 'pol_interval'}.
 */
public class UserException extends RuntimeException {
    private final int exitCode;

    public UserException(String message) {
        this(message, ExitCode.BAD_USAGE);
    }

    public UserException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
