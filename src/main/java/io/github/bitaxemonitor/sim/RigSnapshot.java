package io.github.bitaxemonitor.sim;

import java.util.List;

/**
 * What a simulated CGMiner-API miner reports in one reply, vendor-neutral: rates in GH/s, temperatures in C, power in
 * W, fans in RPM. The vendor writers decide which of these a firmware prints, under which names, in which units (GH
 * or MH) and with which quirks. Tests can compare what a client read with these values.
 *
 * @param type     the firmware shape
 * @param identity texts the device reports (hostile ones under {@link Fault#HOSTILE})
 * @param rates    the machine's hashrates
 * @param shares   share counters since boot
 * @param units    hash boards or, on multi-module Avalon controllers, modules, in firmware order
 * @param cooling  fans and intake air
 * @param power    wall power (also for firmware that does not report it: the truth an estimate is judged by)
 * @param state    uptime and the owner's / firmware's state
 */
public record RigSnapshot(MinerType type, Identity identity, Rates rates, Shares shares, List<Unit> units,
        Cooling cooling, Power power, State state) {

    /** @param model the model text; firmware the version text as sent; poolUser the stratum user */
    public record Identity(String model, String firmware, String poolUser) {
    }

    /**
     * GH/s. {@code current} is the 5-second / real-time figure; {@code m1}..{@code m30} moving averages;
     * {@code sinceBoot} the average since the miner process started (cgminer's "av"); {@code expected} nominal.
     */
    public record Rates(double current, double m1, double m5, double m15, double m30, double sinceBoot,
            double expected) {
    }

    /** Counts since boot; {@code bestShare} the best difficulty found this session. */
    public record Shares(long accepted, long rejected, long hardwareErrors, double bestShare, int poolDifficulty) {
    }

    /**
     * One hash board (chain) or module.
     *
     * @param id           the number the firmware gives it (S9 chains 6-8, S19 1-3, Avalon modules 1-4)
     * @param ghs          its current rate
     * @param boardC       hottest board (PCB) sensor; Avalon: {@code TAvg}
     * @param chipMaxC     hottest chip; Avalon: {@code TMax}; {@link SimulatedMiner#GLITCH_TEMP_C} under a glitch
     * @param boardSensors the four PCB sensors Antminer prints as "a-b-c-d"
     * @param chipSensors  the four chip sensors; under {@link Fault#SENSOR_GLITCH} the first unit's second one is
     *                     the glitch
     * @param fanRpm       the unit's own fan where each unit has one (multi-module Avalon, Nano), else 0
     * @param intakeC      air intake temperature at this unit
     */
    public record Unit(int id, double ghs, double expectedGhs, double boardC, double chipMaxC, double chipAvgC,
            double chipMinC, List<Double> boardSensors, List<Double> chipSensors, int chips, int frequencyMhz,
            int fanRpm, double powerW, double intakeC) {
    }

    /** @param fanRpm every fan of the machine; fanPercent the fan duty the controller asks for */
    public record Cooling(List<Integer> fanRpm, int fanPercent, double intakeC) {
    }

    /** @param wallW measured or, on firmware that reports none, true wall power; limitW the configured limit */
    public record Power(double wallW, int limitW) {
    }

    /**
     * @param uptimeSeconds since the miner process started (cgminer {@code Elapsed})
     * @param paused        put to sleep / soft-off by its owner ({@link Fault#PAUSED})
     * @param powerFault    a power fault is active ({@link Fault#POWER_FAULT})
     */
    public record State(long uptimeSeconds, boolean paused, boolean powerFault) {
    }
}
