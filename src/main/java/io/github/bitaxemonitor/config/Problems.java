package io.github.bitaxemonitor.config;

import io.github.bitaxemonitor.config.YamlTree.Pos;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem of one config file so the user can fix them all in one go. */
final class Problems {
    /** More than this many lines would scroll the first (usually the cause of the rest) out of sight. */
    private static final int MAX_SHOWN = 20;

    private record Problem(Pos pos, String message) {
    }

    private final String file;
    private final List<Problem> list = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    /** A problem at a place in the file; {@code pos} null for one that has no place (a missing key). */
    void add(Pos pos, String message) {
        list.add(new Problem(pos, message));
    }

    int size() {
        return list.size();
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    /** Throws the collected problems, in file order, if there are any. */
    void throwIfAny() {
        if (list.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        list.stream()
                .sorted(Comparator.comparing((Problem p) -> p.pos == null ? Integer.MAX_VALUE : p.pos.line())
                        .thenComparing(p -> p.pos == null ? 0 : p.pos.column()))
                .limit(MAX_SHOWN)
                .forEach(p -> lines.add(p.pos == null ? file + ": " + p.message
                        : file + ":" + p.pos.line() + ":" + p.pos.column() + ": " + p.message));
        if (list.size() > MAX_SHOWN) {
            lines.add(file + ": ... and " + (list.size() - MAX_SHOWN) + " more problems");
        }
        throw new ConfigException(lines);
    }
}
