package io.github.bitaxemonitor.sim;

import java.util.SplittableRandom;

/**
 * A mean-reverting random walk (Ornstein-Uhlenbeck process sampled once per simulated second) kept inside
 * [min, max]: values wander like real sensor readings but never run away, whatever the number of steps.
 */
final class Drift {
    /** Where the value is pulled back to. */
    private final double mean;
    /** Long-run standard deviation around the mean. */
    private final double stdDev;
    /** Fraction of the distance to the mean kept after one second: exp(-ln2 / halfLife), in (0, 1). */
    private final double keep;
    private final double min;
    private final double max;
    /** Current value, always within [min, max]. */
    private double value;

    Drift(double mean, double stdDev, double halfLifeSeconds, double min, double max, SplittableRandom rng) {
        this.mean = mean;
        this.stdDev = stdDev;
        this.keep = Math.exp(-Math.log(2) / halfLifeSeconds);
        this.min = min;
        this.max = max;
        this.value = clamp(mean + stdDev * rng.nextGaussian());
    }

    double step(SplittableRandom rng) {
        value = clamp(mean + (value - mean) * keep + stdDev * Math.sqrt(1 - keep * keep) * rng.nextGaussian());
        return value;
    }

    double value() {
        return value;
    }

    /** Where the value sits between min and max, 0..1 (used to map a healthy reading into a fault's range). */
    double position() {
        return (value - min) / (max - min);
    }

    private double clamp(double v) {
        return Math.max(min, Math.min(max, v));
    }
}
