package io.github.bitaxemonitor.ops;

import java.time.Duration;
import java.time.Instant;

/** Heartbeats for tests: a healthy one written at {@link #AT}, and changes of it. */
final class Heartbeats {
    static final Instant AT = Instant.parse("2026-12-06T03:00:00Z");
    static final Duration INTERVAL = Duration.ofSeconds(30);
    static final long GB = 1_000_000_000L;

    private Heartbeats() {
    }

    static Heartbeat healthy() {
        return new Heartbeat(4242, AT.minusSeconds(3600), AT, 120, AT.minusSeconds(2), Duration.ofMillis(1800),
                INTERVAL, 12, 12, 1440, 0, null, 0, 1, null, new Heartbeat.Disk(40 * GB, 20 * GB, 64 * GB),
                new Heartbeat.Resources(80_000_000L, 31, 13),
                new Heartbeat.Host(0.5, 0.4, 0.3, 4 * GB, 3 * GB, 48.3));
    }

    static Heartbeat withDisk(long freeBytes, long usedBytes) {
        Heartbeat h = healthy();
        return new Heartbeat(h.pid(), h.startedAt(), h.writtenAt(), h.cycle(), h.cycleStarted(), h.cycleTook(),
                h.interval(), h.miners(), h.rowsWritten(), h.rowsTotal(), h.writeFailures(), h.writeError(),
                h.heldRows(), h.offline(), h.stoppedAt(), new Heartbeat.Disk(freeBytes, usedBytes,
                freeBytes + usedBytes), h.process(), h.host());
    }

    static Heartbeat withCycle(Duration took) {
        Heartbeat h = healthy();
        return new Heartbeat(h.pid(), h.startedAt(), h.writtenAt(), h.cycle(), h.cycleStarted(), took,
                h.interval(), h.miners(), h.rowsWritten(), h.rowsTotal(), h.writeFailures(), h.writeError(),
                h.heldRows(), h.offline(), h.stoppedAt(), h.disk(), h.process(), h.host());
    }

    static Heartbeat failingWrites(int cycles, String error, int held) {
        Heartbeat h = healthy();
        return new Heartbeat(h.pid(), h.startedAt(), h.writtenAt(), h.cycle(), h.cycleStarted(), h.cycleTook(),
                h.interval(), h.miners(), 0, h.rowsTotal(), cycles, error, held, h.offline(), h.stoppedAt(),
                h.disk(), h.process(), h.host());
    }

    /** What a machine without /proc and /sys writes: every OS fact absent. */
    static Heartbeat withoutOsFacts() {
        Heartbeat h = healthy();
        return new Heartbeat(h.pid(), h.startedAt(), h.writtenAt(), h.cycle(), h.cycleStarted(), h.cycleTook(),
                h.interval(), h.miners(), h.rowsWritten(), h.rowsTotal(), h.writeFailures(), h.writeError(),
                h.heldRows(), h.offline(), h.stoppedAt(), null, new Heartbeat.Resources(null, null, null),
                new Heartbeat.Host(null, null, null, null, null, null));
    }
}
