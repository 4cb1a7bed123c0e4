package io.github.bitaxemonitor.repair;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Counts problems by kind and keeps the first few of each kind, so that a badly broken 1 GB file neither floods the
 * terminal nor fills memory. Optionally prints each kept problem the moment it is found.
 */
public final class ProblemLog implements Consumer<Problem> {
    /** How many problems of each kind are listed by default. */
    public static final int DEFAULT_LIMIT = 20;

    private final int limit;
    private final PrintStream live;
    /** Run before each live line: erases a progress bar sharing the terminal. */
    private final Runnable beforePrint;
    private final Map<ProblemKind, Long> counts = new EnumMap<>(ProblemKind.class);
    private final Map<ProblemKind, List<Problem>> examples = new EnumMap<>(ProblemKind.class);

    /**
     * @param limit problems kept (and printed) per kind; {@code Integer.MAX_VALUE} for all
     * @param live  where to print kept problems as they are found; null to print nothing
     */
    public ProblemLog(int limit, PrintStream live) {
        this(limit, live, () -> { });
    }

    ProblemLog(int limit, PrintStream live, Runnable beforePrint) {
        this.limit = limit;
        this.live = live;
        this.beforePrint = beforePrint;
    }

    @Override
    public void accept(Problem p) {
        long n = counts.merge(p.kind(), 1L, Long::sum);
        if (n <= limit) {
            examples.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(p);
            if (live != null) {
                beforePrint.run();
                live.println(p.format());
            }
        }
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Counts by kind, in {@link ProblemKind} order; kinds never seen are absent. */
    public Map<ProblemKind, Long> counts() {
        return Collections.unmodifiableMap(counts);
    }

    /** The first problems of each kind, up to the limit. */
    public Map<ProblemKind, List<Problem>> examples() {
        return Collections.unmodifiableMap(examples);
    }

    /** One line per kind: description, count and how many were not listed. */
    public void printSummary(PrintStream out, String indent) {
        for (Map.Entry<ProblemKind, Long> e : counts.entrySet()) {
            long more = e.getValue() - Math.min(e.getValue(), limit);
            out.printf("%s%-70s %,d%s%n", indent, e.getKey().description() + ":", e.getValue(),
                    limit > 0 && more > 0 ? "  (... and " + String.format("%,d", more) + " more not listed)" : "");
        }
    }
}
