package io.github.bitaxemonitor.sim;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * What a miner counts since it booted: uptime, shares found at its pool difficulty, best difficulties, the moving
 * averages of its hashrate and the hashes done (for the since-boot average). Not thread-safe: the owning
 * {@link SimulatedMiner} guards it.
 */
final class MiningCounters {
    private static final double REJECT_PROBABILITY = 0.004;
    private static final double TWO_POW_32 = 4294967296.0;

    private final int poolDifficulty;
    /** Per-second weight of each moving average, 1 - exp(-1 / window). */
    private final double[] weights;
    /** The moving averages in GH/s, one per window. */
    private final double[] averages;

    private long uptimeSeconds;
    private long accepted;
    private long rejectedAboveTarget;
    private long rejectedStale;
    /** Fraction of a share found but not yet counted, in [0, 1). */
    private double shareCredit;
    private double bestDiff;
    private double bestSessionDiff;
    /** GH done since boot (sum of each second's rate), for the since-boot average. */
    private double hashedGh;

    /**
     * A miner found running for 1 h to 21 days, with the shares and best difficulties such a run gives.
     *
     * @param expectedGhs    the nominal rate, from which the past shares are drawn
     * @param currentGhs     where the moving averages start
     * @param windowsSeconds the windows of the moving averages (e.g. 60, 600, 3600)
     */
    MiningCounters(int poolDifficulty, double expectedGhs, double currentGhs, double[] windowsSeconds,
            SplittableRandom rng) {
        this.poolDifficulty = poolDifficulty;
        this.weights = new double[windowsSeconds.length];
        this.averages = new double[windowsSeconds.length];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1 - Math.exp(-1 / windowsSeconds[i]);
            averages[i] = currentGhs;
        }
        uptimeSeconds = 3600 + rng.nextLong(20L * 24 * 3600);
        double rate = sharesPerSecond(expectedGhs * 0.98);
        long found = Math.round(rate * uptimeSeconds * (0.95 + 0.1 * rng.nextDouble()));
        rejectedAboveTarget = Math.round(found * REJECT_PROBABILITY * 0.7);
        rejectedStale = Math.round(found * REJECT_PROBABILITY * 0.3);
        accepted = found - rejectedAboveTarget - rejectedStale;
        bestSessionDiff = poolDifficulty * Math.pow(10, 3 + 2.5 * rng.nextDouble());
        bestDiff = bestSessionDiff * Math.pow(10, 1.5 * rng.nextDouble());
        hashedGh = currentGhs * uptimeSeconds;
    }

    /** The first half of a simulated second: one more second of uptime. */
    void tick() {
        uptimeSeconds++;
    }

    /** The second half: the averages move towards this second's rate and its shares are counted. */
    void record(double reportedGhs, boolean countShares, SplittableRandom rng) {
        for (int i = 0; i < averages.length; i++) {
            averages[i] += (reportedGhs - averages[i]) * weights[i];
        }
        hashedGh += reportedGhs;
        if (countShares) {
            shareCredit += sharesPerSecond(reportedGhs);
            while (shareCredit >= 1) {
                shareCredit -= 1;
                countShare(rng);
            }
        }
    }

    /** Uptime, session shares, session best and averages start again from zero; the all-time best stays. */
    void reboot() {
        uptimeSeconds = 0;
        accepted = 0;
        rejectedAboveTarget = 0;
        rejectedStale = 0;
        shareCredit = 0;
        bestSessionDiff = 0;
        hashedGh = 0;
        Arrays.fill(averages, 0);
    }

    private void countShare(SplittableRandom rng) {
        if (rng.nextDouble() < REJECT_PROBABILITY) {
            if (rng.nextDouble() < 0.7) {
                rejectedAboveTarget++;
            } else {
                rejectedStale++;
            }
            return;
        }
        accepted++;
        double diff = poolDifficulty / (1 - rng.nextDouble());
        bestSessionDiff = Math.max(bestSessionDiff, diff);
        bestDiff = Math.max(bestDiff, diff);
    }

    private double sharesPerSecond(double ghs) {
        return ghs * 1e9 / (poolDifficulty * TWO_POW_32);
    }

    int poolDifficulty() {
        return poolDifficulty;
    }

    long uptimeSeconds() {
        return uptimeSeconds;
    }

    long accepted() {
        return accepted;
    }

    long rejectedAboveTarget() {
        return rejectedAboveTarget;
    }

    long rejectedStale() {
        return rejectedStale;
    }

    double bestDiff() {
        return bestDiff;
    }

    double bestSessionDiff() {
        return bestSessionDiff;
    }

    /** The moving average of window {@code i} (in the order given at construction), GH/s. */
    double average(int i) {
        return averages[i];
    }

    /** GH/s averaged over the whole uptime; 0 right after boot. */
    double sinceBoot() {
        return uptimeSeconds == 0 ? 0 : hashedGh / uptimeSeconds;
    }
}
