package io.github.bitaxemonitor.view.fleet;

import io.github.bitaxemonitor.model.Sample;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fleet at a glance, from each miner's latest row. Sums count only miners that answered their latest poll and
 * are not {@link MinerState#STALE stale}; every figure is null when no miner reported it.
 *
 * @param miners           miners in the window
 * @param online           miners whose latest row says they answered, and is not stale
 * @param stale            miners whose latest row is stale ({@link Fleet#stale})
 * @param byStatus         miners per state, in precedence order ({@link MinerState#PRECEDENCE}), only states that
 *                         occur
 * @param hashrateGhs      total hashrate
 * @param expectedMiners   online miners that report both a hashrate and an expected hashrate
 * @param expectedOfGhs    total hashrate of those miners: what {@link #pctOfExpected} compares, so a miner without
 *                         an expected hashrate does not count as 100% over
 * @param expectedGhs      total expected hashrate of those miners
 * @param powerW           total power, measured where the miner reports it, else the row's estimate
 * @param estimatedPowerW  the part of {@code powerW} that is estimated ({@code power_estimated_w}); null when none is
 * @param estimatedMiners  miners whose power is estimated
 * @param joulesPerTh      fleet efficiency: power / hashrate over the miners that report both
 * @param avgAsicTempC     mean ASIC temperature
 * @param hottestAsicTempC highest ASIC temperature
 * @param hottestName      name of the miner with the highest ASIC temperature; null with it
 * @param sharesAccepted   accepted shares summed
 * @param sharesRejected   rejected shares summed
 * @param bestDiff         best difficulty of any miner
 * @param newest           newest row timestamp; null when there are no rows
 * @param dataAge          {@code now - newest}, never negative; null when there are no rows
 * @param cycle            observed collection cycle; null until known
 * @param collectorStopped no row for longer than {@link #stoppedAfter}
 * @param refusedRows      rows of miners beyond {@code minerLimit}, not in any figure
 * @param minerLimit       the most miners the viewer holds ({@link FleetBudget})
 */
public record FleetTotals(int miners, int online, int stale, Map<MinerState, Integer> byStatus, Double hashrateGhs,
                          int expectedMiners, Double expectedOfGhs, Double expectedGhs, Double powerW,
                          Double estimatedPowerW, int estimatedMiners, Double joulesPerTh, Double avgAsicTempC,
                          Double hottestAsicTempC, String hottestName, Long sharesAccepted, Long sharesRejected,
                          Double bestDiff, Instant newest, Duration dataAge, Duration cycle,
                          boolean collectorStopped, long refusedRows, int minerLimit) {

    /** Without a known cycle, this long without a row means the collector is not writing. */
    static final Duration STOPPED_DEFAULT = Duration.ofMinutes(2);
    /** Never call a collector stopped sooner than this: one slow cycle (timeouts, retries) is not a stop. */
    static final Duration STOPPED_MIN = Duration.ofSeconds(30);

    /** How long without a row means the collector looks stopped: 3 cycles (at least 30 s), or 2 min. */
    public static Duration stoppedAfter(Duration cycle) {
        if (cycle == null) {
            return STOPPED_DEFAULT;
        }
        Duration three = cycle.multipliedBy(3);
        return three.compareTo(STOPPED_MIN) < 0 ? STOPPED_MIN : three;
    }

    static FleetTotals of(Fleet fleet, Instant now) {
        Map<MinerState, Integer> byStatus = new TreeMap<>(MinerState.PRECEDENCE);
        int online = 0;
        int stale = 0;
        Acc hash = new Acc();
        Acc expectedOf = new Acc();
        Acc expected = new Acc();
        Acc power = new Acc();
        Acc estimated = new Acc();
        Acc effPower = new Acc();
        Acc effHash = new Acc();
        Acc temp = new Acc();
        Double hottest = null;
        String hottestName = null;
        Long accepted = null;
        Long rejected = null;
        Double best = null;
        for (MinerTrack m : fleet.miners()) {
            Sample s = m.latest();
            MinerState state = m.state();
            byStatus.merge(state, 1, Integer::sum);
            stale += state.stale() ? 1 : 0;
            if (!state.online()) {
                continue;
            }
            online++;
            hash.add(s.hashrateGhs());
            if (s.hashrateGhs() != null && s.expectedHashrateGhs() != null) {
                expectedOf.add(s.hashrateGhs());
                expected.add(s.expectedHashrateGhs());
            }
            if (s.powerW() != null) {
                power.add(s.powerW());
            } else if (s.powerEstimatedW() != null) {
                power.add(s.powerEstimatedW());
                estimated.add(s.powerEstimatedW());
            }
            if (s.joulesPerTh() != null) {
                effPower.add(s.powerW());
                effHash.add(s.hashrateGhs());
            }
            temp.add(s.asicTempC());
            if (s.asicTempC() != null && (hottest == null || s.asicTempC() > hottest
                    || (s.asicTempC().equals(hottest) && m.name().compareTo(hottestName) < 0))) {
                hottest = s.asicTempC();
                hottestName = m.name();
            }
            accepted = plus(accepted, s.sharesAccepted());
            rejected = plus(rejected, s.sharesRejected());
            if (s.bestDiff() != null && (best == null || s.bestDiff() > best)) {
                best = s.bestDiff();
            }
        }
        Double jth = effHash.sum != null && effHash.sum > 0 ? effPower.sum / (effHash.sum / 1000.0) : null;
        return new FleetTotals(fleet.miners().size(), online, stale, Collections.unmodifiableMap(byStatus), hash.sum,
                expected.n, expectedOf.sum, expected.sum, power.sum, estimated.sum, estimated.n, jth, temp.mean(),
                hottest, hottestName, accepted, rejected, best, fleet.newest(), null, fleet.cycle(), false,
                fleet.refusedRows(), fleet.minerLimit()).at(now);
    }

    /**
     * The same totals seen at another moment: only the data age and the stopped-collector verdict depend on the
     * clock, so a view that redraws while no row arrives need not go over every miner again.
     */
    FleetTotals at(Instant now) {
        Duration age = newest == null ? null : max0(Duration.between(newest, now));
        boolean stopped = age != null && age.compareTo(stoppedAfter(cycle)) > 0;
        return new FleetTotals(miners, online, stale, byStatus, hashrateGhs, expectedMiners, expectedOfGhs,
                expectedGhs, powerW, estimatedPowerW, estimatedMiners, joulesPerTh,
                avgAsicTempC, hottestAsicTempC, hottestName, sharesAccepted, sharesRejected, bestDiff, newest, age, cycle,
                stopped, refusedRows, minerLimit);
    }

    /** What to tell the user when rows of more miners than fit were refused; null when none were. */
    public String tooManyMiners() {
        return refusedRows == 0 ? null : "more than " + minerLimit + " miners in the window (" + refusedRows
                + " rows of the others not read, to stay within memory): narrow it with --window or --data";
    }

    /**
     * The hashrate of the miners that report an expected hashrate, as a percentage of theirs ({@link #expectedMiners}
     * of {@link #online}); null when none does.
     */
    public Double pctOfExpected() {
        return expectedOfGhs != null && expectedGhs != null && expectedGhs > 0 ? expectedOfGhs * 100 / expectedGhs
                : null;
    }

    /** Rejected / (accepted + rejected) * 100; null before any share. */
    public Double rejectPct() {
        if (sharesAccepted == null || sharesRejected == null || sharesAccepted + sharesRejected == 0) {
            return null;
        }
        return sharesRejected * 100.0 / (sharesAccepted + sharesRejected);
    }

    /**
     * Null-aware sum that saturates instead of wrapping: a file may hold any count. (Written as a ternary, {@code b ==
     * null ? a : a == null ? b : a + b} unboxes {@code a} - the NullPointerException that made a miner without
     * shares_accepted crash every view.)
     */
    static Long plus(Long a, Long b) {
        if (b == null) {
            return a;
        }
        if (a == null) {
            return b;
        }
        long sum = a + b;
        // Overflow only when both have the sign the sum lacks.
        if (((a ^ sum) & (b ^ sum)) < 0) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return sum;
    }

    private static Duration max0(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** Sum and count of present values. */
    private static final class Acc {
        Double sum;
        int n;

        void add(Double v) {
            if (v != null) {
                sum = sum == null ? v : sum + v;
                n++;
            }
        }

        Double mean() {
            return n == 0 ? null : sum / n;
        }
    }
}
