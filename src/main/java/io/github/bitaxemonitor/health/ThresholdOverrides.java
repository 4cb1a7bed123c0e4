package io.github.bitaxemonitor.health;

import java.time.Duration;

/**
 * Some thresholds set for a scope (a family, a model, one miner, or the config's top level); null means "not set
 * here, keep what applies from further out".
 */
public record ThresholdOverrides(Double hotC, Double vrHotC, Double boardHotC, Double rejectPct, Duration stall,
                                 Long wifiMinRssi, Duration bootGrace) {
    public static final ThresholdOverrides NONE = new ThresholdOverrides(null, null, null, null, null, null, null);

    public static ThresholdOverrides temperatures(Double hotC, Double vrHotC, Double boardHotC) {
        return new ThresholdOverrides(hotC, vrHotC, boardHotC, null, null, null, null);
    }

    /** The same overrides without the temperature limits (which are sensor- and so family-specific). */
    public ThresholdOverrides withoutTemperatures() {
        return new ThresholdOverrides(null, null, null, rejectPct, stall, wifiMinRssi, bootGrace);
    }

    public ThresholdOverrides withBootGrace(Duration grace) {
        return new ThresholdOverrides(hotC, vrHotC, boardHotC, rejectPct, stall, wifiMinRssi, grace);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    Thresholds applyTo(Thresholds t) {
        return new Thresholds(or(hotC, t.hotC()), or(vrHotC, t.vrHotC()), or(boardHotC, t.boardHotC()),
                or(rejectPct, t.rejectPct()), stall != null ? stall : t.stall(),
                wifiMinRssi != null ? wifiMinRssi : t.wifiMinRssi(), bootGrace != null ? bootGrace : t.bootGrace());
    }

    private static double or(Double v, double fallback) {
        return v != null ? v : fallback;
    }
}
