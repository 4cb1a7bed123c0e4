package io.github.bitaxemonitor.analyze;

import io.github.bitaxemonitor.text.Durations;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The times users type for {@code --since}, {@code --until} and periods: a duration back from now ("7d", "12h"),
 * a UTC date ("2026-11-20", meaning its midnight) or an instant ("2026-11-20T06:00:00Z").
 */
public final class TimeArgs {
    private TimeArgs() {
    }

    /** @throws IllegalArgumentException naming the text */
    public static Instant parse(String text, Instant now) {
        String t = text.trim();
        try {
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (t.length() > 10 && Character.isDigit(t.charAt(0)) && t.charAt(4) == '-') {
                return Instant.parse(t);
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date (2026-11-20) or an instant "
                    + "(2026-11-20T06:00:00Z)");
        }
        try {
            return now.minus(Durations.parse(t));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is neither a duration back from now (7d, 12h), a "
                    + "date (2026-11-20) nor an instant (2026-11-20T06:00:00Z)");
        }
    }
}
