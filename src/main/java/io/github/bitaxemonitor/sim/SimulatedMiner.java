package io.github.bitaxemonitor.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * One simulated miner: a board's state advancing one simulated second at a time. Values drift (mean-reverting random
 * walks within realistic ranges), accepted shares grow with the hashrate, uptime grows, and {@link Fault}s bend the
 * picture. Everything is reproducible: the same seed, index and sequence of calls give the same replies.
 *
 * <p>Thread-safe: the fleet's reply threads and a test may use a miner at once.
 */
public final class SimulatedMiner {
    /** How often a miner with {@link Fault#REBOOTS} restarts, in simulated seconds. */
    public static final int REBOOT_PERIOD_SECONDS = 120;
    /** Seconds after boot during which the hashrate is still 0, as on real devices. */
    public static final int WARMUP_SECONDS = 10;
    /** Old firmware (2.0.x) sends this as {@code wifiPass}: a client must never store or show it. */
    public static final String WIFI_PASSWORD = "sim-wifi-secret-do-not-store";

    private static final int RAMP_SECONDS = 30;
    private static final double REJECT_PROBABILITY = 0.004;
    private static final double TWO_POW_32 = 4294967296.0;
    private static final long MAX_CATCH_UP_SECONDS = 7L * 24 * 3600;
    /** Per-second weights of the 1 min, 10 min and 1 h moving averages. */
    private static final double EMA_1M = 1 - Math.exp(-1 / 60.0);
    private static final double EMA_10M = 1 - Math.exp(-1 / 600.0);
    private static final double EMA_1H = 1 - Math.exp(-1 / 3600.0);

    private final int index;
    private final Board board;
    private final String hostname;
    private final String macAddr;
    private final int poolDifficulty;
    /** Drives every drifting value; never used for per-reply choices so replies do not change the drift. */
    private final SplittableRandom rng;
    /** Per-reply choices (flaky hostname, Wi-Fi text, truncation point). */
    private final SplittableRandom replyRng;
    private final Drift hashFactor;
    private final Drift powerFactor;
    private final Drift asicTemp;
    private final Drift asicTemp2Offset;
    private final Drift vrTemp;
    private final Drift inputVoltageFactor;
    private final Drift coreVoltageOffset;
    private final Drift errorPct;
    private final Drift rssi;
    private final Drift freeHeap;
    private final Drift responseMs;

    private volatile FirmwareShape shape;
    /** Guarded by this; never null. */
    private EnumSet<Fault> faults = EnumSet.noneOf(Fault.class);
    /** Told (outside the lock) when OFFLINE is switched; set by the fleet. */
    private volatile Runnable reachabilityListener;

    private long uptimeSeconds;
    private long accepted;
    private long rejectedAboveTarget;
    private long rejectedStale;
    /** Fraction of a share found but not yet counted, in [0, 1). */
    private double shareCredit;
    private double bestDiff;
    private double bestSessionDiff;
    private double ema1m;
    private double ema10m;
    private double ema1h;
    /** Last wall-clock time the fleet advanced this miner to, or Long.MIN_VALUE before the first call. */
    private long clockNanos = Long.MIN_VALUE;
    /** Nanoseconds of wall time not yet turned into whole simulated seconds. */
    private long pendingNanos;

