package io.github.bitaxemonitor.analyze.segment;

import io.github.bitaxemonitor.analyze.read.RowBatch;
import io.github.bitaxemonitor.model.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One miner's walk through its rows, in time order: which configuration it runs, where segments start and end, when
 * it is warming up, and which accumulator each row goes to.
 */
public final class MinerState {
    private final Settings settings;
    private final String address;
    private String alias;
    private String hostname;
    private final Map<String, Accumulator> configs = new LinkedHashMap<>();
    private final List<Segment> segments = new ArrayList<>();
    private final Timeline timeline;
    /** Times (epoch ms, ascending) where named sessions start or end, each with its label; they cut segments. */
    private final long[] cuts;
    private final String[] cutLabels;
    private int nextCut;

    // The open segment.
    private String config;
    private double lastFrequency = Double.NaN;
    private double lastMv = Double.NaN;
    private Accumulator acc;
    private String cause;
    private long segStart;
    private long segEnd;
    private long segRows;
    private long segWarmup;
    private long segThrottled;
    private long segFault;
    private long segPaused;
    private int segReboots;
    private double segHashSum;
    private long segHashN;
    private double segPairH;
    private double segPairP;

    private long settleUntil = Long.MIN_VALUE;
    private long lastTime = Long.MIN_VALUE;
    private long lastUptime = -1;
    private long lastAccepted = -1;
    private long lastRejected = -1;
    private boolean wasPaused;

    MinerState(Settings settings, String address, boolean withTimeline, long[] cuts, String[] cutLabels) {
        this.settings = settings;
        this.address = address;
        this.timeline = withTimeline ? new Timeline() : null;
        this.cuts = cuts;
        this.cutLabels = cutLabels;
    }

    void names(String alias, String hostname) {
        this.alias = alias;
        this.hostname = hostname;
    }

    /**
     * Takes one row. Returns its kind, or null when the row has no clock configuration (counted nowhere: nothing
     * can be said about a configuration it does not name).
     */
    RowKind row(RowBatch b, int i) {
        long t = b.time(i);
        Status status = b.status(i);
        double h = b.hashrate(i);
        double w = b.power(i);
        double mv = b.coreMv(i);
        double mhz = b.frequency(i);
        long uptime = b.uptime(i);
        boolean reachable = status.reachable() && status != Status.FAULT;
        boolean sameClocks = Double.compare(mhz, lastFrequency) == 0 && Double.compare(mv, lastMv) == 0;
        if (reachable && !sameClocks && !(Double.isNaN(mhz) && Double.isNaN(mv))) {
            lastFrequency = mhz;
            lastMv = mv;
            String next = ClockLabel.of(mhz, mv);
            if (!next.equals(config)) {
                // The first row of a miner: its configuration began at the latest at its last boot. A change: now
                // (a reboot that applied it is part of the change, not an instability).
                settleUntil = config == null && uptime >= 0 ? t - uptime * 1000 + settings.settle().toMillis()
                        : t + settings.settle().toMillis();
                open(next, config == null ? "first row" : "configuration change", t);
                config = next;
                lastUptime = uptime;
                lastAccepted = -1;
                lastRejected = -1;
            }
        }
        if (config == null) {
            lastTime = t;
            return null;
        }
        while (nextCut < cuts.length && t >= cuts[nextCut]) {
            open(config, cutLabels[nextCut++], t);
        }
        long dt = lastTime == Long.MIN_VALUE ? 0 : Math.max(0, Math.min(t - lastTime, settings.gapCap().toMillis()));
        RowKind kind;
        boolean paused = status == Status.PAUSED || b.paused(i) == 1 || b.condition(i, Status.PAUSED);
        if (!reachable || stalled(b, i)) {
            kind = RowKind.FAULT;
        } else if (paused) {
            kind = RowKind.PAUSED;
        } else {
            if (lastUptime >= 0 && uptime >= 0 && uptime < lastUptime) {
                segReboots++;
                acc.reboots++;
                settleUntil = t - uptime * 1000 + settings.settle().toMillis();
                lastAccepted = -1;
                lastRejected = -1;
            }
            if (wasPaused) {
                settleUntil = Math.max(settleUntil, t + settings.settle().toMillis()); // it ramps up again
            }
            kind = t < settleUntil ? RowKind.WARMUP : throttled(b, i) ? RowKind.THROTTLED : RowKind.STABLE;
        }
        if (reachable) {
            wasPaused = paused;
        }
        segRows++;
        segEnd = t;
        acc.count(kind, t, dt);
        switch (kind) {
            case WARMUP -> segWarmup++;
            case THROTTLED -> segThrottled++;
            case FAULT -> segFault++;
            case PAUSED -> segPaused++;
            case STABLE -> {
                acc.stable(t, dt, h, b.expected(i), b.asicTemp(i), b.vrTemp(i), w);
                if (!Double.isNaN(h)) {
                    segHashSum += h;
                    segHashN++;
                    if (!Double.isNaN(w) && h > 0) {
                        segPairH += h;
                        segPairP += w;
                    }
                }
                long accepted = b.accepted(i);
                long rejected = b.rejected(i);
                if (lastAccepted >= 0 && accepted >= lastAccepted && rejected >= lastRejected && lastRejected >= 0
                        && lastTime != Long.MIN_VALUE) {
                    acc.shares(accepted - lastAccepted, rejected - lastRejected, t - lastTime);
                }
            }
        }
        if (timeline != null && kind != RowKind.FAULT) {
            timeline.add(t, config, h, b.asicTemp(i), w, kind == RowKind.THROTTLED);
        }
        if (reachable) {
            lastUptime = uptime >= 0 ? uptime : lastUptime;
            lastAccepted = b.accepted(i);
            lastRejected = b.rejected(i);
        }
        lastTime = t;
        return kind;
    }

