package io.github.bitaxemonitor.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Nameplate efficiencies (J/TH at stock settings) by model, for miners whose firmware reports no power (stock
 * Antminer): estimated watts = J/TH x TH/s, stored in {@code power_estimated_w}, never in {@code power_w}. Keys match
 * a reported model case-insensitively as a substring, the longest matching key winning ("S19j Pro" before "S19").
 *
 * @param jPerTh J/TH by model key; every value positive
 */
public record PowerEstimates(Map<String, Double> jPerTh) {
    /** shared/reference/cgminer-api.md, "Power when the device does not report it". */
    public static final Map<String, Double> DEFAULTS = defaults();

    public PowerEstimates {
        jPerTh = Map.copyOf(jPerTh);
        for (Map.Entry<String, Double> e : jPerTh.entrySet()) {
            if (e.getValue() == null || !(e.getValue() > 0)) {
                throw new IllegalArgumentException("efficiency of " + e.getKey() + " must be positive");
            }
        }
    }

    public static PowerEstimates withDefaults() {
        return new PowerEstimates(DEFAULTS);
    }

    /** The defaults with the user's entries on top (theirs win for the same key). */
    public static PowerEstimates withDefaults(Map<String, Double> user) {
        Map<String, Double> all = new LinkedHashMap<>(DEFAULTS);
        all.putAll(user);
        return new PowerEstimates(all);
    }

    /** Estimated watts, or null when the model is unknown, matches no key, or the hashrate is unknown. */
    public Double estimateW(String model, Double hashrateGhs) {
        if (model == null || hashrateGhs == null || hashrateGhs <= 0) {
            return null;
        }
        String m = model.toLowerCase(Locale.ROOT);
        return jPerTh.entrySet().stream()
                .filter(e -> m.contains(e.getKey().toLowerCase(Locale.ROOT)))
                .max(Comparator.comparingInt((Map.Entry<String, Double> e) -> e.getKey().length())
                        .thenComparing(Map.Entry::getKey))
                .map(e -> e.getValue() * hashrateGhs / 1000.0)
                .orElse(null);
    }

    private static Map<String, Double> defaults() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("S9", 98.0);
        m.put("S17 Pro", 40.0);
        m.put("S19", 34.0);
        m.put("S19 Pro", 29.5);
        m.put("S19j Pro", 29.5);
        m.put("S19 XP", 21.5);
        m.put("S21", 17.5);
        return Map.copyOf(m);
    }
}
