package io.github.bitaxemonitor.analyze.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;

class StatsTest {
    @Test
    void quantilesAreWithinTheStatedErrorOfTheExactNearestRank() {
        Random r = new Random(11);
        LogHistogram h = new LogHistogram();
        double[] v = new double[100_000];
        for (int i = 0; i < v.length; i++) {
            v[i] = i % 50 == 0 ? 0 : 500 + r.nextGaussian() * 40 + (i % 1000 == 1 ? 1e6 : 0);
            h.add(v[i]);
        }
        Arrays.sort(v);
        for (double q : new double[] {0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.999, 1.0}) {
            double exact = v[(int) Math.max(1, Math.ceil(q * v.length)) - 1];
            assertThat(h.quantile(q)).as("q=%s", q).isCloseTo(exact, within(exact * LogHistogram.RELATIVE_ERROR));
        }
        assertThat(h.quantile(0.01)).isZero();
    }

    @Test
    void welchAgreesWithCommonsMathsUnequalVarianceTest() {
        Random r = new Random(5);
        double[] a = new double[40];
        double[] b = new double[25];
        for (int i = 0; i < a.length; i++) {
            a[i] = 100 + r.nextGaussian() * 3;
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = 102 + r.nextGaussian() * 6;
        }
        Welch w = Welch.test(a, b);
        assertThat(w.p()).isCloseTo(new TTest().tTest(a, b), within(1e-9));
        assertThat(w.low()).isLessThan(w.diff()).isLessThan(w.high());
        assertThat(Welch.test(a, a.clone()).significant()).isFalse();
    }

    @Test
    void blockMeansCountOnlyFullEnoughBlocksAndStayBounded() {
        BlockSeries s = new BlockSeries(60_000);
        for (long t = 0; t < 10 * 60_000; t += 10_000) {
            s.add(t, 100 + t / 60_000, 20);
        }
        s.add(10 * 60_000, 1, 1); // one row: a block too thin to count
        assertThat(s.hashrateMeans()).hasSize(10).startsWith(100.0, 101.0);
        assertThat(s.jthMeans()[0]).isCloseTo(200, within(1e-9));
        BlockSeries big = new BlockSeries(60_000);
        for (long t = 0; t < 20_000L * 60_000; t += 20_000) {
            big.add(t, 1, 1);
        }
        assertThat(big.hashrateMeans().length).isLessThanOrEqualTo(BlockSeries.MAX_BLOCKS);
        assertThat(big.blockMs()).isGreaterThan(60_000);
    }
}
