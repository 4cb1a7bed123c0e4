package io.github.bitaxemonitor.miner;

import java.time.Duration;
import java.util.Objects;

/**
 * How a client talks to miners.
 *
 * @param timeout       per attempt, from connect to the last byte of the reply; positive
 * @param retries       further attempts after a failed one (0 = one attempt only); backoff between them is exponential
 *                      with jitter, and the whole poll stays within the collector's cycle
 * @param maxReplyBytes a reply longer than this is abandoned as BAD_REPLY (a 50 MB or endless body must not hurt)
 */
public record ClientSettings(Duration timeout, int retries, long maxReplyBytes) {
    public static final long DEFAULT_MAX_REPLY_BYTES = 256 * 1024;

    public ClientSettings {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        if (retries < 0) {
            throw new IllegalArgumentException("retries must be >= 0");
        }
        if (maxReplyBytes < 1024) {
            throw new IllegalArgumentException("maxReplyBytes must be >= 1024");
        }
    }
}
