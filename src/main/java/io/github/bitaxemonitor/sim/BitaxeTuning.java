package io.github.bitaxemonitor.sim;

/**
 * The settings an owner can change on a simulated Bitaxe and how the board's physics answer them, so a benchmark
 * against the simulator has known answers: hashrate follows the running frequency, power follows frequency x core
 * voltage squared, temperatures rise with power above the ambient, the input voltage sags with current, and above
 * a per-unit frequency limit (which rises with core voltage) the chips make errors and lose hashrate.
 *
 * <p>As the firmware does it, frequency and core voltage are saved at once (the info reply shows the saved values)
 * but run only after a restart; fan and temperature target apply at once. Not thread-safe: the owning
 * {@link SimulatedMiner} guards it.
 */
final class BitaxeTuning {
    /** What the firmware accepts for {@code temptarget} (shared/reference/bitaxe-api.md). */
    static final int MIN_TEMP_TARGET = 35;
    static final int MAX_TEMP_TARGET = 66;
    private static final double AMBIENT_C = 25;
    /** Input voltage lost per watt above the default draw, on 5 V boards (thin USB-C/barrel leads). */
    private static final double SAG_MV_PER_W = 25;
    /** How much faster than default a unit at default voltage runs stably before silicon quality. */
    private static final double HEADROOM = 0.12;
    /** Stable frequency gained per relative core-voltage step (the mrv777 search's premise). */
    private static final double VOLTAGE_GAIN = 2.5;

    private final Board board;
    /** In [-1, 1]: this unit's silicon quality, fixed by its index so a fleet has known winners. */
    private final double quality;
    private int savedFrequency;
    private int savedVoltage;
    private int runningFrequency;
    private int runningVoltage;
    /** -1 = automatic fan control, else the fixed duty in %. */
    private int fanPercent = -1;
    private int tempTarget = 60;
    private long identifyUntilSecond = -1;

    BitaxeTuning(Board board, int index) {
        this.board = board;
        this.quality = ((index * 37) % 21 - 10) / 10.0;
        savedFrequency = runningFrequency = board.frequencyMhz();
        savedVoltage = runningVoltage = board.coreVoltageMv();
    }

    /** The frequency the chips run at, which may differ from the saved one until the next restart. */
    int runningFrequency() {
        return runningFrequency;
    }

    int runningVoltage() {
        return runningVoltage;
    }

    int savedFrequency() {
        return savedFrequency;
    }

    int savedVoltage() {
        return savedVoltage;
    }

    boolean autoFan() {
        return fanPercent < 0;
    }

    int fanPercent() {
        return fanPercent;
    }

    int tempTarget() {
        return tempTarget;
    }

    void saveFrequency(int mhz) {
        savedFrequency = mhz;
    }

    void saveVoltage(int mv) {
        savedVoltage = mv;
    }

    /** @param percent -1 for automatic control */
    void setFan(int percent) {
        fanPercent = percent;
    }

    void setTempTarget(int celsius) {
        tempTarget = celsius;
    }

    /** A restart: the saved clock settings start running. */
    void applySaved() {
        runningFrequency = savedFrequency;
        runningVoltage = savedVoltage;
    }

    void identify(long nowSecond, int seconds) {
        identifyUntilSecond = nowSecond + seconds;
    }

    boolean identifying(long nowSecond) {
        return nowSecond < identifyUntilSecond;
    }

    /** GH/s the firmware expects at the running frequency (frequency x small cores x ASICs / 1000). */
    double expectedGhs() {
        return runningFrequency * (double) board.smallCoreCount() * board.asicCount() / 1000.0;
    }

    /** Power relative to the default settings: frequency x voltage squared. */
    double powerScale() {
        double v = runningVoltage / (double) board.coreVoltageMv();
        return runningFrequency / (double) board.frequencyMhz() * v * v;
    }

    /** The highest frequency this unit runs without errors at the running core voltage. */
    double stableLimitMhz() {
        double dv = (runningVoltage - board.coreVoltageMv()) / (double) board.coreVoltageMv();
        return board.frequencyMhz() * (1 + HEADROOM + 0.05 * quality + VOLTAGE_GAIN * dv);
    }

    /** The share of the expected hashrate the chips deliver: 1 within the stable limit, falling fast above it. */
    double stableShare() {
        double over = runningFrequency / stableLimitMhz() - 1;
        return over <= 0 ? 1 : Math.max(0.4, 1 - 4 * over);
    }

    /** Extra ASIC error percentage above the stable limit. */
    double extraErrorPct() {
        return (1 - stableShare()) * 30;
    }

    /** A temperature that settles at {@code atDefault} under default power, scaled with power above the ambient. */
    double heat(double atDefault) {
        return AMBIENT_C + (atDefault - AMBIENT_C) * powerScale() * fanCooling();
    }

    /** A fixed fan duty cools better or worse than the automatic controller's usual ~60 %. */
    private double fanCooling() {
        return fanPercent < 0 ? 1 : 1.25 - 0.4 * fanPercent / 100.0;
    }

    /** Input millivolts lost to the extra current of a higher power draw (5 V boards only). */
    double sagMv(double watts) {
        return board.nominalVolts() == 5 ? Math.max(0, watts - board.typicalWatts()) * SAG_MV_PER_W : 0;
    }
}
