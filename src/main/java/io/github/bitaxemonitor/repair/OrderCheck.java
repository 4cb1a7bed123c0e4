package io.github.bitaxemonitor.repair;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per miner, whether timestamps go forward, and whether any lies in the future. Order is judged per address because
 * the collector writes the miners of one poll in completion order, not in address order.
 */
final class OrderCheck {
    /** Clocks of the machine that wrote a file and of the one reading it may disagree a little. */
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);
    /** A hostile file can name millions of addresses; the least recently seen are forgotten beyond this. */
    private static final int MAX_MINERS = 10_000;

    private final Instant future;
    private final Map<String, Instant> last = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > MAX_MINERS;
        }
    };

    OrderCheck(Clock clock) {
        this.future = clock.instant().plus(FUTURE_TOLERANCE);
    }

    /** The timestamp of this miner's previous row when this one is earlier; null when in order. */
    Instant outOfOrder(String address, Instant at) {
        Instant before = last.get(address);
        if (before != null && at.isBefore(before)) {
            return before;
        }
        last.put(address, at);
        return null;
    }

    boolean inFuture(Instant at) {
        return at.isAfter(future);
    }
}
