package io.github.bitaxemonitor.health;

import java.util.Locale;

/**
 * What decides which thresholds apply to a miner: its configured address, and the family, model and ASIC it reports
 * (any of the last three may be null before the first reading).
 */
public record MinerIdentity(String address, String family, String model, String asicModel) {

    /** True when {@code key} names this miner's model or ASIC: case-insensitively contained ("S19 Pro", "BM1370"). */
    boolean matchesModel(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return contains(model, k) || contains(asicModel, k);
    }

    private static boolean contains(String text, String lowerKey) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(lowerKey);
    }
}
