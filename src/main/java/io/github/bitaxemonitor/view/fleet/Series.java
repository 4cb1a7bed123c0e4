package io.github.bitaxemonitor.view.fleet;

/** The newest readings of one metric, oldest first, in a fixed-size ring; NaN marks a row without the reading. */
public final class Series {
    private final double[] ring;
    /** Index the next value goes to. */
    private int next;
    /** Values held, <= ring.length. */
    private int size;

    Series(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity < 1");
        }
        ring = new double[capacity];
    }

    void add(Double value) {
        ring[next] = value == null ? Double.NaN : value;
        next = (next + 1) % ring.length;
        size = Math.min(size + 1, ring.length);
    }

    /** The newest {@code n} values (fewer when fewer were added), oldest first. */
    public double[] last(int n) {
        int k = Math.min(n, size);
        double[] out = new double[k];
        for (int i = 0; i < k; i++) {
            out[i] = ring[Math.floorMod(next - k + i, ring.length)];
        }
        return out;
    }

    public int size() {
        return size;
    }
}
