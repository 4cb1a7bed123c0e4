package io.github.bitaxemonitor.view.data;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.store.Gzip;
import io.github.bitaxemonitor.store.LineSplitter;
import io.github.bitaxemonitor.store.RawLine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * The rows of one gzip-compressed file (a backup): read forward only, as a compressed file cannot be read from its
 * end. A first pass decompresses it to find its newest row, and so the window's cutoff, keeping only its last lines;
 * the first {@link #poll} hands on every row; a backup never grows, so later polls have nothing.
 */
final class GzipRows implements RowReader {
    /** Lines kept from the end of the first pass, to find the newest readable row among. */
    private static final int TAIL_LINES = 256;

    private final Path file;
    private final Consumer<Sample> sink;
    private final LineDecoding lines = new LineDecoding();
    private final long[] bytesRead = {0};
    private boolean done;

    GzipRows(Path file, Consumer<Sample> sink) {
        this.file = file;
        this.sink = sink;
    }

    /** The timestamp of the file's newest readable row (its last one, as rows are appended in time order), or null. */
    static Instant newest(Path file, ReadCounter counter) throws IOException {
        RawLine[] first = {null};
        Deque<RawLine> tail = new ArrayDeque<>(TAIL_LINES + 1);
        long[] read = {0};
        try (InputStream in = Gzip.open(file, read)) {
            LineSplitter splitter = new LineSplitter(line -> {
                if (first[0] == null) {
                    first[0] = line;
                }
                tail.addLast(line);
                if (tail.size() > TAIL_LINES) {
                    tail.removeFirst();
                }
            });
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) >= 0; ) {
                splitter.feed(buf, 0, n);
            }
        } finally {
            counter.add(read[0]);
        }
        RowDecoder decoder = RowDecoder.forFirstLine(first[0]);
        StringBuilder ignored = new StringBuilder();
        for (var it = tail.descendingIterator(); it.hasNext(); ) {
            Sample s = decoder.decode(it.next(), ignored);
            if (s != null) {
                return s.timestamp();
            }
        }
        return null;
    }

    @Override
    public boolean poll() throws IOException {
        if (done) {
            return false;
        }
        done = true;
        boolean delivered = false;
        String name = file.getFileName().toString();
        lines.start(null);
        try (InputStream in = Gzip.open(file, bytesRead)) {
            LineSplitter splitter = new LineSplitter(lines::line);
            byte[] buf = new byte[1 << 20];
            for (int n; (n = in.read(buf)) >= 0; ) {
                splitter.feed(buf, 0, n);
                delivered |= lines.flush(name, sink);
            }
            splitter.finish();
            delivered |= lines.flush(name, sink);
        }
        return delivered;
    }

    @Override
    public long rows() {
        return lines.rows();
    }

    @Override
    public long corruptRows() {
        return lines.corruptRows();
    }

    @Override
    public String lastProblem() {
        return lines.lastProblem();
    }

    @Override
    public long bytesRead() {
        return bytesRead[0];
    }
}
