package io.github.bitaxemonitor.repair;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.store.CanonicalRow;
import io.github.bitaxemonitor.store.Gzip;
import io.github.bitaxemonitor.store.LineSplitter;
import io.github.bitaxemonitor.store.RawLine;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Streams one file through {@link LineSplitter} and {@link LineClassifier}, on every core: a reader thread reads and
 * splits the file into batches, a pool runs the canonical-row check (a pure function of each line, most of the work)
 * on several batches at once, and the calling thread judges the lines strictly in file order, so problems and fates
 * come out exactly as a single thread would give them. Memory stays bounded: a few batches are in flight, each at
 * most one read plus the longest line.
 */
final class FileScan {
    private static final int CHUNK = 64 * 1024;
    /** Batches (one per read) that may be in flight between the reader and the judge. */
    private static final int AHEAD = 8;
    private static final int CHECKERS = Math.max(1, Runtime.getRuntime().availableProcessors());

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
        BlockingQueue<Future<Batch>> queue = new ArrayBlockingQueue<>(AHEAD);
        ExecutorService checkers = Executors.newFixedThreadPool(CHECKERS, FileScan::daemon);
        Thread reader = daemon(new Reader(file, queue, checkers));
        reader.start();
        try {
            for (Batch b = next(queue); b != Batch.END; b = next(queue)) {
                for (int i = 0; i < b.lines.size(); i++) {
                    classifier.accept(b.lines.get(i), b.canonical[i]);
                }
                progress.advance(b.bytes);
            }
        } finally {
            reader.interrupt(); // a no-op after the end; stops a reader that is still going when judging failed
            checkers.shutdownNow();
        }
        classifier.finish();
    }

    /** The next batch in file order, once checked; rethrows what stopped the reader or a checker. */
    private static Batch next(BlockingQueue<Future<Batch>> queue) throws IOException {
        try {
            return queue.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            } else if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw (Error) e.getCause();
        }
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "csv-repair-scan");
        t.setDaemon(true);
        return t;
    }

    /**
     * The lines one read completed, with the canonical-row check of each.
     *
     * @param canonical for each line, {@link LineClassifier#canonical} (null: judge it the full way)
     * @param bytes     file bytes this read consumed (for progress)
     */
    private record Batch(List<RawLine> lines, Sample[] canonical, long bytes) {
        static final Batch END = new Batch(List.of(), new Sample[0], 0);

        /** Runs the check on every line; each checker thread has its own {@link CanonicalRow} (it caches). */
        static Batch check(List<RawLine> lines, long bytes, ThreadLocal<CanonicalRow> rows) {
            Sample[] canonical = new Sample[lines.size()];
            CanonicalRow r = rows.get();
            for (int i = 0; i < canonical.length; i++) {
                canonical[i] = LineClassifier.canonical(r, lines.get(i));
            }
            return new Batch(lines, canonical, bytes);
        }
    }

    /** Reads and splits; queues each batch's check in file order, then {@link Batch#END} or what stopped it. */
    private static final class Reader implements Runnable {
        private final Path file;
        private final BlockingQueue<Future<Batch>> queue;
        private final ExecutorService checkers;
        private final ThreadLocal<CanonicalRow> rows = ThreadLocal.withInitial(CanonicalRow::new);
        private List<RawLine> lines = new ArrayList<>();

        Reader(Path file, BlockingQueue<Future<Batch>> queue, ExecutorService checkers) {
            this.file = file;
            this.queue = queue;
            this.checkers = checkers;
        }

        @Override
        public void run() {
            try {
                LineSplitter splitter = new LineSplitter(raw -> lines.add(raw)); // the current batch, not the first
                // Progress counts the file's own bytes, which are what the bar's total is made of, gzip or not.
                long[] fileBytes = {0};
                try (InputStream in = Gzip.open(file, fileBytes)) {
                    byte[] buf = new byte[CHUNK];
                    long handed = 0;
                    for (int n; (n = in.read(buf)) >= 0; ) {
                        splitter.feed(buf, 0, n);
                        hand(fileBytes[0] - handed);
                        handed = fileBytes[0];
                    }
                }
                splitter.finish();
                hand(0);
                queue.put(CompletableFuture.completedFuture(Batch.END));
            } catch (InterruptedException e) {
                // judging stopped (its thread rethrows its own failure): nobody reads what comes next
            } catch (IOException | RuntimeException | Error e) {
                try {
                    queue.put(CompletableFuture.failedFuture(e));
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private void hand(long bytes) throws InterruptedException {
            List<RawLine> batch = lines;
            queue.put(checkers.submit(() -> Batch.check(batch, bytes, rows)));
            lines = new ArrayList<>();
        }
    }
}
