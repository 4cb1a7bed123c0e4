package io.github.bitaxemonitor.config;

import io.github.bitaxemonitor.config.YamlTree.Entry;
import io.github.bitaxemonitor.config.YamlTree.MapNode;
import io.github.bitaxemonitor.config.YamlTree.Node;
import io.github.bitaxemonitor.config.YamlTree.Scalar;
import io.github.bitaxemonitor.health.Limits;
import io.github.bitaxemonitor.health.ThresholdOverrides;
import io.github.bitaxemonitor.health.ThresholdPolicy;
import io.github.bitaxemonitor.text.HostileText;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code thresholds:} (the top-level keys, {@code families:} and {@code models:}) and a miner's own
 * {@code thresholds:} into a {@link ThresholdPolicy}, checking every value against {@link Limits}.
 */
final class ThresholdReader {
    /** Keys a threshold mapping may hold at any scope. */
    static final Set<String> LIMIT_KEYS = Set.of("hot_c", "vr_hot_c", "board_hot_c", "reject_pct", "stall_minutes",
            "wifi_min_rssi", "boot_grace_minutes");
    static final Set<String> TOP_KEYS = union(LIMIT_KEYS, Set.of("offline_after", "families", "models"));
    static final Set<String> FAMILIES = Set.of("bitaxe", "nerdqaxe", "antminer", "bosminer", "whatsminer", "avalon",
            "cgminer");

    private final Problems problems;

    ThresholdReader(Problems problems) {
        this.problems = problems;
    }

    ThresholdPolicy read(Node node, Map<String, ThresholdOverrides> perMiner) {
        if (node == null || node instanceof Scalar s && s.isNull()) {
            return new ThresholdPolicy(ThresholdOverrides.NONE, Map.of(), Map.of(), perMiner,
                    ThresholdPolicy.DEFAULT_OFFLINE_AFTER);
        }
        if (!(node instanceof MapNode map)) {
            problems.add(node.pos(), "thresholds must be a mapping of keys such as 'hot_c: 70'");
            return ThresholdPolicy.defaults();
        }
        Section t = new Section(map, "thresholds.", TOP_KEYS, problems);
        ThresholdOverrides global = limits(t);
        Map<String, ThresholdOverrides> families = scoped(t, "families", FAMILIES);
        Map<String, ThresholdOverrides> models = scoped(t, "models", null);
        int offlineAfter = t.integer("offline_after", ThresholdPolicy.DEFAULT_OFFLINE_AFTER, 1, 100);
        return new ThresholdPolicy(global, families, models, perMiner, offlineAfter);
    }

    /** A miner's own {@code thresholds:} mapping; NONE when absent or unusable (reported). */
    ThresholdOverrides miner(Node node, String where) {
        if (node == null || node instanceof Scalar s && s.isNull()) {
            return ThresholdOverrides.NONE;
        }
        if (!(node instanceof MapNode map)) {
            problems.add(node.pos(), where + " must be a mapping of keys such as 'hot_c: 65'");
            return ThresholdOverrides.NONE;
        }
        return limits(new Section(map, where + ".", LIMIT_KEYS, problems));
    }

    /** {@code families:} or {@code models:}: name -> limits; families are checked against the known names. */
    private Map<String, ThresholdOverrides> scoped(Section t, String key, Set<String> allowed) {
        Node node = t.node(key);
        Map<String, ThresholdOverrides> out = new LinkedHashMap<>();
        if (node == null || node instanceof Scalar s && s.isNull()) {
            return out;
        }
        if (!(node instanceof MapNode map)) {
            problems.add(node.pos(), "thresholds." + key + " must be a mapping, e.g. '" + key + ": {"
                    + (allowed != null ? "antminer" : "\"S19 Pro\"") + ": {hot_c: 85}}'");
            return out;
        }
        if (allowed != null) {
            new Section(map, "thresholds." + key + ".", allowed, problems);
        }
        for (Entry e : map.entries()) {
            if (allowed != null && !allowed.contains(e.key())) {
                continue; // reported by the section above
            }
            if (e.key().isBlank()) {
                problems.add(e.keyPos(), "thresholds." + key + " has an empty name");
                continue;
            }
            String where = "thresholds." + key + "." + HostileText.forTerminal(e.key());
            if (!(e.value() instanceof MapNode m)) {
                problems.add(e.value().pos(), where + " must be a mapping of keys such as 'hot_c: 85'");
                continue;
            }
            out.put(e.key(), limits(new Section(m, where + ".", LIMIT_KEYS, problems)));
        }
        return out;
    }

    private static ThresholdOverrides limits(Section s) {
        return new ThresholdOverrides(number(s, "hot_c", Limits.HOT_C), number(s, "vr_hot_c", Limits.HOT_C_WIDE),
                number(s, "board_hot_c", Limits.HOT_C_WIDE), number(s, "reject_pct", Limits.REJECT_PCT),
                minutes(s, "stall_minutes", Limits.STALL_MINUTES),
                s.node("wifi_min_rssi") == null ? null
                        : (long) s.integer("wifi_min_rssi", -80, (int) Limits.WIFI_MIN_RSSI.min(),
                                (int) Limits.WIFI_MIN_RSSI.max()),
                minutes(s, "boot_grace_minutes", Limits.BOOT_GRACE_MINUTES));
    }

    private static Double number(Section s, String key, Limits l) {
        return s.node(key) == null ? null : s.number(key, l.min(), l.min(), l.max(), l.unit());
    }

    private static Duration minutes(Section s, String key, Limits l) {
        Double m = number(s, key, l);
        return m == null ? null : Duration.ofMillis(Math.round(m * 60_000));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
