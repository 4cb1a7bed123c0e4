package io.github.bitaxemonitor.ops;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * What the monitor says about itself after a cycle, as {@value HeartbeatFile#NAME} holds it. Facts the OS does not
 * expose (no /proc, no thermal zone) are null, never zero, so a reader can tell "unknown" from "none".
 *
 * @param pid          the monitor's process id
 * @param startedAt    when that process started monitoring
 * @param writtenAt    when this heartbeat was written (the collector's clock)
 * @param cycle        the last cycle's number in this run (1, 2, ...)
 * @param cycleStarted when the last cycle began
 * @param cycleTook    how long the last cycle took, from its start to its rows being written
 * @param interval     the configured time between cycle starts
 * @param miners       miners polled in the last cycle
 * @param rowsWritten  rows the last cycle made durable
 * @param rowsTotal    rows made durable since the process started
 * @param writeFailures cycles in a row whose write failed (0 once a write works again)
 * @param writeError   why the last write failed (raw, from the OS: escape before showing); null when it worked
 * @param heldRows     rows kept in memory for the next write
 * @param offline      miners whose last poll got no answer
 * @param stoppedAt    when the monitor stopped cleanly; null while it runs
 * @param disk         the data directory's file system; null when it cannot be asked
 * @param process      the monitor process's resources
 * @param host         the machine's load, memory and temperature
 */
public record Heartbeat(long pid, Instant startedAt, Instant writtenAt, long cycle, Instant cycleStarted,
                        Duration cycleTook, Duration interval, int miners, int rowsWritten, long rowsTotal,
                        int writeFailures, String writeError, int heldRows, int offline, Instant stoppedAt,
                        Disk disk, Resources process, Host host) {

    /** The same heartbeat, marked as the last of a clean stop. */
    public Heartbeat stopped(Instant at) {
        return new Heartbeat(pid, startedAt, at, cycle, cycleStarted, cycleTook, interval, miners, rowsWritten,
                rowsTotal, writeFailures, writeError, heldRows, offline, at, disk, process, host);
    }

    /** The same heartbeat with the disk as measured now. */
    public Heartbeat withDisk(Disk now) {
        return new Heartbeat(pid, startedAt, writtenAt, cycle, cycleStarted, cycleTook, interval, miners, rowsWritten,
                rowsTotal, writeFailures, writeError, heldRows, offline, stoppedAt, now, process, host);
    }

    /**
     * The data directory's file system.
     *
     * @param freeBytes  what this process may still write (blocks reserved for root excluded)
     * @param usedBytes  what is in use
     * @param totalBytes the file system's size
     */
    public record Disk(long freeBytes, long usedBytes, long totalBytes) {
        /** The file system holding {@code dir}, now; null when it cannot be asked (gone, no permission). */
        public static Disk measure(Path dir) {
            try {
                FileStore store = Files.getFileStore(dir);
                long total = store.getTotalSpace();
                return new Disk(store.getUsableSpace(), Math.max(0, total - store.getUnallocatedSpace()), total);
            } catch (IOException e) {
                return null;
            }
        }

        /** Percent in use as {@code df} shows it (used over used plus available), 0..100. */
        public double usedPct() {
            long whole = usedBytes + freeBytes;
            return whole <= 0 ? 0 : 100.0 * usedBytes / whole;
        }
    }

    /**
     * The monitor process: resident memory, open file descriptors and how many of them are sockets (Linux: from
     * /proc/self).
     */
    public record Resources(Long rssBytes, Integer openFds, Integer sockets) {
    }

    /**
     * The machine: load averages, memory (/proc/meminfo) and the hottest thermal zone in degrees Celsius.
     */
    public record Host(Double load1, Double load5, Double load15, Long memTotalBytes, Long memAvailableBytes,
                       Double temperatureC) {
    }
}
