package io.github.bitaxemonitor.analyze.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * A miner's history for charts, in bounded memory: rows are averaged into time buckets that start at one minute and
 * double (neighbours merged) whenever there would be more than {@link #MAX_POINTS}, so any history gives between
 * half and all of that many points. Each bucket keeps the configuration most of its rows ran at.
 */
public final class Timeline {
    static final int MAX_POINTS = 720;

    /** One bucket; means are NaN where no row had the reading. */
    public record Point(long startMs, String config, double hashrate, double asicTemp, double power, boolean flagged) {
    }

    private long bucketMs = 60_000;
    private final List<Bucket> buckets = new ArrayList<>();

    private static final class Bucket {
        long start;
        String config;
        long configRows;
        double h;
        long nh;
        double t;
        long nt;
        double p;
        long np;
        boolean flagged;

        void merge(Bucket o) {
            if (o.configRows > configRows) {
                config = o.config;
                configRows = o.configRows;
            }
            h += o.h;
            nh += o.nh;
            t += o.t;
            nt += o.nt;
            p += o.p;
            np += o.np;
            flagged |= o.flagged;
        }
    }

    void add(long timeMs, String config, double hashrate, double asic, double watts, boolean flagged) {
        long start = Math.floorDiv(timeMs, bucketMs) * bucketMs;
        Bucket b = buckets.isEmpty() ? null : buckets.get(buckets.size() - 1);
        if (b == null || b.start != start) {
            if (buckets.size() == MAX_POINTS) {
                coarsen();
                add(timeMs, config, hashrate, asic, watts, flagged);
                return;
            }
            b = new Bucket();
            b.start = start;
            b.config = config;
            buckets.add(b);
        }
        if (config.equals(b.config)) {
            b.configRows++;
        } else if (--b.configRows < 0) {
            b.config = config;
            b.configRows = 1;
        }
        if (!Double.isNaN(hashrate)) {
            b.h += hashrate;
            b.nh++;
        }
        if (!Double.isNaN(asic)) {
            b.t += asic;
            b.nt++;
        }
        if (!Double.isNaN(watts)) {
            b.p += watts;
            b.np++;
        }
        b.flagged |= flagged;
    }

    private void coarsen() {
        bucketMs *= 2;
        List<Bucket> merged = new ArrayList<>();
        for (Bucket b : buckets) {
            b.start = Math.floorDiv(b.start, bucketMs) * bucketMs;
            Bucket last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.start == b.start) {
                last.merge(b);
            } else {
                merged.add(b);
            }
        }
        buckets.clear();
        buckets.addAll(merged);
    }

    public List<Point> points() {
        List<Point> out = new ArrayList<>(buckets.size());
        for (Bucket b : buckets) {
            out.add(new Point(b.start, b.config, b.nh > 0 ? b.h / b.nh : Double.NaN,
                    b.nt > 0 ? b.t / b.nt : Double.NaN, b.np > 0 ? b.p / b.np : Double.NaN, b.flagged));
        }
        return out;
    }

    public long bucketMs() {
        return bucketMs;
    }
}
