package io.github.bitaxemonitor.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The drifting sensors of a CGMiner-API machine (hottest chip and rate share per unit, fan speed, intake air), and
 * how faults bend them into a {@link RigSnapshot}. Not thread-safe: the owning {@link SimulatedMiner} guards it.
 */
final class RigSensors {
    /** Fans of a hot machine run this much above their healthy speed. */
    private static final double FULL_FAN = 1.25;

    private final RigSpec spec;
    private final Drift[] chip;
    private final Drift[] share;
    private final Drift fan;
    private final Drift intake;

    RigSensors(RigSpec spec, SplittableRandom rng) {
        this.spec = spec;
        chip = new Drift[spec.units()];
        share = new Drift[spec.units()];
        for (int i = 0; i < spec.units(); i++) {
            chip[i] = new Drift(spec.chipMeanC(), 2.0, 180, spec.chipMinC(), spec.chipMaxC(), rng);
            share[i] = new Drift(1, 0.015, 60, 0.96, 1.04, rng);
        }
        fan = new Drift(1, 0.015, 120, 0.95, 1.05, rng);
        intake = new Drift(27, 1.2, 900, 21, 33, rng);
    }

    void step(SplittableRandom rng) {
        for (int i = 0; i < chip.length; i++) {
            chip[i].step(rng);
            share[i].step(rng);
        }
        fan.step(rng);
        intake.step(rng);
    }

    /**
     * The reading of this second.
     *
     * @param rateGhs     the whole machine's current rate (0 when it hashes nothing)
     * @param powerFactor the drifting power factor around 1
     * @param idle        true when the chips are not working (paused, booting, faulted, no hash): cool, fans low
     */
    RigSnapshot snapshot(MinerType type, Set<Fault> faults, MiningCounters c, double rateGhs, double powerFactor,
            boolean idle, String poolUser) {
        boolean hostile = faults.contains(Fault.HOSTILE);
        boolean overheat = faults.contains(Fault.OVERHEAT);
        boolean hot = faults.contains(Fault.HOT) || overheat;
        double shares = 0;
        for (Drift d : share) {
            shares += d.value();
        }
        double intakeC = round1(intake.value());
        List<RigSnapshot.Unit> units = new ArrayList<>(spec.units());
        List<Integer> fans = fans(hot, idle);
        for (int i = 0; i < spec.units(); i++) {
            double real = chipC(chip[i], hot, overheat, idle);
            double max = i == 0 && faults.contains(Fault.SENSOR_GLITCH) ? SimulatedMiner.GLITCH_TEMP_C : real;
            double board = round1(real - spec.boardBelowChipC() - 0.5 * i);
            List<Double> chips = List.of(round1(real - 2), max, round1(real - 1), round1(real - 3));
            List<Double> boards = List.of(round1(board - 2), round1(board - 1), board, round1(board - 3));
            double unitGhs = rateGhs * share[i].value() / shares;
            units.add(new RigSnapshot.Unit(spec.firstUnitId() + i, round2(unitGhs), spec.expectedGhs() / spec.units(),
                    board, max, round1(real - 4), round1(real - 9), boards, chips, spec.chipsPerUnit(),
                    spec.frequencyMhz(), spec.units() == spec.fans() ? fans.get(i) : 0, // one fan per module
                    round1(wattsNow(faults, rateGhs, powerFactor) / spec.units()), round1(intakeC + 0.4 * i)));
        }
        int percent = (int) Math.min(100, Math.round(100 * fans.get(0) / (spec.fanRpm() * FULL_FAN)));
        return new RigSnapshot(type,
                new RigSnapshot.Identity(hostile ? HostileStrings.HOSTNAME : spec.model(),
                        hostile ? HostileStrings.VERSION : spec.firmware(), poolUser),
                new RigSnapshot.Rates(round2(rateGhs), round2(c.average(0)), round2(c.average(1)),
                        round2(c.average(2)), round2(c.average(3)), round2(c.sinceBoot()), spec.expectedGhs()),
                new RigSnapshot.Shares(c.accepted(), c.rejectedAboveTarget() + c.rejectedStale(),
                        Math.round(c.accepted() * 0.0004), Math.floor(c.bestSessionDiff()), c.poolDifficulty()),
                List.copyOf(units),
                new RigSnapshot.Cooling(fans, percent, intakeC),
                new RigSnapshot.Power(round1(wattsNow(faults, rateGhs, powerFactor)),
                        (int) Math.round(spec.typicalWatts() * 1.05 / 100) * 100),
                new RigSnapshot.State(c.uptimeSeconds(), faults.contains(Fault.PAUSED),
                        faults.contains(Fault.POWER_FAULT)));
    }

    private double chipC(Drift d, boolean hot, boolean overheat, boolean idle) {
        if (overheat) {
            return round1(spec.hotChipC() + 7 + 3 * d.position());
        }
        if (hot) {
            return round1(spec.hotChipC() + 3 * d.position());
        }
        if (idle) {
            return round1(intake.value() + 12 + 5 * d.position());
        }
        return round1(d.value());
    }

    private List<Integer> fans(boolean hot, boolean idle) {
        double base = spec.fanRpm() * (hot ? FULL_FAN : idle ? 0.55 : fan.value());
        List<Integer> out = new ArrayList<>(spec.fans());
        for (int k = 0; k < spec.fans(); k++) {
            out.add((int) Math.round(base * (1 + 0.012 * k) / 10) * 10);
        }
        return List.copyOf(out);
    }

    /** Wall power: nominal while hashing, a control board and slow fans otherwise, about 20 W when put to sleep. */
    private double wattsNow(Set<Fault> faults, double rateGhs, double powerFactor) {
        if (faults.contains(Fault.PAUSED)) {
            return Math.min(20, spec.typicalWatts() * 0.04) * powerFactor;
        }
        if (rateGhs <= 0) {
            return spec.typicalWatts() * 0.04 * powerFactor;
        }
        return spec.typicalWatts() * powerFactor;
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
