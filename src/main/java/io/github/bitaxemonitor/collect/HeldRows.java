package io.github.bitaxemonitor.collect;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.store.MetricsWriter;
import io.github.bitaxemonitor.text.HostileText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Rows of cycles whose write failed, kept in memory so that the next write carries them: a full disk costs no row
 * once space returns. Every write attempts the current cycle whole, after the held rows. Memory is bounded: while
 * more than {@code maxRows} rows are held, whole earlier cycles are given up, oldest first, but never the newest
 * failed one, so at most {@code maxRows} or one cycle's rows are held; each give-up is said with its exact count and
 * cause. At stop, {@link #finish} tries once more and else saves the rows to a recovery file.
 *
 * <p>Synchronized: the collector thread appends, a stop finishes after that thread has ended (or gave up waiting).
 */
final class HeldRows {
    /** About 30 MB of rows; a larger single cycle is still held whole. */
    static final int MAX_ROWS = 20_000;

    private final int maxRows;
    /** The rows of each failed cycle not yet written or given up, oldest first; each list is immutable. */
    private final Deque<List<Sample>> cycles = new ArrayDeque<>();
    /** The number of rows in {@code cycles}. */
    private int rows;
    /** Failed writes in a row; 0 after a successful one. */
    private int failuresInARow;

    HeldRows(int maxRows) {
        this.maxRows = maxRows;
    }

    /**
     * What one write did.
     *
     * @param written  the store's result, or null when the write failed
     * @param error    why it failed (one line), or null
     * @param held     rows held after it (0 when written)
     * @param givenUp  one line saying which earlier rows were given up and why, or null when none were
     */
    record Attempt(MetricsWriter.AppendResult written, String error, int held, String givenUp) {
    }

    /** Writes the held rows and then {@code cycle} in one append; on failure holds {@code cycle} too. */
    synchronized Attempt append(MetricsWriter writer, List<Sample> cycle) {
        List<Sample> all = new ArrayList<>(rows + cycle.size());
        cycles.forEach(all::addAll);
        all.addAll(cycle);
        try {
            MetricsWriter.AppendResult r = writer.appendCycle(all);
            cycles.clear();
            rows = 0;
            failuresInARow = 0;
            return new Attempt(r, null, 0, null);
        } catch (IOException | RuntimeException e) {
            failuresInARow++;
            if (!cycle.isEmpty()) {
                cycles.addLast(List.copyOf(cycle));
                rows += cycle.size();
            }
            String givenUp = trim();
            return new Attempt(null, why(e), rows, givenUp);
        }
    }

    /** Gives up the oldest cycles while more than {@code maxRows} rows are held, keeping the newest cycle. */
    private String trim() {
        int lostRows = 0;
        int lostCycles = 0;
        String from = null;
        String to = null;
        while (rows > maxRows && cycles.size() > 1) {
            List<Sample> oldest = cycles.removeFirst();
            rows -= oldest.size();
            lostRows += oldest.size();
            lostCycles++;
            from = from == null ? oldest.get(0).timestamp().toString() : from;
            to = oldest.get(0).timestamp().toString();
        }
        if (lostCycles == 0) {
            return null;
        }
        return "gave up " + lostRows + " unwritten rows of " + lostCycles + " earlier cycle"
                + (lostCycles == 1 ? " (" + from + ")" : "s (" + from + " to " + to + ")")
                + ": the data files could not be written for " + failuresInARow + " cycles in a row, and at most "
                + maxRows + " unwritten rows are kept in memory";
    }

    synchronized int size() {
        return rows;
    }

    /** How the held rows ended at stop: none held, written at the last try, saved to a recovery file, or lost. */
    enum Ending { NONE, WRITTEN, SAVED, LOST }

    /**
     * @param ending what became of the held rows
     * @param line   one line for the console (null for {@link Ending#NONE}); for LOST it says how many and why
     */
    record Final(Ending ending, String line) {
    }

    /** At stop: tries once more to write the held rows, else saves them to a recovery file; lets them go either way. */
    synchronized Final finish(MetricsWriter writer) {
        if (rows == 0) {
            return new Final(Ending.NONE, null);
        }
        List<Sample> all = new ArrayList<>(rows);
        cycles.forEach(all::addAll);
        int count = rows;
        cycles.clear();
        rows = 0;
        String what = count + (count == 1 ? " row" : " rows") + " held from failed writes";
        try {
            writer.appendCycle(all);
            return new Final(Ending.WRITTEN, "wrote the " + what + " before stopping");
        } catch (IOException | RuntimeException append) {
            String why = why(append);
            try {
                Path saved = writer.saveRecovery(all);
                return new Final(Ending.SAVED, "the " + what + " could not be written (" + why + "): saved them to "
                        + saved + "; the next start merges them back into the data files");
            } catch (IOException | RuntimeException save) {
                return new Final(Ending.LOST, count + (count == 1 ? " row" : " rows") + " LOST: held from failed"
                        + " writes, they could not be written (" + why + ") nor saved to a recovery file ("
                        + why(save) + ")");
            }
        }
    }

    /** The whole message, terminal-safe: a path in it may hold a line break, and only its first line would remain. */
    private static String why(Throwable e) {
        String msg = e.getMessage();
        return HostileText.forTerminal(msg == null || msg.isBlank() ? e.getClass().getSimpleName() : msg, 1000);
    }
}
