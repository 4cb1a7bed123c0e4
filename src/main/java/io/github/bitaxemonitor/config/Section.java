package io.github.bitaxemonitor.config;

import com.fasterxml.jackson.core.JsonToken;
import io.github.bitaxemonitor.config.YamlTree.Entry;
import io.github.bitaxemonitor.config.YamlTree.MapNode;
import io.github.bitaxemonitor.config.YamlTree.Node;
import io.github.bitaxemonitor.config.YamlTree.Pos;
import io.github.bitaxemonitor.config.YamlTree.Scalar;
import io.github.bitaxemonitor.text.HostileText;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Typed, located access to one YAML mapping. Unknown and duplicate keys are reported when the section is made; each
 * getter reports a wrong type or an out-of-range value at the value's position and returns the default instead, so
 * reading goes on and every problem of the file is found in one pass.
 */
final class Section {
    private final String prefix;
    private final Problems problems;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Pos pos;

    /**
     * @param prefix how keys are named in messages ("" at the top level, "thresholds." inside thresholds)
     */
    Section(MapNode node, String prefix, Set<String> known, Problems problems) {
        this.prefix = prefix;
        this.problems = problems;
        this.pos = node.pos();
        for (Entry e : node.entries()) {
            Entry first = entries.get(e.key());
            if (!known.contains(e.key())) {
                String guess = Suggest.closest(e.key(), known);
                problems.add(e.keyPos(), "unknown key '" + prefix + HostileText.forTerminal(e.key()) + "'"
                        + (guess != null ? " (did you mean '" + prefix + guess + "'?)"
                        : " (see config.yaml.example for the keys)"));
            } else if (first != null) {
                problems.add(e.keyPos(), "duplicate key '" + prefix + e.key() + "' (first at line "
                        + first.keyPos().line() + ")");
            } else {
                entries.put(e.key(), e);
            }
        }
    }

    /** The value node of a known key, or null when the key is absent. */
    Node node(String key) {
        Entry e = entries.get(key);
        return e == null ? null : e.value();
    }

    /** Where the mapping starts: for a problem that belongs to the whole section (a required key missing). */
    Pos pos() {
        return pos;
    }

    /** Where problems go, for readers of nested lists. */
    Problems problems() {
        return problems;
    }

    /** Where the key is written, or null when absent. */
    Pos keyPos(String key) {
        Entry e = entries.get(key);
        return e == null ? null : e.keyPos();
    }

    /** A number within [min, max]; {@code unit} ("seconds") is named in messages. */
    double number(String key, double def, double min, double max, String unit) {
        Scalar s = scalar(key, "a number" + (unit.isEmpty() ? "" : " of " + unit));
        if (s == null) {
            return def;
        }
        Double v = parseNumber(s);
        if (v == null) {
            wrongType(key, s, "a number" + (unit.isEmpty() ? "" : " of " + unit));
            return def;
        }
        if (v < min || v > max) {
            problems.add(s.pos(), name(key) + " must be between " + plain(min) + " and " + plain(max)
                    + (unit.isEmpty() ? "" : " " + unit) + ", not " + plain(v));
            return def;
        }
        return v;
    }

    /** A whole number within [min, max]. */
    int integer(String key, int def, int min, int max) {
        Scalar s = scalar(key, "a whole number");
        if (s == null) {
            return def;
        }
        Double v = parseNumber(s);
        if (v == null || v != Math.rint(v)) {
            wrongType(key, s, "a whole number");
            return def;
        }
        if (v < min || v > max) {
            problems.add(s.pos(), name(key) + " must be between " + min + " and " + max + ", not " + plain(v));
            return def;
        }
        return v.intValue();
    }

    boolean bool(String key, boolean def) {
        Scalar s = scalar(key, "true or false");
        if (s == null) {
            return def;
        }
        if (s.token() == JsonToken.VALUE_TRUE || s.token() == JsonToken.VALUE_FALSE) {
            return s.token() == JsonToken.VALUE_TRUE;
        }
        switch (s.text().trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on":
                return true;
            case "false", "no", "off":
                return false;
            default:
                wrongType(key, s, "true or false");
                return def;
        }
    }

    /** Non-blank text, or the default when the key is absent. */
    String text(String key, String def, String expected) {
        Scalar s = scalar(key, expected);
        if (s == null) {
            return def;
        }
        if (s.text().isBlank()) {
            problems.add(s.pos(), name(key) + " is empty: give " + expected + " or remove the key for the default");
            return def;
        }
        return s.text().trim();
    }

    /** A key whose value names one of {@code type}'s constants, in any case; anything else is reported. */
    <E extends Enum<E>> E choice(String key, Class<E> type, E def) {
        StringBuilder expected = new StringBuilder();
        for (E c : type.getEnumConstants()) {
            expected.append(expected.length() == 0 ? "" : " or ").append(c.name().toLowerCase(Locale.ROOT));
        }
        String t = text(key, def.name().toLowerCase(Locale.ROOT), expected.toString());
        try {
            return Enum.valueOf(type, t.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(node(key).pos(), name(key) + " must be " + expected + ", not '"
                    + HostileText.forTerminal(t) + "'");
            return def;
        }
    }

    /** The scalar of a present key; reports (and returns null for) a list, mapping or empty value. */
    private Scalar scalar(String key, String expected) {
        Entry e = entries.get(key);
        if (e == null) {
            return null;
        }
        if (e.value() instanceof Scalar s && !s.isNull()) {
            return s;
        }
        if (e.value() instanceof Scalar) {
            problems.add(e.keyPos(), name(key) + " has no value: give " + expected
                    + " or remove the key for the default");
        } else {
            problems.add(e.value().pos(), name(key) + " must be " + expected + ", not a "
                    + (e.value() instanceof YamlTree.Seq ? "list" : "mapping"));
        }
        return null;
    }

    private void wrongType(String key, Scalar s, String expected) {
        problems.add(s.pos(), name(key) + " must be " + expected + ", not '" + HostileText.forTerminal(s.text()) + "'");
    }

    /** The key as messages name it: "alerts.rules.for". */
    String name(String key) {
        return prefix + key;
    }

    /** Numbers, also when quoted: "30" is what the user meant; "thirty" is not a number. */
    static Double parseNumber(Scalar s) {
        if (s.token() == JsonToken.VALUE_TRUE || s.token() == JsonToken.VALUE_FALSE) {
            return null;
        }
        try {
            double v = new BigDecimal(s.text().trim()).doubleValue();
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** 30.0 as "30", 0.1 as "0.1": how a user would write it. */
    static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
