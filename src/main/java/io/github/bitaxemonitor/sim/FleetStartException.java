package io.github.bitaxemonitor.sim;

/** The fleet could not start (a port in use, too few file descriptors). The message is one line for the user. */
public final class FleetStartException extends RuntimeException {
    public FleetStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
