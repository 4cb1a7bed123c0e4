package io.github.bitaxemonitor.text;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one duration syntax of every command line and file: a number and a unit, {@code 500ms}, {@code 90s},
 * {@code 15m}, {@code 1h}, {@code 7d}, several in a row ({@code 1h30m}), or ISO-8601 ({@code PT15M}, {@code P7D}).
 * Here rather than in {@code cli} so that configuration readers can share it.
 */
public final class Durations {
    /** Shown after a rejected value, so the user sees the syntax at once. */
    public static final String EXAMPLES = "examples: 90s, 15m, 1h, 7d, 1h30m, PT15M";
    private static final Pattern PART = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");
    private static final Pattern SHORT = Pattern.compile("(?:\\d{1,9}(?:ms|s|m|h|d))+");

    private Durations() {
    }

    /**
     * @throws IllegalArgumentException with a message that quotes the text and shows the syntax, when it is not a
     *                                  duration longer than zero
     */
    public static Duration parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Duration d;
        if (SHORT.matcher(t).matches()) {
            d = Duration.ZERO;
            for (Matcher m = PART.matcher(t); m.find(); ) {
                long n = Long.parseLong(m.group(1));
                d = d.plus(switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                });
            }
        } else {
            try {
                d = Duration.parse(t.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + HostileText.forTerminal(text) + "' is not a duration ("
                        + EXAMPLES + ")");
            }
        }
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException("'" + HostileText.forTerminal(text) + "' must be longer than zero");
        }
        return d;
    }
}
