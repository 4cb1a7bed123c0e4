package io.github.bitaxemonitor.repair;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.store.CanonicalRow;
import io.github.bitaxemonitor.store.LineSplitter;
import io.github.bitaxemonitor.store.RawLine;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Streams one file through {@link LineSplitter} and {@link LineClassifier}. Two threads share the work: a reader
 * reads, splits and runs the canonical-row check on every line (a pure function of the line), and the calling thread
 * judges the lines strictly in file order, so problems and fates come out exactly as a single thread would give them.
 * Memory stays bounded: a few chunks of lines are in flight, each at most one read plus the longest line.
 */
final class FileScan {
    private static final int CHUNK = 64 * 1024;
    /** Batches (one per read) the reader may be ahead by. */
    private static final int AHEAD = 8;

    private FileScan() {
    }

    /**
     * @param name     how problems name the file (as the user typed it)
     * @param problems receives every problem, in line order
     * @param lines    receives the fate of every line, in line order, after its problems
     */
    static void scan(Path file, String name, ScanOptions options, Progress progress, Consumer<Problem> problems,
                     Consumer<ScannedLine> lines) throws IOException {
        LineClassifier classifier = new LineClassifier(name, options.clock(), options.duplicateWindow(), problems,
                lines);
        BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(AHEAD);
        Reader reader = new Reader(file, queue);
        Thread thread = new Thread(reader, "csv-repair-reader");
        thread.setDaemon(true);
        thread.start();
        try {
            for (Batch b = take(queue); b != Batch.END; b = take(queue)) {
                if (b.failure instanceof IOException e) {
                    throw e;
                } else if (b.failure instanceof RuntimeException e) {
                    throw e;
                } else if (b.failure != null) {
                    throw (Error) b.failure;
                }
                for (int i = 0; i < b.lines.size(); i++) {
                    classifier.accept(b.lines.get(i), b.canonical.get(i));
                }
                progress.advance(b.bytes);
            }
        } finally {
            thread.interrupt(); // a no-op after the end; stops a reader that is still going when judging failed
        }
        classifier.finish();
    }

    private static Batch take(BlockingQueue<Batch> queue) throws InterruptedIOException {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading");
        }
    }

    /**
     * The lines one read completed, with the canonical-row check of each (null: judge it the full way).
     *
     * @param bytes   file bytes this read consumed (for progress)
     * @param failure what stopped the reader (an IOException, RuntimeException or Error); null otherwise
     */
    private record Batch(List<RawLine> lines, List<Sample> canonical, long bytes, Throwable failure) {
        static final Batch END = new Batch(List.of(), List.of(), 0, null);
    }

    /** Reads, splits and checks; hands batches over in file order, then {@link Batch#END} or a failure. */
    private static final class Reader implements Runnable {
        private final Path file;
        private final BlockingQueue<Batch> queue;
        private final CanonicalRow canonicalRows = new CanonicalRow();
        private List<RawLine> lines = new ArrayList<>();
        private List<Sample> canonical = new ArrayList<>();

        Reader(Path file, BlockingQueue<Batch> queue) {
            this.file = file;
            this.queue = queue;
        }

        @Override
        public void run() {
            try {
                LineSplitter splitter = new LineSplitter(this::add);
                try (InputStream in = Files.newInputStream(file)) {
                    byte[] buf = new byte[CHUNK];
                    for (int n; (n = in.read(buf)) >= 0; ) {
                        splitter.feed(buf, 0, n);
                        hand(n);
                    }
                }
                splitter.finish();
                hand(0);
                queue.put(Batch.END);
            } catch (InterruptedException e) {
                // judging stopped (its thread rethrows its own failure): nobody reads what comes next
            } catch (IOException | RuntimeException | Error e) {
                offer(new Batch(List.of(), List.of(), 0, e));
            }
        }

        private void add(RawLine raw) {
            lines.add(raw);
            canonical.add(LineClassifier.canonical(canonicalRows, raw));
        }

        private void hand(long bytes) throws InterruptedException {
            queue.put(new Batch(lines, canonical, bytes, null));
            lines = new ArrayList<>();
            canonical = new ArrayList<>();
        }

        private void offer(Batch failure) {
            try {
                queue.put(failure);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
