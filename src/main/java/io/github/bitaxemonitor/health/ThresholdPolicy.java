package io.github.bitaxemonitor.health;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which thresholds apply to which miner. Layers from the most general to the most specific, each overriding what it
 * sets: the built-in defaults, the built-in family and model defaults ({@link FamilyDefaults}), the config's top-level
 * {@code thresholds:} keys, then its {@code families:}, its {@code models:} and last the miner's own
 * {@code thresholds:}.
 *
 * <p>The top-level temperature keys ({@code hot_c}, {@code vr_hot_c}, {@code board_hot_c}) apply to the Bitaxe family
 * only: they always meant the Bitaxe's ASIC and VR, and applying 70 C to an Antminer's chips, which run at 75-95 C by
 * design, is how every healthy Antminer came to show HOT. Other families take theirs from {@code families:}.
 *
 * @param global       the top-level keys
 * @param families     per family name (lower case: bitaxe, nerdqaxe, antminer, bosminer, whatsminer, avalon, cgminer)
 * @param models       per model or ASIC name (matched case-insensitively as a substring; longer keys win)
 * @param miners       per configured address
 * @param offlineAfter OFFLINE polls in a row after which a miner is polled without retries, 1..100
 */
public record ThresholdPolicy(ThresholdOverrides global, Map<String, ThresholdOverrides> families,
                              Map<String, ThresholdOverrides> models, Map<String, ThresholdOverrides> miners,
                              int offlineAfter) {
    public static final int DEFAULT_OFFLINE_AFTER = 3;
    /** Families whose top-level temperature keys the config's {@code hot_c} and {@code vr_hot_c} are. */
    public static final Set<String> BITAXE_FAMILIES = Set.of("bitaxe", "nerdqaxe");

    public ThresholdPolicy {
        families = lowerKeys(families);
        models = Map.copyOf(models);
        miners = Map.copyOf(miners);
        if (offlineAfter < 1 || offlineAfter > 100) {
            throw new IllegalArgumentException("offline_after " + offlineAfter + " outside 1..100");
        }
    }

    public static ThresholdPolicy defaults() {
        return new ThresholdPolicy(ThresholdOverrides.NONE, Map.of(), Map.of(), Map.of(), DEFAULT_OFFLINE_AFTER);
    }

    /** The thresholds for one miner as it identifies itself now. */
    public Thresholds forMiner(MinerIdentity id) {
        String family = id.family() == null ? null : id.family().toLowerCase(Locale.ROOT);
        Thresholds t = FamilyDefaults.BASE;
        t = FamilyDefaults.forFamily(family).applyTo(t);
        t = modelLayers(FamilyDefaults.MODELS, id, t);
        boolean bitaxe = family == null || BITAXE_FAMILIES.contains(family);
        t = (bitaxe ? global : global.withoutTemperatures()).applyTo(t);
        if (family != null && families.containsKey(family)) {
            t = families.get(family).applyTo(t);
        }
        t = modelLayers(models, id, t);
        ThresholdOverrides own = miners.get(id.address());
        return own == null ? t : own.applyTo(t);
    }

    /** Applies the matching model layers, shorter (more general) keys first so the most specific one wins. */
    private static Thresholds modelLayers(Map<String, ThresholdOverrides> layers, MinerIdentity id, Thresholds t) {
        if (layers.isEmpty() || id.model() == null && id.asicModel() == null) {
            return t;
        }
        List<String> keys = new ArrayList<>();
        for (String k : layers.keySet()) {
            if (id.matchesModel(k)) {
                keys.add(k);
            }
        }
        keys.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        for (String k : keys) {
            t = layers.get(k).applyTo(t);
        }
        return t;
    }

    private static Map<String, ThresholdOverrides> lowerKeys(Map<String, ThresholdOverrides> in) {
        Map<String, ThresholdOverrides> out = new LinkedHashMap<>();
        in.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), v));
        return Map.copyOf(out);
    }

    /** A uniform policy for tests and tools: these values for every miner, whatever its family. */
    public static ThresholdPolicy uniform(Thresholds t) {
        ThresholdOverrides all = new ThresholdOverrides(t.hotC(), t.vrHotC(), t.boardHotC(), t.rejectPct(), t.stall(),
                t.wifiMinRssi(), t.bootGrace());
        Map<String, ThresholdOverrides> everyFamily = new LinkedHashMap<>();
        for (String f : FamilyDefaults.FAMILIES) {
            everyFamily.put(f, all);
        }
        return new ThresholdPolicy(all, everyFamily, Map.of(), Map.of(), DEFAULT_OFFLINE_AFTER);
    }

    static Duration minutes(double m) {
        return Duration.ofMillis(Math.round(m * 60_000));
    }
}
