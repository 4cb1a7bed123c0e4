package io.github.bitaxemonitor.config;

import io.github.bitaxemonitor.config.YamlTree.MapNode;
import io.github.bitaxemonitor.config.YamlTree.Node;
import io.github.bitaxemonitor.config.YamlTree.Scalar;
import io.github.bitaxemonitor.control.SafetyLimits;
import java.util.Set;

/**
 * Reads {@code control:}, the owner's safety limits for everything that writes to a miner (control set, benchmark,
 * the live view's action menu). Absent keys keep {@link SafetyLimits#DEFAULTS}; the ranges refuse values no Bitaxe
 * or tuner would use, so a typo (6000 for 600) is reported rather than trusted.
 */
final class ControlReader {
    static final String KEY = "control";
    static final Set<String> KEYS = Set.of("max_frequency_mhz", "max_core_voltage_mv", "min_fan_percent",
            "max_asic_temp_c", "max_vr_temp_c", "min_input_v", "max_input_v", "max_power_w");

    private final Problems problems;

    ControlReader(Problems problems) {
        this.problems = problems;
    }

    SafetyLimits read(Node node) {
        SafetyLimits d = SafetyLimits.DEFAULTS;
        if (node == null || node instanceof Scalar s && s.isNull()) {
            return d;
        }
        if (!(node instanceof MapNode map)) {
            problems.add(node.pos(), KEY + " must be a mapping of keys such as 'max_frequency_mhz: 600'");
            return d;
        }
        Section c = new Section(map, KEY + ".", KEYS, problems);
        Integer maxFrequency = c.node("max_frequency_mhz") == null ? null
                : c.integer("max_frequency_mhz", 0, 50, 3000);
        Integer maxVoltage = c.node("max_core_voltage_mv") == null ? null
                : c.integer("max_core_voltage_mv", 0, 500, 2000);
        int minFan = c.integer("min_fan_percent", d.minFanPercent(), 0, 100);
        double asic = c.number("max_asic_temp_c", d.maxAsicTempC(), 30, 100, "C");
        double vr = c.number("max_vr_temp_c", d.maxVrTempC(), 30, 130, "C");
        double minV = c.number("min_input_v", d.minInputV(), 0, 60, "V");
        double maxV = c.number("max_input_v", d.maxInputV(), 0, 60, "V");
        Double power = c.node("max_power_w") == null ? null : c.number("max_power_w", 0, 1, 10_000, "W");
        if (minV >= maxV) {
            Node at = c.node("min_input_v") != null ? c.node("min_input_v") : c.node("max_input_v");
            problems.add(at.pos(), KEY + ".min_input_v " + Section.plain(minV) + " V must be below "
                    + KEY + ".max_input_v " + Section.plain(maxV) + " V");
            return d;
        }
        // A value out of range was reported and came back as 0: the config is refused, so nothing uses it.
        return problems.isEmpty() ? new SafetyLimits(maxFrequency, maxVoltage, minFan, asic, vr, minV, maxV, power) : d;
    }
}