    /**
     * @param index position in the whole simulated fleet, from 0; part of the host name and of the random stream
     * @param board the hardware
     * @param shape the firmware reply shape (any shape is accepted, even one the real board never ran)
     * @param seed  the fleet seed
     */
    public SimulatedMiner(int index, Board board, FirmwareShape shape, long seed) {
        this.index = index;
        this.board = board;
        this.shape = shape;
        SplittableRandom root = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        this.rng = root.split();
        this.replyRng = root.split();
        this.hostname = "sim-" + board.slug() + "-" + String.format(Locale.ROOT, "%02d", index + 1);
        this.macAddr = String.format(Locale.ROOT, "02:5A:%02X:%02X:%02X:%02X", (index >> 24) & 0xFF,
                (index >> 16) & 0xFF, (index >> 8) & 0xFF, index & 0xFF);
        this.poolDifficulty = board.asicCount() == 1 ? 1000 : 4096;
        hashFactor = new Drift(0.98, 0.035, 30, 0.85, 1.10, rng);
        powerFactor = new Drift(1.0, 0.03, 60, 0.90, 1.10, rng);
        asicTemp = new Drift(board.asicTempMeanC(), 2.5, 120, 37, 64, rng);
        asicTemp2Offset = new Drift(0, 1.0, 300, -3, 3, rng);
        vrTemp = new Drift(board.hasVrSensor() ? board.vrTempMeanC() : 60, 3.0, 180, 45, 86, rng);
        inputVoltageFactor = new Drift(1.015, 0.004, 60, 0.99, 1.03, rng);
        coreVoltageOffset = new Drift(-6, 4, 60, -20, 6, rng);
        errorPct = new Drift(0.4, 0.3, 120, 0, 3, rng);
        rssi = new Drift(-55, 5, 300, -75, -35, rng);
        freeHeap = new Drift(165_000, 8_000, 600, 120_000, 210_000, rng);
        responseMs = new Drift(45, 15, 30, 8, 250, rng);
        uptimeSeconds = 3600 + rng.nextLong(20L * 24 * 3600);
        double rate = sharesPerSecond(board.expectedGhs() * 0.98);
        long found = Math.round(rate * uptimeSeconds * (0.95 + 0.1 * rng.nextDouble()));
        rejectedAboveTarget = Math.round(found * REJECT_PROBABILITY * 0.7);
        rejectedStale = Math.round(found * REJECT_PROBABILITY * 0.3);
        accepted = found - rejectedAboveTarget - rejectedStale;
        bestSessionDiff = poolDifficulty * Math.pow(10, 3 + 2.5 * rng.nextDouble());
        bestDiff = bestSessionDiff * Math.pow(10, 1.5 * rng.nextDouble());
        ema1m = ema10m = ema1h = board.expectedGhs() * hashFactor.value();
    }

    public int index() {
        return index;
    }

    public Board board() {
        return board;
    }

    /** The real host name (replies may differ: see {@link Fault#FLAKY_HOSTNAME} and {@link Fault#HOSTILE}). */
    public String hostname() {
        return hostname;
    }

    public FirmwareShape shape() {
        return shape;
    }

    public void setShape(FirmwareShape shape) {
        this.shape = shape;
    }

    public synchronized Set<Fault> faults() {
        return Collections.unmodifiableSet(EnumSet.copyOf(faults));
    }

    public synchronized boolean has(Fault fault) {
        return faults.contains(fault);
    }

    /**
     * Replaces the faults. When OFFLINE is switched on or off in a running fleet, this returns once the port is
     * actually closed or listening again.
     */
    public void setFaults(Set<Fault> newFaults) {
        boolean reachabilityChanged;
        synchronized (this) {
            EnumSet<Fault> next = newFaults.isEmpty() ? EnumSet.noneOf(Fault.class) : EnumSet.copyOf(newFaults);
            reachabilityChanged = next.contains(Fault.OFFLINE) != faults.contains(Fault.OFFLINE);
            faults = next;
        }
        Runnable listener = reachabilityListener;
        if (reachabilityChanged && listener != null) {
            listener.run();
        }
    }

    public void addFault(Fault fault) {
        EnumSet<Fault> next = currentFaults();
        next.add(fault);
        setFaults(next);
    }

    public void removeFault(Fault fault) {
        EnumSet<Fault> next = currentFaults();
        next.remove(fault);
        setFaults(next);
    }

    private synchronized EnumSet<Fault> currentFaults() {
        return EnumSet.copyOf(faults);
    }

