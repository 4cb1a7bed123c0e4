package io.github.bitaxemonitor.miner;

/**
 * Why a write to a miner did not happen, in words an owner understands ("the device refused the value: Wrong API
 * input", "this miner's API is read-only"). The message is one sanitised line; device text in it is already safe.
 */
public final class ControlException extends RuntimeException {
    /** How the write failed, so bulk summaries and the audit log can group results. */
    public enum Reason {
        /** Nothing answered, or the answer did not come in time: the write may or may not have happened. */
        UNREACHABLE,
        /** The device answered and said no (400, access denied, 401). */
        REFUSED,
        /** The device or its API cannot do this at all (read-only CGMiner API, firmware too old). */
        UNSUPPORTED,
        /** The device answered something that cannot be read as success or failure. */
        BAD_REPLY
    }

    private final Reason reason;

    public ControlException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