    /**
     * The conditions column counts as much as the status: the status is only the most urgent condition, so one
     * under a more urgent one (a stalled miner that is also HOT) is seen only there. Files of schema 1 have no
     * conditions or actual clock: their rows are judged by the status and the hashrate alone.
     */
    private boolean throttled(RowBatch b, int i) {
        double h = b.hashrate(i);
        double expected = b.expected(i);
        double set = b.frequency(i);
        return b.overheat(i) == 1 || either(b, i, Status.OVERHEAT) || either(b, i, Status.HOT)
                || either(b, i, Status.NO_HASH)
                || (set > 0 && b.frequencyActual(i) < settings.slowClockFraction() * set)
                || (expected > 0 && !Double.isNaN(h) && h < settings.collapseFraction() * expected);
    }

    /** Claims hashrate while the shares do not move: the hashrate figure cannot be trusted. */
    private static boolean stalled(RowBatch b, int i) {
        return either(b, i, Status.STALLED);
    }

    private static boolean either(RowBatch b, int i, Status s) {
        return b.status(i) == s || b.condition(i, s);
    }

    private void open(String nextConfig, String why, long t) {
        close();
        acc = configs.computeIfAbsent(nextConfig, k -> new Accumulator(settings.block().toMillis()));
        cause = why;
        segStart = t;
        segEnd = t;
    }

    /** Ends the open segment (at the end of the scan, or when the next one starts). */
    void close() {
        if (acc == null || segRows == 0) {
            return;
        }
        acc.segments++;
        if (segThrottled > 0) {
            acc.throttledSegments++;
        }
        segments.add(new Segment(config, cause, segStart, segEnd, segRows, segWarmup, segThrottled, segFault, segPaused,
                segReboots, segHashN > 0 ? segHashSum / segHashN : Double.NaN,
                segPairH > 0 ? segPairP / segPairH * 1000 : Double.NaN));
        segRows = 0;
        segWarmup = 0;
        segThrottled = 0;
        segFault = 0;
        segPaused = 0;
        segReboots = 0;
        segHashSum = 0;
        segHashN = 0;
        segPairH = 0;
        segPairP = 0;
    }

    public String address() {
        return address;
    }

    /** The configuration of the open segment (the last row's); null before any row named one. */
    String config() {
        return config;
    }

    /** As every view names a miner: alias, else hostname, else address. */
    public String name() {
        if (alias != null && !alias.isBlank()) {
            return alias;
        }
        return hostname != null && !hostname.isBlank() ? hostname : address;
    }

    public String alias() {
        return alias;
    }

    public String hostname() {
        return hostname;
    }

    /** Accumulators by configuration, in the order first seen. */
    public Map<String, Accumulator> configs() {
        return configs;
    }

    public List<Segment> segments() {
        return segments;
    }

    /** Null unless the query asked for charts. */
    public Timeline timeline() {
        return timeline;
    }
}
