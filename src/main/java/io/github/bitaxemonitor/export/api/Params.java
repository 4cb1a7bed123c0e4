package io.github.bitaxemonitor.export.api;

import io.github.bitaxemonitor.text.HostileText;
import io.github.bitaxemonitor.text.Durations;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The query parameters of one request, checked: an unknown or repeated parameter, a value that does not parse or a
 * value out of range is a {@link BadRequest} naming it, so a script's typo is an error rather than a silent default.
 */
final class Params {
    /** Longer values are refused before they are parsed. */
    static final int MAX_VALUE = 512;

    private final Map<String, String> values = new HashMap<>();

    private Params() {
    }

    static Params parse(String rawQuery, Set<String> allowed) {
        Params p = new Params();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return p;
        }
        for (String pair : rawQuery.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), "parameter name");
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), name);
            if (!allowed.contains(name)) {
                throw BadRequest.of("unknown parameter '" + show(name) + "'"
                        + (allowed.isEmpty() ? ": this endpoint takes none" : ": expected " + String.join(", ",
                        allowed.stream().sorted().toList())));
            }
            if (value.length() > MAX_VALUE) {
                throw BadRequest.of(name + " is longer than " + MAX_VALUE + " characters");
            }
            if (p.values.put(name, value) != null) {
                throw BadRequest.of(name + " is given more than once");
            }
        }
        return p;
    }

    String text(String name) {
        String v = values.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** A whole number in [min, max]; larger ones are capped to {@code cap} when it is not -1. */
    int integer(String name, int def, int min, int cap) {
        String v = text(name);
        if (v == null) {
            return def;
        }
        if (!v.matches("-?\\d{1,18}")) {
            throw BadRequest.of(name + " must be a whole number, not '" + show(v) + "'");
        }
        long n = Long.parseLong(v);
        if (n < min) {
            throw BadRequest.of(name + " must be at least " + min + ", not " + n);
        }
        return (int) Math.min(n, cap);
    }

    /**
     * A point in time: an ISO-8601 instant ({@code 2026-03-01T12:00:00Z}) or how long ago ({@code 90s}, {@code 30m},
     * {@code 1h}, {@code 2d}).
     */
    Instant instant(String name, Instant def, Instant now) {
        String v = text(name);
        if (v == null) {
            return def;
        }
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            Duration ago;
            try {
                ago = Durations.parse(v);
            } catch (IllegalArgumentException e2) {
                throw BadRequest.of(name + " must be an instant such as 2026-03-01T12:00:00Z or a time ago such "
                        + "as 30m, 1h or 2d, not '" + show(v) + "'");
            }
            try {
                return now.minus(ago);
            } catch (ArithmeticException | DateTimeException e2) {
                throw BadRequest.of(name + " reaches further back than time itself: '" + show(v) + "'");
            }
        }
    }

    private static String decode(String s, String what) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw BadRequest.of(what + " is not valid percent-encoding");
        }
    }

    /** Echoed text is cut and made visible: it came from the client. */
    static String show(String s) {
        String t = HostileText.forTerminal(s);
        return t.length() > 64 ? t.substring(0, 64) + "..." : t;
    }
}
