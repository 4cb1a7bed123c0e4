package io.github.bitaxemonitor.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The {@code --name value} arguments of the benchmark mains; sizes take K, M, G, T suffixes (powers of 1000). */
final class Args {
    private final Map<String, String> values;

    private Args(Map<String, String> values) {
        this.values = values;
    }

    /** Parses pairs; an option not in {@code known}, or one without a value, is an error. */
    static Args parse(String[] args, String... known) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!List.of(known).contains(args[i]) || i + 1 >= args.length) {
                throw new IllegalArgumentException("unknown option or missing value: " + args[i]
                        + " (known: " + String.join(" ", known) + ")");
            }
            values.put(args[i], args[i + 1]);
        }
        return new Args(values);
    }

    String value(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    long number(String name, long fallback) {
        String v = values.get(name);
        return v == null ? fallback : Long.parseLong(v);
    }

    long bytes(String name, String fallback) {
        return size(values.getOrDefault(name, fallback));
    }

    static long size(String text) {
        String t = text.trim().toUpperCase();
        char unit = t.charAt(t.length() - 1);
        long scale = switch (unit) {
            case 'K' -> 1_000L;
            case 'M' -> 1_000_000L;
            case 'G' -> 1_000_000_000L;
            case 'T' -> 1_000_000_000_000L;
            default -> 1L;
        };
        String digits = scale == 1 ? t : t.substring(0, t.length() - 1);
        return (long) (Double.parseDouble(digits) * scale);
    }
}
