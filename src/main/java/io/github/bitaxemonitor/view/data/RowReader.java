package io.github.bitaxemonitor.view.data;

import io.github.bitaxemonitor.model.Sample;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Function;

/** Where the viewer's rows come from once the window's start is known: a tailed file layout, or a backup. */
public interface RowReader {
    /**
     * Finds where the newest {@code window} of rows begins and returns the reader that delivers them from there:
     * the files' ends are read backwards ({@link RecentRows}) and then followed ({@link Tailer}), or a gzip file is
     * read forward ({@link GzipRows}).
     *
     * @param sinkForCutoff given the window's cutoff (rows before it are outside the window; null = no limit), the
     *                      consumer of the rows
     * @param scan          counts the bytes read to find the window
     */
    static RowReader open(DataSource source, Duration window, ReadCounter scan,
                          Function<Instant, Consumer<Sample>> sinkForCutoff) throws IOException {
        if (source.gzipFile() != null) {
            Instant newest = GzipRows.newest(source.gzipFile(), scan);
            Instant cutoff = newest == null ? null : RecentRows.before(newest, window);
            return new GzipRows(source.gzipFile(), sinkForCutoff.apply(cutoff));
        }
        RecentRows.Start start = RecentRows.find(source, window, scan);
        return new Tailer(source, start.position(), sinkForCutoff.apply(start.cutoff()));
    }

    /**
     * Hands on whatever rows are new since the last call.
     *
     * @return true when at least one row was delivered
     */
    boolean poll() throws IOException;

    /** Rows delivered so far. */
    long rows();

    /** Lines that were not rows (torn, not CSV, wrong cell count, missing timestamp or address...). */
    long corruptRows();

    /** "file @ byte N: why" for the latest corrupt row, or null; escape it before showing it. */
    String lastProblem();

    /** Bytes read from data files so far. */
    long bytesRead();
}
