package io.github.bitaxemonitor.analyze.stats;

import java.util.Arrays;

/**
 * Means of consecutive time blocks, for honest uncertainty: a miner's readings a minute apart are strongly correlated
 * (the firmware averages hashrate over minutes, temperatures move slowly), so N samples carry far less than N
 * independent observations. Means of blocks much longer than that memory are close to independent, and their number
 * is the effective sample size a test may use.
 *
 * <p>Rows must arrive in time order. A block counts once it has {@link #MIN_ROWS} readings. Memory is bounded: past
 * {@link #MAX_BLOCKS} blocks, neighbours are merged pairwise (the block doubles), which only makes the blocks more
 * independent.
 */
public final class BlockSeries {
    static final int MIN_ROWS = 3;
    static final int MAX_BLOCKS = 4096;

    private long blockMs;
    private long current = Long.MIN_VALUE;
    /** Per block: readings, sum of hashrate, and sums of hashrate and power over rows that have both. */
    private long[] rows = new long[64];
    private double[] hashSum = new double[64];
    private double[] pairHash = new double[64];
    private double[] pairPower = new double[64];
    private int size;

    public BlockSeries(long blockMs) {
        if (blockMs <= 0) {
            throw new IllegalArgumentException("block length must be > 0");
        }
        this.blockMs = blockMs;
    }

    /** Adds a reading; NaN power leaves it out of J/TH only. */
    public void add(long timeMs, double hashrate, double power) {
        if (Double.isNaN(hashrate)) {
            return;
        }
        long block = Math.floorDiv(timeMs, blockMs);
        if (block != current) {
            if (size > 0 && rows[size - 1] < MIN_ROWS) {
                size--; // the previous block was too thin to mean anything: reuse its slot
            }
            if (size == rows.length) {
                if (size >= MAX_BLOCKS) {
                    halve();
                    block = Math.floorDiv(timeMs, blockMs);
                } else {
                    grow();
                }
            }
            clear(size++);
            current = block;
        }
        int i = size - 1;
        rows[i]++;
        hashSum[i] += hashrate;
        if (!Double.isNaN(power) && hashrate > 0) {
            pairHash[i] += hashrate;
            pairPower[i] += power;
        }
    }

    /** Block means of hashrate, oldest first. */
    public double[] hashrateMeans() {
        int n = complete();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = hashSum[i] / rows[i];
        }
        return out;
    }

    /** Block J/TH (energy over hashes within the block), for blocks that have both readings. */
    public double[] jthMeans() {
        int n = complete();
        double[] out = new double[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (pairHash[i] > 0) {
                out[k++] = pairPower[i] / pairHash[i] * 1000;
            }
        }
        return Arrays.copyOf(out, k);
    }

    /** The block length now in use (it doubles when history is long). */
    public long blockMs() {
        return blockMs;
    }

    private int complete() {
        return size > 0 && rows[size - 1] < MIN_ROWS ? size - 1 : size;
    }

    private void clear(int i) {
        rows[i] = 0;
        hashSum[i] = 0;
        pairHash[i] = 0;
        pairPower[i] = 0;
    }

    private void grow() {
        int n = rows.length * 2;
        rows = Arrays.copyOf(rows, n);
        hashSum = Arrays.copyOf(hashSum, n);
        pairHash = Arrays.copyOf(pairHash, n);
        pairPower = Arrays.copyOf(pairPower, n);
    }

    /** Merges neighbours pairwise and doubles the block length. */
    private void halve() {
        int n = 0;
        for (int i = 0; i < size; i += 2) {
            rows[n] = rows[i];
            hashSum[n] = hashSum[i];
            pairHash[n] = pairHash[i];
            pairPower[n] = pairPower[i];
            if (i + 1 < size) {
                rows[n] += rows[i + 1];
                hashSum[n] += hashSum[i + 1];
                pairHash[n] += pairHash[i + 1];
                pairPower[n] += pairPower[i + 1];
            }
            n++;
        }
        size = n;
        blockMs *= 2;
        current = Long.MIN_VALUE;
    }
}
