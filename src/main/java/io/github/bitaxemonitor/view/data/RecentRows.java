package io.github.bitaxemonitor.view.data;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.store.LineSplitter;
import io.github.bitaxemonitor.store.RawLine;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds where the newest {@code window} of rows begins by reading the newest files backwards in chunks, so start-up
 * costs the size of the window, never the size of the history. Rows are appended in time order, so only the first
 * readable row of each chunk has to be decoded until a chunk reaches back past the window. Reading the rows themselves
 * is then the {@link Tailer}'s job, starting at the returned position: one forward code path for start-up and live.
 */
public final class RecentRows {
    static final int CHUNK = 64 * 1024;

    /**
     * @param position where the window's first row starts; null only when there is no data file at all
     * @param newest   timestamp of the newest readable row; null when no file holds a row yet
     * @param cutoff   {@code newest - window}: rows older than this are outside the window; null with {@code newest}
     */
    public record Start(Position position, Instant newest, Instant cutoff) {
    }

    private final ReadCounter counter;
    private Instant newest;
    private Instant cutoff;

    private RecentRows(ReadCounter counter) {
        this.counter = counter;
    }

    /** Locates the start of the window that ends at the newest row. */
    public static Start find(DataSource source, Duration window, ReadCounter counter) throws IOException {
        return new RecentRows(counter).locate(source.files(), window);
    }

    private Start locate(List<Path> files, Duration window) throws IOException {
        Position found = null;
        for (int i = files.size() - 1; i >= 0 && found == null; i--) {
            try {
                found = scanBackwards(files.get(i), window);
            } catch (NoSuchFileException vanished) {
                // Deleted between listing and opening (a rotation or a cleanup): the files around it still count.
            }
            if (found == null && newest != null) {
                // The whole file lies inside the window; unless an older file reaches past it, start here.
                found = i == 0 ? new Position(files.get(0), 0) : null;
            }
        }
        if (found == null) {
            return files.isEmpty() ? new Start(null, null, null)
                    : new Start(new Position(files.get(files.size() - 1), 0), null, null);
        }
        return new Start(found, newest, cutoff);
    }

    /**
     * Reads one file from its end towards its start.
     *
     * @return the position of the first row at or after the cutoff, or null when the whole file is inside the window
     */
    private Position scanBackwards(Path file, Duration window) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            RowDecoder decoder = RowDecoder.forFirstLine(FileHead.firstLine(ch, counter));
            long end = ch.size();
            int chunk = CHUNK;
            while (end > 0) {
                long start = Math.max(0, end - chunk);
                List<RawLine> lines = completeLines(ch, start, end);
                if (start > 0 && lines.isEmpty()) {
                    if (chunk < 2 * LineSplitter.DEFAULT_MAX_LINE) {
                        chunk *= 2; // one line longer than the chunk: look further back for its start
                        continue;
                    }
                    end = start; // a "line" longer than any row is damage; step over it
                    continue;
                }
                chunk = CHUNK;
                if (start == 0 && !lines.isEmpty() && RowDecoder.headerCells(lines.get(0)) != null) {
                    lines.remove(0);
                }
                Position p = lines.isEmpty() ? null : windowStartIn(file, decoder, lines, window, end);
                if (p != null) {
                    return p;
                }
                end = lines.isEmpty() ? start : lines.get(0).offset();
            }
            return null;
        }
    }

    /** {@code t - window}, or the earliest instant when a file's newest row lies nearer the start of time than that. */
    static Instant before(Instant t, Duration window) {
        return Duration.between(Instant.MIN, t).compareTo(window) <= 0 ? Instant.MIN : t.minus(window);
    }

    /** Complete lines that lie wholly in [start, end); a first line that may have begun before start is dropped. */
    private List<RawLine> completeLines(FileChannel ch, long start, long end) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate((int) (end - start));
        while (buf.hasRemaining()) {
            int n = ch.read(buf, start + buf.position());
            if (n < 0) {
                break; // the file shrank while we read; what we have is still a set of lines
            }
        }
        counter.add(buf.position());
        List<RawLine> lines = new ArrayList<>();
        // Not finished: a torn last line (the monitor is mid-write) is not a row yet.
        new LineSplitter(lines::add, LineSplitter.DEFAULT_MAX_LINE, start).feed(buf.array(), 0, buf.position());
        if (start > 0 && !lines.isEmpty()) {
            lines.remove(0);
        }
        return lines;
    }

    /** The position of the window's first row if it lies in these lines (or right after them), else null. */
    private Position windowStartIn(Path file, RowDecoder decoder, List<RawLine> lines, Duration window, long end) {
        if (newest == null) {
            for (int i = lines.size() - 1; i >= 0 && newest == null; i--) {
                Instant t = timestamp(decoder, lines.get(i));
                if (t != null) {
                    newest = t;
                    cutoff = before(t, window);
                }
            }
            if (newest == null) {
                return null;
            }
        }
        Instant first = null;
        for (int i = 0; i < lines.size() && first == null; i++) {
            first = timestamp(decoder, lines.get(i));
        }
        if (first == null || !first.isBefore(cutoff)) {
            return null;
        }
        for (RawLine line : lines) {
            Instant t = timestamp(decoder, line);
            if (t != null && !t.isBefore(cutoff)) {
                return new Position(file, line.offset());
            }
        }
        return new Position(file, end);
    }

    private static Instant timestamp(RowDecoder decoder, RawLine line) {
        Sample s = decoder.decode(line, new StringBuilder());
        return s == null ? null : s.timestamp();
    }
}
