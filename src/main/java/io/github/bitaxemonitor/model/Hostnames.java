package io.github.bitaxemonitor.model;

import io.github.bitaxemonitor.text.HostileText;
import java.util.Locale;

/** The one place that decides whether a hostname a miner reported (or a file holds) is a usable name. */
public final class Hostnames {
    private Hostnames() {
    }

    /**
     * The name, sanitised, when it is one a device answers to; null for missing, blank, the firmware's placeholders
     * ("Unknown", "null") and names with whitespace (forks send free text there).
     */
    public static String usable(String raw) {
        String s = HostileText.sanitize(raw);
        if (s == null || s.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        return lower.equals("unknown") || lower.equals("null") ? null : s;
    }
}
