package io.github.bitaxemonitor.sim;

/**
 * The hardware and firmware facts of one simulated CGMiner-API machine (shared/reference/cgminer-api.md, "Realistic
 * values" and "Normal temperatures").
 *
 * @param model         the model text the firmware reports (Antminer {@code Type}, Avalon {@code PROD}, ...)
 * @param slug          lower-case ASCII for host names
 * @param firmware      the firmware's version text as the device sends it
 * @param units         hash boards (Antminer chains, Whatsminer boards, Avalon boards) or, on multi-module Avalon
 *                      controllers, modules; at least 1
 * @param firstUnitId   the number the firmware gives the first unit (S9 chains are 6-8, S19 chains 1-3)
 * @param chipsPerUnit  ASIC chips per unit
 * @param expectedGhs   nominal rate of the whole machine in GH/s
 * @param typicalWatts  wall power of the whole machine at nominal rate (also for firmware that does not report it)
 * @param chipMeanC     where the hottest chip of a unit settles when healthy
 * @param chipMinC      lowest healthy hottest-chip reading; the drift never leaves [chipMinC, chipMaxC]
 * @param chipMaxC      highest healthy hottest-chip reading, below the vendor's normal limit
 * @param hotChipC      first reading of the {@link Fault#HOT} band: a few degrees above the vendor's normal range
 * @param boardBelowChipC how much cooler the board sensor reads than the hottest chip
 * @param fans          fans of the machine (Avalon multi-module: one per module)
 * @param fanRpm        typical fan speed when healthy
 * @param frequencyMhz  chip clock at stock settings
 * @param poolDifficulty share difficulty the pool gives this machine
 * @param serial        true when the device serves one API connection at a time (cgminer's single API thread)
 * @param combined      true when the firmware answers combined commands such as {@code summary+stats}
 */
record RigSpec(String model, String slug, String firmware, int units, int firstUnitId, int chipsPerUnit,
        double expectedGhs, double typicalWatts, double chipMeanC, double chipMinC, double chipMaxC, double hotChipC,
        double boardBelowChipC, int fans, int fanRpm, int frequencyMhz, int poolDifficulty, boolean serial,
        boolean combined) {
}
