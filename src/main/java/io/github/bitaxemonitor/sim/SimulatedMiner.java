package io.github.bitaxemonitor.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * One simulated miner, a Bitaxe-family board ({@link #snapshot()}) or a CGMiner-API machine
 * ({@link #rigSnapshot()}), advancing one simulated second at a time. Values drift (mean-reverting random walks
 * within realistic ranges), accepted shares grow with the hashrate, uptime grows, and {@link Fault}s bend the
 * picture. Everything is reproducible: the same seed, index and sequence of calls give the same replies.
 *
 * <p>Thread-safe: the fleet's reply threads and a test may use a miner at once.
 */
public final class SimulatedMiner {
    /** How often a miner with {@link Fault#REBOOTS} restarts, in simulated seconds. */
    public static final int REBOOT_PERIOD_SECONDS = 120;
    /** Seconds after boot during which the hashrate is still 0, as on real devices. */
    public static final int WARMUP_SECONDS = 10;
    /** Seconds after boot during which a {@link Fault#BOOTING} miner still hashes 0 ("the first minutes"). */
    public static final int BOOT_SECONDS = 240;
    /** The absurd reading of a {@link Fault#SENSOR_GLITCH}. */
    public static final double GLITCH_TEMP_C = 4000;
    /** Old firmware (2.0.x) sends this as {@code wifiPass}: a client must never store or show it. */
    public static final String WIFI_PASSWORD = "sim-wifi-secret-do-not-store";

    private static final int RAMP_SECONDS = 30;
    private static final long MAX_CATCH_UP_SECONDS = 7L * 24 * 3600;
    private static final double[] BITAXE_AVERAGES = {60, 600, 3600};
    private static final double[] RIG_AVERAGES = {60, 300, 900, 1800};

    private final int index;
    private final MinerType type;
    /** Null for CGMiner machines. */
    private final Board board;
    /** Null for Bitaxes. */
    private final RigSpec rig;
    private final String hostname;
    private final String macAddr;
    /** Drives every drifting value; never used for per-reply choices so replies do not change the drift. */
    private final SplittableRandom rng;
    /** Per-reply choices (flaky hostname, Wi-Fi text, truncation point). */
    private final SplittableRandom replyRng;
    private final Drift hashFactor;
    private final Drift powerFactor;
    /** Exactly one of these two is set, by type. */
    private final BitaxeSensors bitaxe;
    private final RigSensors rigSensors;
    /** The owner's settings and their physics; null for CGMiner machines. */
    private final BitaxeTuning tuning;
    private final MiningCounters counters;
    /** The Bitaxe's own sample history; empty for CGMiner machines. */
    private final StatisticsRing statistics = new StatisticsRing();

    private volatile FirmwareShape shape;
    /** Guarded by this; never null. */
    private EnumSet<Fault> faults = EnumSet.noneOf(Fault.class);
    /** Told (outside the lock) when OFFLINE is switched; set by the fleet. */
    private volatile Runnable reachabilityListener;
    /** Last wall-clock time the fleet advanced this miner to, or Long.MIN_VALUE before the first call. */
    private long clockNanos = Long.MIN_VALUE;
    /** Nanoseconds of wall time not yet turned into whole simulated seconds. */
    private long pendingNanos;

    /**
     * A Bitaxe-family miner.
     *
     * @param index position in the whole simulated fleet, from 0; part of the host name and of the random stream
     * @param board the hardware
     * @param shape the firmware reply shape (any shape is accepted, even one the real board never ran)
     * @param seed  the fleet seed
     */
    public SimulatedMiner(int index, Board board, FirmwareShape shape, long seed) {
        this(index, MinerType.BITAXE, board, shape, seed);
    }

    /**
     * A CGMiner-API machine of the given type (not {@link MinerType#BITAXE}: that needs a board and a shape).
     *
     * @param index position in the whole simulated fleet, from 0
     * @param seed  the fleet seed
     */
    public SimulatedMiner(int index, MinerType type, long seed) {
        this(index, requireRig(type), null, null, seed);
    }

    private SimulatedMiner(int index, MinerType type, Board board, FirmwareShape shape, long seed) {
        this.index = index;
        this.type = type;
        this.board = board;
        this.rig = type.rig();
        this.shape = shape;
        SplittableRandom root = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        this.rng = root.split();
        this.replyRng = root.split();
        this.hostname = "sim-" + (board != null ? board.slug() : rig.slug()) + "-"
                + String.format(Locale.ROOT, "%02d", index + 1);
        this.macAddr = String.format(Locale.ROOT, "02:5A:%02X:%02X:%02X:%02X", (index >> 24) & 0xFF,
                (index >> 16) & 0xFF, (index >> 8) & 0xFF, index & 0xFF);
        hashFactor = new Drift(0.98, 0.035, 30, 0.85, 1.10, rng);
        powerFactor = new Drift(1.0, 0.03, 60, 0.90, 1.10, rng);
        bitaxe = board != null ? new BitaxeSensors(board, rng) : null;
        tuning = board != null ? new BitaxeTuning(board, index) : null;
        rigSensors = board == null ? new RigSensors(rig, rng) : null;
        int difficulty = board != null ? (board.asicCount() == 1 ? 1000 : 4096) : rig.poolDifficulty();
        counters = new MiningCounters(difficulty, expectedGhs(), expectedGhs() * hashFactor.value(),
                board != null ? BITAXE_AVERAGES : RIG_AVERAGES, rng);
    }

    private static MinerType requireRig(MinerType type) {
        if (type.rig() == null) {
            throw new IllegalArgumentException("a " + type.label() + " needs a board and a firmware shape");
        }
        return type;
    }

    public int index() {
        return index;
    }

    public MinerType type() {
        return type;
    }

    /** The Bitaxe board, or null for a CGMiner machine. */
    public Board board() {
        return board;
    }

    /** The model to show in listings: the board's or the CGMiner machine's. */
    public String model() {
        return board != null ? board.model() : rig.model();
    }

    /** The real host name (Bitaxe replies may differ: see {@link Fault#FLAKY_HOSTNAME} and {@link Fault#HOSTILE}). */
    public String hostname() {
        return hostname;
    }

    /** The AxeOS reply shape, or null for a CGMiner machine (its {@link #type()} is its shape). */
    public FirmwareShape shape() {
        return shape;
    }

    public void setShape(FirmwareShape shape) {
        if (board == null) {
            throw new IllegalStateException(hostname + " is a " + type.label() + ", not a Bitaxe");
        }
        this.shape = shape;
    }

    public synchronized Set<Fault> faults() {
        return Collections.unmodifiableSet(EnumSet.copyOf(faults));
    }

    public synchronized boolean has(Fault fault) {
        return faults.contains(fault);
    }

    /**
     * Replaces the faults. Switching {@link Fault#BOOTING} on restarts the miner. When OFFLINE is switched on or off
     * in a running fleet, this returns once the port is actually closed or listening again.
     */
    public void setFaults(Set<Fault> newFaults) {
        boolean reachabilityChanged;
        synchronized (this) {
            EnumSet<Fault> next = newFaults.isEmpty() ? EnumSet.noneOf(Fault.class) : EnumSet.copyOf(newFaults);
            reachabilityChanged = next.contains(Fault.OFFLINE) != faults.contains(Fault.OFFLINE);
            if (next.contains(Fault.BOOTING) && !faults.contains(Fault.BOOTING)) {
                counters.reboot();
            }
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
        counters.reboot();
    }

    /** The Bitaxe's owner settings; throws IllegalStateException for a CGMiner machine. */
    public synchronized OwnerSettings settings() {
        BitaxeTuning t = requireTuning();
        return new OwnerSettings(t.savedFrequency(), t.savedVoltage(), t.runningFrequency(), t.runningVoltage(),
                t.fanPercent(), t.tempTarget());
    }

    /**
     * Saves what {@code PATCH /api/system} asked for; null leaves a setting alone. Frequency and core voltage run
     * from the next {@link #ownerRestart()}; fan (-1 = automatic) and temperature target at once.
     */
    public synchronized void saveSettings(Integer frequency, Integer coreVoltage, Integer fanPercent,
            Integer tempTarget) {
        BitaxeTuning t = requireTuning();
        if (frequency != null) {
            t.saveFrequency(frequency);
        }
        if (coreVoltage != null) {
            t.saveVoltage(coreVoltage);
        }
        if (fanPercent != null) {
            t.setFan(fanPercent);
        }
        if (tempTarget != null) {
            t.setTempTarget(tempTarget);
        }
    }

    /**
     * A restart the owner asked for: the saved clock settings start running, uptime and session counters start
     * again, and a pause ends. A CGMiner machine restarts its mining process the same way.
     */
    public void ownerRestart() {
        synchronized (this) {
            if (tuning != null) {
                tuning.applySaved();
            }
            counters.reboot();
        }
        removeFault(Fault.PAUSED);
    }

    /** The owner's pause or resume ({@code miningPaused}, hashrate 0 by intent). */
    public void setPaused(boolean paused) {
        if (paused) {
            addFault(Fault.PAUSED);
        } else {
            removeFault(Fault.PAUSED);
        }
    }

    /** Blinks the board's LED/screen for {@code seconds} (the firmware's identify). */
    public synchronized void identify(int seconds) {
        requireTuning().identify(counters.uptimeSeconds(), seconds);
    }

    /** True while an identify is running. */
    public synchronized boolean identifying() {
        return requireTuning().identifying(counters.uptimeSeconds());
    }

    private BitaxeTuning requireTuning() {
        if (tuning == null) {
            throw new IllegalStateException(hostname + " is a " + type.label() + ", not a Bitaxe");
        }
        return tuning;
    }

    private void step() {
        counters.tick();
        if (faults.contains(Fault.REBOOTS) && counters.uptimeSeconds() >= REBOOT_PERIOD_SECONDS) {
            counters.reboot();
        }
        hashFactor.step(rng);
        powerFactor.step(rng);
        if (bitaxe != null) {
            bitaxe.step(rng);
        } else {
            rigSensors.step(rng);
        }
        counters.record(reportedHashrate(), !faults.contains(Fault.STALLED), rng);
        if (bitaxe != null && !faults.contains(Fault.OFFLINE)) {
            statistics.step(counters.uptimeSeconds(), snapshot());
        }
    }

    /** The body of {@code GET /api/system/statistics}, or null where the firmware has no such endpoint. */
    synchronized byte[] statistics(String query) {
        return statistics.reply(shape, counters.uptimeSeconds(), query);
    }

    private double expectedGhs() {
        return tuning != null ? tuning.expectedGhs() : rig.expectedGhs();
    }

    private boolean asicOff() {
        return faults.contains(Fault.OVERHEAT) || faults.contains(Fault.POWER_FAULT);
    }

    private boolean booting() {
        return faults.contains(Fault.BOOTING) && counters.uptimeSeconds() < BOOT_SECONDS;
    }

    /** True while the chips do no work by fault or by state: they run cool. */
    private boolean idle() {
        return asicOff() || faults.contains(Fault.NO_HASH) || faults.contains(Fault.PAUSED) || booting();
    }

    private double reportedHashrate() {
        if (idle() || counters.uptimeSeconds() < WARMUP_SECONDS) {
            return 0;
        }
        return expectedGhs() * hashFactor.value() * (tuning != null ? tuning.stableShare() : 1);
    }

    /** Maps a healthy temperature into the range a fault forces, keeping its wander. */
    private double asicTempNow(Drift source) {
        if (faults.contains(Fault.OVERHEAT)) {
            return 76 + 3 * source.position();
        }
        if (faults.contains(Fault.HOT)) {
            return 71 + 3 * source.position();
        }
        if (idle()) {
            return 37 + 5 * source.position();
        }
        return tuning.heat(source.value());
    }

    /**
     * The Bitaxe's state as one reply reports it. Each call counts as one reply: flaky values vary from call to call.
     * Throws IllegalStateException for a CGMiner machine.
     */
    public synchronized MinerSnapshot snapshot() {
        if (bitaxe == null) {
            throw new IllegalStateException(hostname + " is a " + type.label() + ": use rigSnapshot()");
        }
        FirmwareShape s = shape;
        BitaxeSensors b = bitaxe;
        boolean hostile = faults.contains(Fault.HOSTILE);
        boolean glitch = faults.contains(Fault.SENSOR_GLITCH);
        double temp = round2(asicTempNow(b.asicTemp));
        double second = board.asicCount() > 1
                ? round2(Math.max(37, Math.min(faults.contains(Fault.HOT) || faults.contains(Fault.OVERHEAT) ? 79
                        : Math.max(64, temp + 3), temp + b.asicTemp2Offset.value())))
                : -1;
        List<Double> perAsic = new ArrayList<>(board.asicCount());
        for (int i = 0; i < board.asicCount(); i++) {
            perAsic.add(glitch && i == 0 ? GLITCH_TEMP_C
                    : round2(temp + (i - (board.asicCount() - 1) / 2.0) * 0.75));
        }
        boolean fullFan = faults.contains(Fault.HOT) || faults.contains(Fault.OVERHEAT);
        double fanPct = fullFan ? 100 : !tuning.autoFan() ? tuning.fanPercent()
                : round2(Math.max(25, Math.min(100, 30 + (temp - tuning.tempTarget() + 23) * 2.4)));
        int rpm = (int) Math.max(1300, Math.min(5500, Math.round(5500 * fanPct / 100 - 40 + 80 * hashFactor.position())));
        double hash = round2(reportedHashrate());
        double watts = asicOff() ? board.typicalWatts() * 0.12 * powerFactor.value()
                : board.typicalWatts() * powerFactor.value() * (hash > 0 ? tuning.powerScale() : 0.35);
        double mv = Math.round((board.nominalVolts() * 1000 * b.inputVoltageFactor.value() - tuning.sagMv(watts))
                / 1.25) * 1.25;
        double ma = Math.round(watts / (mv / 1000) * 1000 / 1.25) * 1.25;
        long uptime = counters.uptimeSeconds();
        int ramp = faults.contains(Fault.BOOTING) ? BOOT_SECONDS : RAMP_SECONDS;
        double actualFreq = s.atLeast(21400) && uptime < ramp
                ? 50 + (tuning.runningFrequency() - 50) * uptime / (double) ramp : tuning.runningFrequency();
        long rejected = counters.rejectedAboveTarget() + counters.rejectedStale();
        boolean weak = faults.contains(Fault.WEAK_WIFI);
        String wifiStatus = hostile ? HostileStrings.WIFI_STATUS
                : weak ? (replyRng.nextBoolean() ? "Connecting..." : "Retrying: " + (1 + replyRng.nextInt(5)))
                : faults.contains(Fault.NERD_WIFI) ? "WiFi Connected!" : "Connected!";
        int signal = weak ? -85 + (int) Math.round(4 * b.rssi.position()) - 2 : (int) Math.round(b.rssi.value());
        String user = poolUser(hostile);
        return new MinerSnapshot(
                new MinerSnapshot.Identity(replyHostname(hostile), board, s,
                        hostile ? HostileStrings.VERSION : s.version(), macAddr),
                new MinerSnapshot.Hashing(hash, round2(counters.average(0)), round2(counters.average(1)),
                        round2(counters.average(2)), round2(tuning.expectedGhs()),
                        round2(b.errorPct.value() + tuning.extraErrorPct()), tuning.savedFrequency(),
                        round2(actualFreq), tuning.savedVoltage(),
                        Math.round(tuning.runningVoltage() + b.coreVoltageOffset.value())),
                new MinerSnapshot.Electrical(round2(watts), mv, ma),
                new MinerSnapshot.Thermal(glitch ? GLITCH_TEMP_C : temp, second,
                        board.hasVrSensor() ? round2(idle() ? b.vrTemp.value() : tuning.heat(b.vrTemp.value())) : 0,
                        List.copyOf(perAsic), fanPct, rpm, board.fans() > 1 ? rpm - 60 : 0, tuning.tempTarget(),
                        tuning.autoFan()),
                new MinerSnapshot.Shares(counters.accepted(), rejected, counters.rejectedAboveTarget(),
                        counters.rejectedStale(),
                        faults.contains(Fault.BAD_DIFF) ? Double.POSITIVE_INFINITY : Math.floor(counters.bestDiff()),
                        Math.floor(counters.bestSessionDiff()), counters.poolDifficulty(),
                        round2(b.responseMs.value())),
                new MinerSnapshot.Network("sim-wifi", wifiStatus, signal, "127.0.0.1"),
                new MinerSnapshot.Pool("public-pool.io", 21496, user, "solo.ckpool.org", 3333, user, false),
                new MinerSnapshot.Health(uptime, Math.round(b.freeHeap.value() / 4) * 4L,
                        faults.contains(Fault.OVERHEAT),
                        faults.contains(Fault.POWER_FAULT) ? "VIN UNDERVOLTAGE" : null,
                        faults.contains(Fault.PAUSED)));
    }

    /** The CGMiner machine's state as one reply reports it. Throws IllegalStateException for a Bitaxe. */
    public synchronized RigSnapshot rigSnapshot() {
        if (rigSensors == null) {
            throw new IllegalStateException(hostname + " is a Bitaxe: use snapshot()");
        }
        return rigSensors.snapshot(type, faults, counters, reportedHashrate(), powerFactor.value(), idle(),
                poolUser(faults.contains(Fault.HOSTILE)));
    }

    private String poolUser(boolean hostile) {
        return hostile ? HostileStrings.STRATUM_USER : "bc1qsimulatedfleet0000000000000000000000." + hostname;
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
