package io.github.bitaxemonitor.health;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The built-in thresholds, from the vendors' facts (shared/reference; the README's status table says why each).
 * Temperatures are for the sensor each family reports: ASIC/chip ({@code hot_c}), voltage regulator
 * ({@code vr_hot_c}, Bitaxe only) and hash board ({@code board_hot_c}, Antminer and Whatsminer).
 */
final class FamilyDefaults {
    /** Bitaxe-family values, and the non-temperature defaults of every family. */
    static final Thresholds BASE = new Thresholds(70, 90, 85, 10, Duration.ofMinutes(15), -80, Duration.ofMinutes(3));

    static final List<String> FAMILIES = List.of("bitaxe", "nerdqaxe", "antminer", "bosminer", "whatsminer", "avalon",
            "cgminer");

    /** Big miners take minutes to initialise their hash boards and reach the pool. */
    private static final Duration CGMINER_BOOT = Duration.ofMinutes(10);

    private static final Map<String, ThresholdOverrides> BY_FAMILY = Map.of(
            // Stock chip figures are estimates (~board + 15 C) and read 60-85 C when healthy; aftermarket firmware
            // warns at ~80-90 C chip. Boards run 55-75 C with the firmware's own cut-off at ~75-90 C.
            "antminer", ThresholdOverrides.temperatures(90.0, null, 80.0).withBootGrace(CGMINER_BOOT),
            // Braiins OS on the same hardware, measuring the chips: the same limits.
            "bosminer", ThresholdOverrides.temperatures(90.0, null, 80.0).withBootGrace(CGMINER_BOOT),
            // Chips run 75-100 C and boards 60-90 C in normal operation.
            "whatsminer", ThresholdOverrides.temperatures(105.0, null, 95.0).withBootGrace(CGMINER_BOOT),
            // TMax (the hottest chip) runs 70-95 C.
            "avalon", ThresholdOverrides.temperatures(100.0, null, null).withBootGrace(CGMINER_BOOT),
            // An unrecognised cgminer derivative: a big miner, judged like the cooler of the big families.
            "cgminer", ThresholdOverrides.temperatures(95.0, null, 90.0).withBootGrace(CGMINER_BOOT));

    /** Model and ASIC specifics, matched as substrings of the reported model or ASIC. */
    static final Map<String, ThresholdOverrides> MODELS = Map.of(
            // Tuners keep the BM1370 (Gamma, GT, NerdQAxe++) under 68 C, two degrees below the other chips.
            "BM1370", ThresholdOverrides.temperatures(68.0, null, null),
            // S17-generation boards cut out near 75 C, S9 boards near 90 C.
            "S17", ThresholdOverrides.temperatures(null, null, 72.0),
            "S9", ThresholdOverrides.temperatures(null, null, 85.0));

    private FamilyDefaults() {
    }

    static ThresholdOverrides forFamily(String family) {
        return family == null ? ThresholdOverrides.NONE : BY_FAMILY.getOrDefault(family, ThresholdOverrides.NONE);
    }
}
