package io.github.bitaxemonitor.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A UTC clock the test moves by hand with {@link #advance}, and that can also step forward on every reading (so
 * code that names things after the time, such as backups, gets distinct times without a test sleeping).
 */
public final class TestClock extends Clock {
    /** Added to the time before each reading; zero for a clock that only moves when the test advances it. */
    private final Duration stepPerReading;
    /** The time the last reading returned (or the start); guarded by this. */
    private Instant now;

    /** A clock standing still at {@code start} until the test advances it. */
    public TestClock(Instant start) {
        this(start, Duration.ZERO);
    }

    private TestClock(Instant start, Duration stepPerReading) {
        this.now = start;
        this.stepPerReading = stepPerReading;
    }

    /** A clock whose every reading is {@code step} later than the one before; the first is {@code start + step}. */
    public static TestClock stepping(Instant start, Duration step) {
        return new TestClock(start, step);
    }

    public synchronized void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public synchronized Instant instant() {
        now = now.plus(stepPerReading);
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
