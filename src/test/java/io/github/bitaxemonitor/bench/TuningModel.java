package io.github.bitaxemonitor.bench;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import java.time.Instant;

/**
 * A fleet that is being tuned, for {@code HistoryGenerator --tuning on}: every miner cycles through four clock
 * configurations, six hours each (segments start at 00, 06, 12 and 18 UTC; miner m starts the cycle m steps on),
 * with a frequency / voltage model for hashrate and power, and known answers planted in it:
 * <ul>
 *   <li>ECO (f0 - 50 MHz at V0 - 50 mV) has the lowest J/TH, TURBO (f0 + 100 at V0 + 100) the highest hashrate,
 *       OC (f0 + 50 at V0) the best balance; STOCK is the board's default;</li>
 *   <li>{@link #hot hot} miners (m % 17 == 0) throttle at TURBO: two hours into each TURBO segment they go into
 *       overheat mode (status OVERHEAT, hashrate at 40 % of expected) for the rest of it, so their best clean
 *       hashrate is OC;</li>
 *   <li>miner 1 reboots in the middle of every STOCK segment (three hours in), without a configuration change;</li>
 *   <li>miner 3 is paused by its owner for an hour in every ECO segment (two hours in; mining_paused, status
 *       PAUSED, no hashrate), then ramps up again: not throttling, not a fault, and not part of the statistics;</li>
 *   <li>miner 5 throttles quietly at TURBO: three hours into each TURBO segment its ASIC clock drops to 80 % of the
 *       set one (frequency_actual_mhz), hashrate with it, with no overheat mode and hashrate far above the collapse
 *       line, so only the actual clock shows it; its best clean hashrate is OC;</li>
 *   <li>every configuration change restarts the miner (uptime resets), and hashrate ramps up over the first five
 *       minutes after a start: warm-up that an analysis must leave out.</li>
 * </ul>
 * Readings are a pure function of (miner, time), like {@link FleetModel}'s; noise is smooth over ten minutes
 * (neighbouring samples are correlated, as real ones are) with mean zero.
 */
public final class TuningModel {
    public static final long SEGMENT_S = 6 * 3600;
    public static final long RAMP_S = 300;
    public static final long THROTTLE_AFTER_S = 2 * 3600;
    public static final long REBOOT_AFTER_S = 3 * 3600;
    /** The miner with a reboot in the middle of its STOCK segments. */
    public static final int REBOOTING_MINER = 1;
    /** The miner paused in its ECO segments, from PAUSE_AFTER_S for PAUSE_S. */
    public static final int PAUSING_MINER = 3;
    public static final long PAUSE_AFTER_S = 2 * 3600;
    public static final long PAUSE_S = 3600;
    /** The miner whose ASIC clock drops at TURBO, from SLOW_AFTER_S on, to SLOW_CLOCK of the set one. */
    public static final int SLOW_CLOCK_MINER = 5;
    public static final long SLOW_AFTER_S = 3 * 3600;
    public static final double SLOW_CLOCK = 0.8;
    private static final double STATIC_SHARE = 0.15;

    /** The four configurations, in cycle order. */
    public enum Step { ECO, STOCK, OC, TURBO }

    private TuningModel() {
    }

    /** The frequency (MHz) of a step for miner m. */
    public static double mhz(int m, Step s) {
        double f0 = FleetModel.stockMhz(m);
        return switch (s) {
            case ECO -> f0 - 50;
            case STOCK -> f0;
            case OC -> f0 + 50;
            case TURBO -> f0 + 100;
        };
    }

    /** The core voltage (mV) of a step for miner m. */
    public static double mv(int m, Step s) {
        double v0 = FleetModel.stockMv(m);
        return switch (s) {
            case ECO -> v0 - 50;
            case STOCK, OC -> v0;
            case TURBO -> v0 + 100;
        };
    }

    /** The label analysis groups by: the Sample's own clock configuration text. */
    public static String label(int m, Step s) {
        return Sample.builder().timestamp(Instant.EPOCH).address("-").status(Status.ONLINE)
                .frequencyMhz(mhz(m, s)).coreVoltageSetMv(mv(m, s)).build().clockConfig();
    }

    /** Expected hashrate at a step: proportional to frequency. */
    public static double expectedGhs(int m, Step s) {
        return FleetModel.stockGhs(m) * mhz(m, s) / FleetModel.stockMhz(m);
    }

    /** Steady power at a step: a static part plus dynamic power proportional to f * V^2. */
    public static double steadyW(int m, Step s) {
        double p0 = FleetModel.stockW(m);
        double f0 = FleetModel.stockMhz(m);
        double v0 = FleetModel.stockMv(m);
        double dynamic = p0 * (1 - STATIC_SHARE) * (mhz(m, s) / f0) * Math.pow(mv(m, s) / v0, 2);
        return p0 * STATIC_SHARE + dynamic;
    }

    /** Steady J/TH at a step. */
    public static double steadyJth(int m, Step s) {
        return steadyW(m, s) / (expectedGhs(m, s) / 1000);
    }

    public static boolean hot(int m) {
        return m % 17 == 0;
    }

