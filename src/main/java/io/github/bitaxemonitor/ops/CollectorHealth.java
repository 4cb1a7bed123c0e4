package io.github.bitaxemonitor.ops;

import io.github.bitaxemonitor.ops.PluginOutput.Perf;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The verdict on the collector from its heartbeat, at one instant: the one judgement behind {@code monitor health}
 * and the viewer's header, so both say the same. Stopped (marked, or silent for {@value #STALE_CYCLES} cycles) and
 * failing writes are CRITICAL; a nearly full disk is WARNING at {@value #DISK_WARN_PCT} % and CRITICAL at
 * {@value #DISK_CRIT_PCT} % (or when little space is left in bytes, whatever the size); cycles longer than the
 * interval and rows held in memory are WARNING; a heartbeat that is missing or cannot be read is UNKNOWN.
 */
public final class CollectorHealth {
    public static final String SERVICE = "MONITOR";
    /** Cycles without a heartbeat after which the collector counts as stopped. */
    static final int STALE_CYCLES = 3;
    /** Added to the stale limit: a heartbeat is written after the cycle's write, which may wait on a slow disk. */
    static final Duration STALE_SLACK = Duration.ofSeconds(10);
    /** Heartbeats from further ahead than this were written by a clock that is wrong. */
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(1);
    static final double DISK_WARN_PCT = 90;
    static final double DISK_CRIT_PCT = 95;
    /** Under this a small card is full within days whatever its percentage says. */
    static final long DISK_WARN_FREE = 256L * 1024 * 1024;
    static final long DISK_CRIT_FREE = 64L * 1024 * 1024;

    private CollectorHealth() {
    }

    /**
     * Reads and judges the heartbeat at {@code file}; a missing or unreadable one is UNKNOWN, saying why. The disk is
     * measured again now where it can be: a disk that filled up after the last heartbeat (or that stopped the
     * heartbeat being written) is then told as it is.
     *
     * @param forecast the disk use per month, added to the text; null to leave it out
     */
    public static PluginOutput check(Path file, Instant now, DiskForecast forecast) {
        Heartbeat h;
        try {
            h = HeartbeatFile.read(file);
        } catch (NoSuchFileException e) {
            return unknown("no heartbeat at " + file + ": the monitor has not completed a cycle with this data"
                    + " directory (is it running, with this config?)");
        } catch (IOException e) {
            return unknown("heartbeat " + file + " unreadable: " + e.getMessage());
        }
        Heartbeat.Disk disk = Heartbeat.Disk.measure(file.toAbsolutePath().getParent());
        return judge(disk == null ? h : h.withDisk(disk), now, forecast);
    }

    private static PluginOutput unknown(String why) {
        return new PluginOutput(SERVICE, PluginStatus.UNKNOWN, why, List.of());
    }

    /** The verdict with the fleet's size and interval, the disk use and its forecast, and every figure as perfdata. */
    public static PluginOutput judge(Heartbeat h, Instant now, DiskForecast forecast) {
        Glance g = glance(h, now);
        return new PluginOutput(SERVICE, g.status(), g.text() + details(h, forecast),
                perf(h, staleAfter(h), forecast, Duration.between(h.writtenAt(), now)));
    }

    /**
     * The verdict alone, short enough for a header: "collector healthy, cycle 2s ago", "collector stopped 5 min ago",
     * "disk 92 % full (1.2 GB free)"; problems joined by "; ", worst status.
     *
     * @param text raw (the write error comes from the file): escape before showing
     */
    public record Glance(PluginStatus status, String text) {
    }

    public static Glance glance(Heartbeat h, Instant now) {
        List<String> problems = new ArrayList<>();
        PluginStatus status = PluginStatus.OK;
        Duration age = Duration.between(h.writtenAt(), now);
        Duration staleAfter = staleAfter(h);
        if (age.compareTo(FUTURE_TOLERANCE.negated()) < 0) {
            status = PluginStatus.UNKNOWN;
            problems.add("heartbeat dated " + ago(age.negated()) + " in the future (was the clock changed?)");
        } else if (h.stoppedAt() != null) {
            status = PluginStatus.CRITICAL;
            problems.add("collector stopped " + ago(Duration.between(h.stoppedAt(), now)) + " ago");
        } else if (age.compareTo(staleAfter) > 0) {
            status = PluginStatus.CRITICAL;
            problems.add("collector stopped " + ago(age) + " ago (no cycle since, expected every "
                    + ago(h.interval()) + ")");
        }
        if (h.writeFailures() > 0) {
            status = status.worse(PluginStatus.CRITICAL);
            problems.add("writes failing for " + h.writeFailures() + (h.writeFailures() == 1 ? " cycle" : " cycles")
                    + (h.writeError() == null ? "" : ": " + h.writeError()) + ", " + h.heldRows() + " rows held");
        } else if (h.heldRows() > 0) {
            status = status.worse(PluginStatus.WARNING);
            problems.add(h.heldRows() + " rows held in memory, not yet written");
        }
        if (h.disk() != null) {
            double pct = h.disk().usedPct();
            long free = h.disk().freeBytes();
            if (pct >= DISK_CRIT_PCT || free < DISK_CRIT_FREE) {
                status = status.worse(PluginStatus.CRITICAL);
                problems.add(diskText(h.disk()));
            } else if (pct >= DISK_WARN_PCT || free < DISK_WARN_FREE) {
                status = status.worse(PluginStatus.WARNING);
                problems.add(diskText(h.disk()));
            }
        }
        if (h.cycleTook().compareTo(h.interval()) > 0) {
            status = status.worse(PluginStatus.WARNING);
            problems.add("cycles too slow: " + ago(h.cycleTook()) + " per cycle, interval " + ago(h.interval()));
        }
        return new Glance(status, problems.isEmpty() ? "collector healthy, cycle " + ago(age) + " ago"
                : String.join("; ", problems));
    }

    /** The stale limit: a cycle that overran delays the next heartbeat by as much. */
    static Duration staleAfter(Heartbeat h) {
        Duration cycle = h.cycleTook().compareTo(h.interval()) > 0 ? h.cycleTook() : h.interval();
        return cycle.multipliedBy(STALE_CYCLES).plus(STALE_SLACK);
    }

    private static String diskText(Heartbeat.Disk d) {
        return String.format(Locale.ROOT, "disk %.0f %% full (%s free)", Math.floor(d.usedPct()), bytes(d.freeBytes()));
    }

    private static String details(Heartbeat h, DiskForecast forecast) {
        StringBuilder s = new StringBuilder("; ").append(h.miners()).append(h.miners() == 1 ? " miner" : " miners")
                .append(" every ").append(ago(h.interval()));
        if (h.offline() > 0) {
            s.append(" (").append(h.offline()).append(" offline)");
        }
        if (h.disk() != null) {
            s.append(String.format(Locale.ROOT, ", disk %.0f %% full", Math.floor(h.disk().usedPct())));
        }
        if (forecast != null) {
            s.append(", data ~").append(bytes((long) forecast.bytesPerMonth())).append("/month");
        }
        return s.toString();
    }

    private static List<Perf> perf(Heartbeat h, Duration staleAfter, DiskForecast forecast, Duration age) {
        List<Perf> p = new ArrayList<>();
        p.add(new Perf("age", Math.max(0, age.toMillis()) / 1000.0, "s", null, staleAfter.toMillis() / 1000.0));
        p.add(new Perf("cycle", h.cycleTook().toMillis() / 1000.0, "s", h.interval().toMillis() / 1000.0, null));
        p.add(Perf.of("miners", h.miners(), ""));
        p.add(Perf.of("offline", h.offline(), ""));
        p.add(Perf.of("rows", h.rowsWritten(), ""));
        p.add(Perf.of("rows_total", h.rowsTotal(), "c"));
        p.add(new Perf("held", h.heldRows(), "", 1.0, null));
        p.add(new Perf("write_failures", h.writeFailures(), "", null, 1.0));
        if (h.disk() != null) {
            p.add(new Perf("disk", round1(h.disk().usedPct()), "%", DISK_WARN_PCT, DISK_CRIT_PCT));
            p.add(new Perf("disk_free", h.disk().freeBytes(), "B", (double) DISK_WARN_FREE, (double) DISK_CRIT_FREE));
        }
        addIfKnown(p, "rss", h.process().rssBytes(), "B");
        addIfKnown(p, "fds", h.process().openFds(), "");
        addIfKnown(p, "sockets", h.process().sockets(), "");
        addIfKnown(p, "load1", h.host().load1(), "");
        addIfKnown(p, "mem_available", h.host().memAvailableBytes(), "B");
        addIfKnown(p, "host_temp", h.host().temperatureC(), "");
        if (forecast != null) {
            p.add(Perf.of("month", Math.round(forecast.bytesPerMonth()), "B"));
        }
        return p;
    }

    private static void addIfKnown(List<Perf> p, String label, Number v, String unit) {
        if (v != null) {
            p.add(Perf.of(label, v.doubleValue(), unit));
        }
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** "2s", "5 min", "3 h", "2 d": as exact as a glance needs. */
    static String ago(Duration d) {
        long s = Math.max(0, d.getSeconds());
        if (s < 120) {
            return s + "s";
        }
        if (s < 120 * 60) {
            return s / 60 + " min";
        }
        if (s < 48 * 3600) {
            return s / 3600 + " h";
        }
        return s / 86_400 + " d";
    }

    /** "420 B", "12.3 MB", "1.2 GB" (powers of 1000, as disks are sold). */
    public static String bytes(long b) {
        if (b < 1000) {
            return b + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB", "PB"};
        double v = b;
        int i = -1;
        while (v >= 1000 && i < units.length - 1) {
            v /= 1000;
            i++;
        }
        return String.format(Locale.ROOT, v >= 100 ? "%.0f %s" : "%.1f %s", v, units[i]);
    }
}
