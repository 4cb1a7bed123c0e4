package io.github.bitaxemonitor.view.fleet;

/**
 * How much of the heap the fleet model may take, so that the viewer's memory is bounded by the heap cap rather than
 * by the number of miners in a file: at most {@code maxMiners} miners, and chart histories that share
 * {@code historyValues} readings (three charts per miner), each at most {@code maxHistory} long.
 *
 * @param maxMiners     miners the fleet holds; rows of further miners are refused (and counted); >= 1
 * @param maxHistory    readings per chart when there is room; >= 1
 * @param historyValues readings all charts share; a miner's charts are never shorter than {@link #MIN_HISTORY}
 */
public record FleetBudget(int maxMiners, int maxHistory, long historyValues) {
    /** Sparkline history per miner when there is room: a full-width chart on a wide terminal. */
    public static final int DEFAULT_HISTORY = 240;
    /** Even a huge fleet keeps this much of each chart (a third of an 80-column detail pane's sparkline). */
    static final int MIN_HISTORY = 16;
    /**
     * What a miner costs besides its charts: `tools/bench viewer-scale` measured 1,647 bytes a miner with 12-reading
     * charts (~1,500 without) at 100,000 miners (docs/PERFORMANCE.md). At 1,200 a 320 MB heap let 135,000 miners in,
     * and the heap was so full that collections took 140 s of a summary that takes 23 s at 100,000.
     */
    static final int BYTES_PER_MINER = 1_500;
    /** Bytes per chart reading (a float). */
    static final int BYTES_PER_READING = Float.BYTES;
    /** Heap left for everything else: decoding a batch of rows, and writing a report of every miner. */
    static final long RESERVE = 96L << 20;

    public FleetBudget {
        if (maxMiners < 1 || maxHistory < 1 || historyValues < 0) {
            throw new IllegalArgumentException("maxMiners and maxHistory must be >= 1, historyValues >= 0");
        }
    }

    /**
     * The budget for a heap of {@code maxHeapBytes}: after {@link #RESERVE}, a quarter for the charts, the rest for
     * the miners themselves.
     */
    public static FleetBudget forHeap(long maxHeapBytes) {
        long usable = Math.max(16L << 20, maxHeapBytes - RESERVE);
        long charts = usable / 4;
        long miners = (usable - charts) / BYTES_PER_MINER;
        return new FleetBudget((int) Math.min(Integer.MAX_VALUE, miners), DEFAULT_HISTORY, charts / BYTES_PER_READING);
    }

    /** The budget for this JVM's heap cap (the launchers set one). */
    public static FleetBudget forThisJvm() {
        return forHeap(Runtime.getRuntime().maxMemory());
    }

    /** No limit on miners, charts of {@code maxHistory} each: for small fleets and tests. */
    public static FleetBudget history(int maxHistory) {
        return new FleetBudget(Integer.MAX_VALUE, maxHistory, Long.MAX_VALUE);
    }

    /** Readings each chart may hold while the fleet has {@code miners} miners. */
    int historyFor(int miners) {
        long share = historyValues / (3L * Math.max(1, miners));
        return (int) Math.max(Math.min(MIN_HISTORY, maxHistory), Math.min(maxHistory, share));
    }
}
