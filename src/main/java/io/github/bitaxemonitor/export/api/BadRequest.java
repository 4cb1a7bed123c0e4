package io.github.bitaxemonitor.export.api;

/** A request the API refuses, with the HTTP status and one line naming the parameter and the problem. */
final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    BadRequest(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    static BadRequest of(String message) {
        return new BadRequest(400, message);
    }

    int status() {
        return status;
    }
}
