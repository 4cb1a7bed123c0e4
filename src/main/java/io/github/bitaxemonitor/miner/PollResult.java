package io.github.bitaxemonitor.miner;

import io.github.bitaxemonitor.model.Reading;

/** What one poll produced: a reading, or the reason there is none. */
public sealed interface PollResult {

    /** Milliseconds from sending the request to the end of the reply (or the failure). */
    long latencyMs();

    /**
     * The miner answered with a usable reply.
     *
     * @param reading what the reply said, normalised, unjudged: judging health needs the plausibility ranges, the
     *                miner's history and its thresholds, which are the collector's
     */
    record Success(Reading reading, long latencyMs) implements PollResult {
    }

    /**
     * The poll failed.
     *
     * @param kind   the class of failure, which decides the status
     * @param detail one line for the log and the CSV {@code error} column, already free of control characters
     */
    record Failure(Kind kind, String detail, long latencyMs) implements PollResult {
    }

    /** Failure classes; each maps to one status. */
    enum Kind {
        /** Connection refused, reset, unreachable, unknown host: nothing is listening. */
        UNREACHABLE,
        /** Connected but no complete reply within the timeout. */
        TIMEOUT,
        /** HTTP 401/403: reachable but refusing us. */
        REFUSED,
        /** A reply that is not usable: HTTP 5xx or other unexpected status, malformed JSON, reply too large. */
        BAD_REPLY
    }
}