    /** The step miner m runs at time t (epoch seconds). */
    public static Step step(int m, long t) {
        return Step.values()[(int) Math.floorMod(Math.floorDiv(t, SEGMENT_S) + m, 4)];
    }

    static long segmentStart(long t) {
        return Math.floorDiv(t, SEGMENT_S) * SEGMENT_S;
    }

    /** When miner m last booted before t: the start of the segment, or its planted mid-segment reboot. */
    static long boot(int m, long t) {
        long start = segmentStart(t);
        if (m == REBOOTING_MINER && step(m, t) == Step.STOCK && t >= start + REBOOT_AFTER_S) {
            return start + REBOOT_AFTER_S;
        }
        return start;
    }

    /** True when miner m is in overheat mode at t. */
    public static boolean throttling(int m, long t) {
        return hot(m) && step(m, t) == Step.TURBO && t - segmentStart(t) >= THROTTLE_AFTER_S;
    }

    /** True when miner m runs its ASIC below the set clock at t. */
    public static boolean slowClock(int m, long t) {
        return m == SLOW_CLOCK_MINER && step(m, t) == Step.TURBO && t - segmentStart(t) >= SLOW_AFTER_S;
    }

    /** True when miner m is paused by its owner at t. */
    public static boolean paused(int m, long t) {
        long in = t - segmentStart(t);
        return m == PAUSING_MINER && step(m, t) == Step.ECO && in >= PAUSE_AFTER_S && in < PAUSE_AFTER_S + PAUSE_S;
    }

    /** Seconds since the ASIC last started hashing: boot, or the end of a pause. */
    private static long hashingFor(int m, long t) {
        long in = t - segmentStart(t);
        if (m == PAUSING_MINER && step(m, t) == Step.ECO && in >= PAUSE_AFTER_S + PAUSE_S) {
            return in - PAUSE_AFTER_S - PAUSE_S;
        }
        return t - boot(m, t);
    }

    /** Fills the tuning readings into a builder that FleetModel has given identity and pool fields. */
    static Sample.Builder readings(Sample.Builder b, int m, long t) {
        Step s = step(m, t);
        long uptime = t - boot(m, t);
        double ramp = Math.min(1, 0.3 + 0.7 * hashingFor(m, t) / (double) RAMP_S);
        double noise = smooth(m, t, 20) - 0.5;
        double expected = expectedGhs(m, s);
        double watts = steadyW(m, s) * (1 + 0.04 * (smooth(m, t, 21) - 0.5));
        double hashrate = expected * ramp * (1 + 0.06 * noise);
        boolean overheat = throttling(m, t);
        boolean paused = paused(m, t);
        double actualMhz = mhz(m, s) * Math.min(1, 0.3 + 0.7 * uptime / (double) RAMP_S);
        if (overheat) {
            hashrate = expected * 0.4;
            watts *= 0.6;
        } else if (slowClock(m, t)) {
            actualMhz = mhz(m, s) * SLOW_CLOCK;
            hashrate *= SLOW_CLOCK;
            watts *= SLOW_CLOCK;
        } else if (paused) {
            hashrate = 0;
            watts = FleetModel.stockW(m) * STATIC_SHARE;
        }
        double heat = Math.sin((t % 86_400) / 86_400.0 * 2 * Math.PI - Math.PI / 2);
        double asic = 48 + 5 * heat + 2 * noise + 12 * (steadyW(m, s) / FleetModel.stockW(m) - 1) + (hot(m) ? 9 : 0)
                + (overheat ? 12 : 0);
        double sharesPerS = expected * 1e9 / (1000 * 4_294_967_296.0);
        long accepted = (long) (uptime * sharesPerS);
        b.hashrateGhs(round(hashrate)).hashrate1mGhs(round(hashrate)).hashrate10mGhs(round(expected))
                .hashrate1hGhs(round(expected)).expectedHashrateGhs(round(expected)).powerW(round(watts))
                .coreVoltageSetMv(mv(m, s)).coreVoltageActualMv(mv(m, s) - 4).frequencyMhz(mhz(m, s))
                .asicTempC(round(asic)).vrTempC(round(asic + 7)).uptimeS(uptime)
                .sharesAccepted(accepted).sharesRejected(accepted / 500).overheatMode(overheat)
                .frequencyActualMhz(round(actualMhz)).miningPaused(paused);
        Status status = overheat ? Status.OVERHEAT : paused ? Status.PAUSED : uptime < 120 ? Status.REBOOTED
                : Status.ONLINE;
        String conditions = overheat ? "OVERHEAT overheat_mode" : paused ? "PAUSED mining paused"
                : uptime < 120 ? "REBOOTED uptime " + uptime + " s" : null;
        return b.status(status).conditions(conditions);
    }

    /** Value noise in [0, 1): random knots every ten minutes, linearly interpolated. */
    private static double smooth(int m, long t, int purpose) {
        long knot = Math.floorDiv(t, 600);
        double x = (t - knot * 600) / 600.0;
        return FleetModel.unit(m, knot, purpose) * (1 - x) + FleetModel.unit(m, knot + 1, purpose) * x;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