    void onReachabilityChange(Runnable listener) {
        this.reachabilityListener = listener;
    }

    /** Advances the simulation by whole seconds (tests use this instead of waiting). */
    public synchronized void advanceSeconds(long seconds) {
        long steps = Math.min(seconds, MAX_CATCH_UP_SECONDS);
        for (long i = 0; i < steps; i++) {
            step();
        }
    }

    /** Advances to a wall-clock reading (System.nanoTime); the first call only sets the origin. */
    synchronized void advanceTo(long nowNanos) {
        if (clockNanos != Long.MIN_VALUE && nowNanos > clockNanos) {
            pendingNanos += nowNanos - clockNanos;
            long seconds = pendingNanos / 1_000_000_000L;
            pendingNanos -= seconds * 1_000_000_000L;
            advanceSeconds(seconds);
        }
        clockNanos = Math.max(nowNanos, clockNanos);
    }

    /** Restarts the miner now: uptime, session shares, session best and hashrate averages start again from zero. */
    public synchronized void reboot() {
        uptimeSeconds = 0;
        accepted = 0;
        rejectedAboveTarget = 0;
        rejectedStale = 0;
        shareCredit = 0;
        bestSessionDiff = 0;
        ema1m = ema10m = ema1h = 0;
    }

    private void step() {
        uptimeSeconds++;
        if (faults.contains(Fault.REBOOTS) && uptimeSeconds >= REBOOT_PERIOD_SECONDS) {
            reboot();
        }
        hashFactor.step(rng);
        powerFactor.step(rng);
        asicTemp.step(rng);
        asicTemp2Offset.step(rng);
        vrTemp.step(rng);
        inputVoltageFactor.step(rng);
        coreVoltageOffset.step(rng);
        errorPct.step(rng);
        rssi.step(rng);
        freeHeap.step(rng);
        responseMs.step(rng);
        double reported = reportedHashrate();
        ema1m += (reported - ema1m) * EMA_1M;
        ema10m += (reported - ema10m) * EMA_10M;
        ema1h += (reported - ema1h) * EMA_1H;
        if (!faults.contains(Fault.STALLED)) {
            shareCredit += sharesPerSecond(reported);
            while (shareCredit >= 1) {
                shareCredit -= 1;
                countShare();
            }
        }
    }

