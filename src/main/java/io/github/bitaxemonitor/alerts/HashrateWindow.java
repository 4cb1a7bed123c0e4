package io.github.bitaxemonitor.alerts;

import java.util.ArrayDeque;

/**
 * Seed 004's drop rule: a hashrate below a share of the mean of the last N samples. Samples taken while the drop holds
 * stay out of the window, so a miner that stays slow keeps alerting as slow rather than becoming the new normal.
 */
final class HashrateWindow {
    private final int size;
    private final ArrayDeque<Double> samples = new ArrayDeque<>();
    private double sum;

    HashrateWindow(int size) {
        this.size = size;
    }

    /** The alert text when {@code ghs} is below {@code ratio} of a full window's mean; null otherwise. */
    String dropped(Double ghs, double ratio) {
        if (ghs == null) {
            return null;
        }
        if (samples.size() == size) {
            double mean = sum / size;
            if (ghs < mean * ratio) {
                return String.format(java.util.Locale.ROOT, "hashrate %.1f GH/s < %.0f%% of the last %d samples' "
                        + "mean %.1f GH/s", ghs, ratio * 100, size, mean);
            }
            sum -= samples.removeFirst();
        }
        samples.addLast(ghs);
        sum += ghs;
        return null;
    }
}
