package io.github.bitaxemonitor.view.format;

import io.github.bitaxemonitor.model.Field;
import io.github.bitaxemonitor.model.Fields;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.text.HostileText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Any field's value as people read it on a terminal, from its declaration: hashrates, power and temperatures scaled
 * as in the tables ({@link Units}), difficulties with SI suffixes, everything else with the field's own decimals and
 * unit; text escaped for the terminal; "-" when absent.
 */
public final class FieldText {
    private FieldText() {
    }

    public static String of(Field<?> f, Object value) {
        if (value == null) {
            return Units.NONE;
        }
        if (value instanceof Double d) {
            return switch (f.unit()) {
                case "GH/s" -> Units.hashrate(d);
                case "W" -> Units.power(d);
                case "C" -> Units.temp(d);
                default -> f.name().endsWith("_diff") || f.name().endsWith("difficulty") ? Units.si(d) : f.show(d);
            };
        }
        if (value instanceof Long l && f == Fields.UPTIME_S) {
            return Units.seconds(l);
        }
        if (value instanceof Status s) {
            return s.label();
        }
        if (value instanceof Instant || value instanceof Long || value instanceof Boolean) {
            return f.show(value);
        }
        return HostileText.forTerminal(value.toString());
    }

    /**
     * One entry per field group that has a value: its title and its "label value" items, in registry order; empty
     * groups are left out. Used by {@code --summary --detailed}, so a new field shows there by its declaration alone.
     *
     * @param skip groups not to list (the caller shows them its own way)
     */
    public static List<Map.Entry<String, List<String>>> byGroup(Sample s, List<Field.Group> skip) {
        List<Map.Entry<String, List<String>>> lines = new ArrayList<>();
        for (Field.Group g : Field.Group.values()) {
            if (skip.contains(g)) {
                continue;
            }
            List<String> items = new ArrayList<>();
            for (Field<?> f : Fields.all()) {
                Object v = f.group() == g ? f.get(s) : null;
                if (v != null) {
                    items.add(f.label().isEmpty() ? of(f, v) : f.label() + " " + of(f, v));
                }
            }
            if (!items.isEmpty()) {
                lines.add(Map.entry(g.title(), items));
            }
        }
        return lines;
    }
}
