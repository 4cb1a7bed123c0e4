package io.github.bitaxemonitor.analyze.read;

import io.github.bitaxemonitor.store.LineSplitter;
import io.github.bitaxemonitor.store.RawLine;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
 * One streaming pass over files, on every core: a reader thread reads each file in blocks cut at line ends, a pool
 * turns each block into a {@link RowBatch} (its own {@link LineSplitter}, then {@link LineReader}: the work), and the
 * calling thread receives the batches strictly in file order, so whatever it computes is what a single thread would.
 * Memory is bounded by the blocks in flight ({@link #AHEAD} of {@link #BLOCK} bytes, plus their batches), whatever
 * the size of the history.
 */
public final class HistoryScan {
    static final int BLOCK = 1 << 20;
    private static final int AHEAD = 6;
    private static final int WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static final RowBatch END = new RowBatch(0);

    /** What a scan read. */
    public record Totals(int files, long bytes, long rows, long skippedLines, String firstSkipped) {
    }

    private HistoryScan() {
    }

    /** Reads every file, oldest first, and hands its rows to {@code sink} in file order. */
    public static Totals scan(List<Path> files, MinerIds ids, Consumer<RowBatch> sink) throws IOException {
        BlockingQueue<Future<RowBatch>> queue = new ArrayBlockingQueue<>(AHEAD);
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS, HistoryScan::daemon);
        ThreadLocal<LineReader> readers = ThreadLocal.withInitial(() -> new LineReader(ids));
        long[] bytes = new long[1];
        Thread reader = daemon(() -> readAll(files, queue, pool, readers, bytes));
        reader.start();
        long rows = 0;
        long skipped = 0;
        String firstSkipped = null;
        try {
            for (RowBatch b = next(queue); b != END; b = next(queue)) {
                rows += b.size;
                skipped += b.skipped;
                firstSkipped = firstSkipped != null ? firstSkipped : b.firstSkipped;
                sink.accept(b);
            }
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading");
        } finally {
            reader.interrupt();
            pool.shutdownNow();
        }
        return new Totals(files.size(), bytes[0], rows, skipped, firstSkipped);
    }

    private static void readAll(List<Path> files, BlockingQueue<Future<RowBatch>> queue, ExecutorService pool,
                                ThreadLocal<LineReader> readers, long[] total) {
        try {
            for (Path f : files) {
                total[0] += readFile(f, queue, pool, readers);
            }
            queue.put(CompletableFuture.completedFuture(END));
        } catch (InterruptedException e) {
            // the consumer stopped (its own failure is what the caller sees)
        } catch (IOException | RuntimeException | Error e) {
            try {
                queue.put(CompletableFuture.failedFuture(e));
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Queues the blocks of one file; the first line decides its projection (header, or the current schema). */
    private static long readFile(Path file, BlockingQueue<Future<RowBatch>> queue, ExecutorService pool,
                                 ThreadLocal<LineReader> readers) throws IOException, InterruptedException {
        String name = file.getFileName().toString();
        Projection p = null;
        long offset = 0;
        byte[] carry = new byte[0];
        try (InputStream in = Files.newInputStream(file)) {
            while (true) {
                byte[] buf = Arrays.copyOf(carry, carry.length + BLOCK);
                int n = carry.length;
                int r;
                while (n < buf.length && (r = in.read(buf, n, buf.length - n)) >= 0) {
                    n += r;
                }
                boolean eof = n < buf.length;
                int end = eof ? n : lastLineEnd(buf, n);
                if (end < 0) {
                    carry = Arrays.copyOf(buf, n); // one line longer than a block: read on until it ends
                    if (carry.length > LineSplitter.DEFAULT_MAX_LINE * 2) {
                        end = n; // damage, not a row: let the splitter cut it down
                    } else {
                        continue;
                    }
                }
                if (p == null) {
                    p = projection(buf, end);
                    if (!p.usable()) {
                        return offset + n; // no timestamp, address or status column: nothing here is a row
                    }
                }
                Projection proj = p;
                long at = offset;
                int len = end;
                queue.put(pool.submit(() -> batch(buf, len, at, proj, name, readers.get())));
                offset += end;
                carry = Arrays.copyOfRange(buf, end, n);
                if (eof) {
                    return offset;
                }
            }
        }
    }

    private static Projection projection(byte[] buf, int len) {
        int lf = 0;
        while (lf < len && buf[lf] != '\n') {
            lf++;
        }
        int e = lf > 0 && buf[lf - 1] == '\r' ? lf - 1 : lf;
        RawLine first = new RawLine(0, 1, Arrays.copyOf(buf, e), e < lf, lf < len, false);
        List<String> header = Projection.headerCells(first);
        return header != null ? new Projection(header) : Projection.current();
    }

    /** Offset just after the last LF in {@code buf[0, n)}, or -1 when there is none. */
    private static int lastLineEnd(byte[] buf, int n) {
        for (int i = n - 1; i >= 0; i--) {
            if (buf[i] == '\n') {
                return i + 1;
            }
        }
        return -1;
    }

    private static RowBatch batch(byte[] buf, int len, long offset, Projection p, String name, LineReader reader) {
        RowBatch out = new RowBatch(4096);
        reader.startBatch();
        LineSplitter splitter = new LineSplitter(line -> reader.read(line, p, out, name), LineSplitter.DEFAULT_MAX_LINE,
                offset);
        splitter.feed(buf, 0, len);
        splitter.finish();
        return out;
    }

    private static RowBatch next(BlockingQueue<Future<RowBatch>> queue) throws IOException, InterruptedException {
        try {
            return queue.take().get();
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
        Thread t = new Thread(r, "analyze-scan");
        t.setDaemon(true);
        return t;
    }
}
