package io.github.bitaxemonitor.analyze.segment;

import io.github.bitaxemonitor.analyze.stats.BlockSeries;
import io.github.bitaxemonitor.analyze.stats.LogHistogram;
import io.github.bitaxemonitor.analyze.stats.Moments;
import io.github.bitaxemonitor.analyze.stats.Summary;

/**
 * The statistics of one group of rows (a miner at one configuration, or one side of a comparison): distributions of
 * the stable rows, and counts of every row that was left out and why. Rows arrive in time order.
 */
public final class Accumulator {
    private final Moments hashrate = new Moments();
    private final LogHistogram hashrateQ = new LogHistogram();
    private final Moments pctExpected = new Moments();
    private final Moments asicTemp = new Moments();
    private final LogHistogram asicTempQ = new LogHistogram();
    private final Moments vrTemp = new Moments();
    private final Moments power = new Moments();
    private final LogHistogram powerQ = new LogHistogram();
    private final Moments jth = new Moments();
    private final LogHistogram jthQ = new LogHistogram();
    private final BlockSeries blocks;
    /** Sums over stable rows that have both hashrate and power: J/TH of the group is energy over hashes. */
    private double pairedHash;
    private double pairedPower;
    private final long[] rowsByKind = new long[RowKind.values().length];
    private long runtimeMs;
    private long stableMs;
    private long sharesAccepted;
    private long sharesRejected;
    private long shareMs;
    int segments;
    int throttledSegments;
    int reboots;
    long firstMs = Long.MAX_VALUE;
    long lastMs = Long.MIN_VALUE;

    public Accumulator(long blockMs) {
        blocks = new BlockSeries(blockMs);
    }

    void count(RowKind kind, long timeMs, long dtMs) {
        rowsByKind[kind.ordinal()]++;
        if (kind != RowKind.FAULT && kind != RowKind.PAUSED) {
            runtimeMs += dtMs;
        }
        firstMs = Math.min(firstMs, timeMs);
        lastMs = Math.max(lastMs, timeMs);
    }

    void stable(long timeMs, long dtMs, double h, double expected, double asic, double vr, double w) {
        stableMs += dtMs;
        hashrate.add(h);
        hashrateQ.add(h);
        if (expected > 0 && !Double.isNaN(h)) {
            pctExpected.add(h * 100 / expected);
        }
        asicTemp.add(asic);
        asicTempQ.add(asic);
        vrTemp.add(vr);
        power.add(w);
        powerQ.add(w);
        if (!Double.isNaN(w) && h > 0) {
            double j = w / (h / 1000);
            jth.add(j);
            jthQ.add(j);
            pairedHash += h;
            pairedPower += w;
        }
        blocks.add(timeMs, h, w);
    }

    void shares(long accepted, long rejected, long dtMs) {
        sharesAccepted += accepted;
        sharesRejected += rejected;
        shareMs += dtMs;
    }

    public long rows(RowKind kind) {
        return rowsByKind[kind.ordinal()];
    }

    public long rows() {
        long n = 0;
        for (long r : rowsByKind) {
            n += r;
        }
        return n;
    }

    public Summary hashrate() {
        return Summary.of(hashrate, hashrateQ);
    }

    public Summary asicTemp() {
        return Summary.of(asicTemp, asicTempQ);
    }

    public Summary vrTemp() {
        return Summary.of(vrTemp, null);
    }

    public Summary power() {
        return Summary.of(power, powerQ);
    }

    /** Per-row J/TH distribution. */
    public Summary jthRows() {
        return Summary.of(jth, jthQ);
    }

    /** J/TH over the stable time: energy over hashes (mean power / mean hashrate); NaN without both. */
    public double jth() {
        return pairedHash > 0 ? pairedPower / pairedHash * 1000 : Double.NaN;
    }

    public double pctExpected() {
        return pctExpected.mean();
    }

    /** rejected / (accepted + rejected) over the judged time, in %; NaN before any share. */
    public double rejectPct() {
        long total = sharesAccepted + sharesRejected;
        return total > 0 ? sharesRejected * 100.0 / total : Double.NaN;
    }

    /** Accepted shares per hour over the judged time; NaN without share counters. */
    public double sharesPerHour() {
        return shareMs > 0 ? sharesAccepted * 3_600_000.0 / shareMs : Double.NaN;
    }

    public long runtimeMs() {
        return runtimeMs;
    }

    public long stableMs() {
        return stableMs;
    }

    public BlockSeries blocks() {
        return blocks;
    }

    public int segments() {
        return segments;
    }

    public int throttledSegments() {
        return throttledSegments;
    }

    /** Reboots inside segments (not the ones that applied a configuration). */
    public int reboots() {
        return reboots;
    }

    public long firstMs() {
        return firstMs;
    }

    public long lastMs() {
        return lastMs;
    }
}
