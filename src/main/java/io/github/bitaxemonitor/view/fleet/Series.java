package io.github.bitaxemonitor.view.fleet;

/**
 * The newest readings of one metric, oldest first, in a ring; NaN marks a row without the reading (or a row in which
 * the miner did not answer). Floats, and grown only as readings come, up to a capacity the caller gives each time:
 * a fleet of 100,000 miners cannot keep 240 doubles per chart per miner, so {@link FleetBudget} shares a total
 * among them, and a miner seen once costs a few bytes.
 */
public final class Series {
    private static final int FIRST = 8;
    private static final float[] NONE = new float[0];

    private float[] ring = NONE;
    /** Index the next value goes to. */
    private int next;
    /** Values held, <= ring.length. */
    private int size;

    /**
     * @param capacity how many values this series may hold now, >= 1; a ring already larger keeps its size
     */
    void add(Double value, int capacity) {
        if (size == ring.length && ring.length < capacity) {
            grow(Math.min(capacity, Math.max(FIRST, ring.length * 2)));
        }
        ring[next] = value == null ? Float.NaN : value.floatValue();
        next = (next + 1) % ring.length;
        size = Math.min(size + 1, ring.length);
    }

    /** Copies the values, oldest first, into a larger ring (only when the ring is full, so all of it is in use). */
    private void grow(int length) {
        float[] bigger = new float[length];
        for (int i = 0; i < size; i++) {
            bigger[i] = ring[(next + i) % ring.length];
        }
        ring = bigger;
        next = size;
    }

    /** The newest {@code n} values (fewer when fewer were kept), oldest first. */
    public double[] last(int n) {
        int k = Math.min(n, size);
        double[] out = new double[k];
        for (int i = 0; i < k; i++) {
            out[i] = ring[Math.floorMod(next - k + i, ring.length)];
        }
        return out;
    }

    /** The newest value; NaN when there is none or the newest row had none. */
    public double newest() {
        return size == 0 ? Double.NaN : ring[Math.floorMod(next - 1, ring.length)];
    }

    public int size() {
        return size;
    }
}
