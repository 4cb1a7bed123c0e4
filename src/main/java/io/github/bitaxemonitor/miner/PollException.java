package io.github.bitaxemonitor.miner;

/**
 * A failure whose class is already known where it is detected (HTTP status, oversize reply, unusable JSON), carried
 * through the future chain to {@link Failures}. No stack trace: it is an expected outcome, never a bug.
 */
final class PollException extends Exception {
    private final PollResult.Kind kind;

    PollException(PollResult.Kind kind, String detail) {
        super(detail, null, false, false);
        this.kind = kind;
    }

    PollResult.Kind kind() {
        return kind;
    }
}