    private void countShare() {
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

    private boolean asicOff() {
        return faults.contains(Fault.OVERHEAT) || faults.contains(Fault.POWER_FAULT);
    }

    private double reportedHashrate() {
        if (asicOff() || faults.contains(Fault.NO_HASH) || uptimeSeconds < WARMUP_SECONDS) {
            return 0;
        }
        return board.expectedGhs() * hashFactor.value();
    }

    /** Maps a healthy temperature into the range a fault forces, keeping its wander. */
    private double asicTempNow(Drift source) {
        if (faults.contains(Fault.OVERHEAT)) {
            return 76 + 3 * source.position();
        }
        if (faults.contains(Fault.HOT)) {
            return 71 + 3 * source.position();
        }
        if (asicOff() || faults.contains(Fault.NO_HASH)) {
            return 37 + 5 * source.position();
        }
        return source.value();
    }

    /** The state as one reply reports it. Each call counts as one reply: flaky values vary from call to call. */
    public synchronized MinerSnapshot snapshot() {
        FirmwareShape s = shape;
        boolean hostile = faults.contains(Fault.HOSTILE);
        double temp = round2(asicTempNow(asicTemp));
        double second = board.asicCount() > 1
                ? round2(Math.max(37, Math.min(faults.contains(Fault.HOT) || faults.contains(Fault.OVERHEAT) ? 79 : 64,
                        temp + asicTemp2Offset.value())))
                : -1;
        List<Double> perAsic = new ArrayList<>(board.asicCount());
        for (int i = 0; i < board.asicCount(); i++) {
            perAsic.add(round2(temp + (i - (board.asicCount() - 1) / 2.0) * 0.75));
        }
        boolean fullFan = faults.contains(Fault.HOT) || faults.contains(Fault.OVERHEAT);
        double fanPct = fullFan ? 100 : round2(Math.max(25, Math.min(100, 30 + (temp - 37) * 2.4)));
        int rpm = (int) Math.max(1300, Math.min(5500, Math.round(5500 * fanPct / 100 - 40 + 80 * hashFactor.position())));
        double hash = round2(reportedHashrate());
        double watts = asicOff() ? board.typicalWatts() * 0.12 * powerFactor.value()
                : board.typicalWatts() * powerFactor.value() * (hash > 0 ? 1 : 0.35);
        double mv = Math.round(board.nominalVolts() * 1000 * inputVoltageFactor.value() / 1.25) * 1.25;
        double ma = Math.round(watts / (mv / 1000) * 1000 / 1.25) * 1.25;
        double actualFreq = s.atLeast(21400) && uptimeSeconds < RAMP_SECONDS
                ? 50 + (board.frequencyMhz() - 50) * uptimeSeconds / (double) RAMP_SECONDS : board.frequencyMhz();
        long rejected = rejectedAboveTarget + rejectedStale;
        boolean weak = faults.contains(Fault.WEAK_WIFI);
        String wifiStatus = hostile ? HostileStrings.WIFI_STATUS
                : weak ? (replyRng.nextBoolean() ? "Connecting..." : "Retrying: " + (1 + replyRng.nextInt(5)))
                : "Connected!";
        int signal = weak ? -85 + (int) Math.round(4 * rssi.position()) - 2 : (int) Math.round(rssi.value());
        String user = hostile ? HostileStrings.STRATUM_USER : "bc1qsimulatedfleet0000000000000000000000." + hostname;
        return new MinerSnapshot(
                new MinerSnapshot.Identity(replyHostname(hostile), board, s,
                        hostile ? HostileStrings.VERSION : s.version(), macAddr),
                new MinerSnapshot.Hashing(hash, round2(ema1m), round2(ema10m), round2(ema1h),
                        round2(board.expectedGhs()), round2(errorPct.value()), board.frequencyMhz(),
                        round2(actualFreq), board.coreVoltageMv(),
                        Math.round(board.coreVoltageMv() + coreVoltageOffset.value())),
                new MinerSnapshot.Electrical(round2(watts), mv, ma),
                new MinerSnapshot.Thermal(temp, second, board.hasVrSensor() ? round2(vrTemp.value()) : 0,
                        List.copyOf(perAsic), fanPct, rpm, board.fans() > 1 ? rpm - 60 : 0, 60),
                new MinerSnapshot.Shares(accepted, rejected, rejectedAboveTarget, rejectedStale, Math.floor(bestDiff),
                        Math.floor(bestSessionDiff), poolDifficulty, round2(responseMs.value())),
                new MinerSnapshot.Network("sim-wifi", wifiStatus, signal, "127.0.0.1"),
                new MinerSnapshot.Pool("public-pool.io", 21496, user, "solo.ckpool.org", 3333, user, false),
                new MinerSnapshot.Health(uptimeSeconds, Math.round(freeHeap.value() / 4) * 4L,
                        faults.contains(Fault.OVERHEAT),
                        faults.contains(Fault.POWER_FAULT) ? "VIN UNDERVOLTAGE" : null, false));
    }

    private String replyHostname(boolean hostile) {
        String real = hostile ? HostileStrings.HOSTNAME : hostname;
        if (!faults.contains(Fault.FLAKY_HOSTNAME)) {
            return real;
        }
        switch (replyRng.nextInt(5)) {
            case 0:
                return null;
            case 1:
                return "";
            case 2:
                return "Unknown";
            default:
                return real;
        }
    }

    /** A per-reply random number for transport faults (truncation point), from the reply stream. */
    synchronized double replyRandom() {
        return replyRng.nextDouble();
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
