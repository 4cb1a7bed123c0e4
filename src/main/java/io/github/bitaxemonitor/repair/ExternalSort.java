package io.github.bitaxemonitor.repair;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Sorts more rows than fit in memory: at most {@code runSize} rows are held at a time; each full batch is sorted and
 * spilled to a temporary run file, and the runs are then merged k ways through a priority queue (at most
 * {@link #MAX_FAN_IN} files open at once; more runs are first merged into bigger ones). Exact duplicates are
 * neighbours in the merged order and are dropped there.
 */
final class ExternalSort implements Closeable {
    /** Rows per run by default: some tens of MB of heap. */
    static final int DEFAULT_RUN_SIZE = 50_000;
    static final int MAX_FAN_IN = 64;
    private static final int BUFFER = 64 * 1024;

    private final Path tempDir;
    private final int runSize;
    private final List<SortEntry> batch = new ArrayList<>();
    private final Deque<Path> runs = new ArrayDeque<>();
    private long duplicates;
    /** Sorted batches written to disk so far (merged runs not counted). */
    private int spilled;
    private Path spillDir;

    /** @param tempDir where run files go (created on first spill, deleted on close) */
    ExternalSort(Path tempDir, int runSize) {
        if (runSize < 1) {
            throw new IllegalArgumentException("runSize < 1");
        }
        this.tempDir = tempDir;
        this.runSize = runSize;
    }

    void add(SortEntry e) throws IOException {
        batch.add(e);
        if (batch.size() >= runSize) {
            spill();
        }
    }

    /** Sorted batches spilled to disk; 0 when everything fitted in memory. */
    int spilledRuns() {
        return spilled;
    }

    /** Exact duplicates dropped by {@link #drain}. */
    long duplicates() {
        return duplicates;
    }

    /** Emits every row once, in order. */
    void drain(IoConsumer<String> out) throws IOException {
        if (runs.isEmpty()) {
            batch.sort(SortEntry.ORDER);
            IoConsumer<SortEntry> distinct = distinct(e -> out.accept(e.row()));
            for (SortEntry e : batch) {
                distinct.accept(e);
            }
            batch.clear();
            return;
        }
        spill();
        while (runs.size() > MAX_FAN_IN) {
            List<Path> group = new ArrayList<>();
            for (int i = 0; i < MAX_FAN_IN; i++) {
                group.add(runs.poll());
            }
            Path merged = newRun();
            try (DataOutputStream w = writer(merged)) {
                merge(group, distinct(e -> e.writeTo(w)));
            }
            runs.add(merged);
        }
        merge(new ArrayList<>(runs), distinct(e -> out.accept(e.row())));
    }

    @Override
    public void close() throws IOException {
        if (spillDir != null) {
            for (Path p : runs) {
                Files.deleteIfExists(p);
            }
            try (var left = Files.list(spillDir)) {
                for (Path p : (Iterable<Path>) left::iterator) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(spillDir);
        }
    }

    private void spill() throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        batch.sort(SortEntry.ORDER);
        Path run = newRun();
        try (DataOutputStream w = writer(run)) {
            for (SortEntry e : batch) {
                e.writeTo(w);
            }
        }
        runs.add(run);
        spilled++;
        batch.clear();
    }

    /** K-way merge of sorted runs; the runs are deleted afterwards. */
    private void merge(List<Path> group, IoConsumer<SortEntry> out) throws IOException {
        List<DataInputStream> readers = new ArrayList<>();
        try {
            PriorityQueue<Head> heads = new PriorityQueue<>(Comparator.comparing(Head::entry, SortEntry.ORDER));
            for (Path p : group) {
                DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(p), BUFFER));
                readers.add(in);
                SortEntry first = SortEntry.readFrom(in);
                if (first != null) {
                    heads.add(new Head(first, in));
                }
            }
            while (!heads.isEmpty()) {
                Head h = heads.poll();
                out.accept(h.entry());
                SortEntry next = SortEntry.readFrom(h.in());
                if (next != null) {
                    heads.add(new Head(next, h.in()));
                }
            }
        } finally {
            for (DataInputStream in : readers) {
                in.close();
            }
        }
        for (Path p : group) {
            runs.remove(p);
            Files.deleteIfExists(p);
        }
    }

    /** Passes each entry on unless it equals the one before (sorted input: duplicates are neighbours). */
    private IoConsumer<SortEntry> distinct(IoConsumer<SortEntry> out) {
        SortEntry[] previous = {null};
        return e -> {
            if (previous[0] != null && SortEntry.ORDER.compare(previous[0], e) == 0) {
                duplicates++;
            } else {
                out.accept(e);
                previous[0] = e;
            }
        };
    }

    private Path newRun() throws IOException {
        if (spillDir == null) {
            Files.createDirectories(tempDir);
            spillDir = Files.createTempDirectory(tempDir, ".csv-repair-sort");
        }
        return Files.createTempFile(spillDir, "run", ".bin");
    }

    private static DataOutputStream writer(Path p) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(p), BUFFER));
    }

    private record Head(SortEntry entry, DataInputStream in) {
    }
}
