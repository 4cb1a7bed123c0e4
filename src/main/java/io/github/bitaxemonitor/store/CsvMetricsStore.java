package io.github.bitaxemonitor.store;

import io.github.bitaxemonitor.model.Sample;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The collector's {@link MetricsWriter}: appends each cycle's rows to rotating CSV files (layout: {@link DataFiles},
 * format: docs/CSV-FORMAT.md) so that a crash at any byte leaves every complete row intact.
 *
 * <p>A cycle is validated and encoded in memory, then appended in one write through a channel kept open across cycles
 * and forced before the call returns. Nothing already in a file is read or rewritten per cycle: the cost of a cycle
 * depends on the cycle alone. A failed write is cut back to the length before it, so no partial row stays behind,
 * and the next cycle tries again. Not thread-safe beyond its synchronized methods; one collector thread calls it.
 */
public final class CsvMetricsStore implements MetricsWriter {
    private static final byte[] HEADER = (CsvSchema.headerLine() + "\n").getBytes(StandardCharsets.UTF_8);

    private final StoreSettings settings;
    private final DataFiles layout;
    private final AppendFile.Opener opener;
    private final Consumer<String> log;
    private final StoreLock lock;
    private final Backups backups;
    private final OpenReport openReport;

    /** The file rows go to: the newest file found at open, then the one rotation chose; null until a file exists. */
    private DataFiles.Entry current;
    /** True when {@code current} must not be appended to (another header, or a tail that is not a row). */
    private boolean startNewPart;
    /** The channel to {@code current}; null before the first append and after a failure (reopened lazily). */
    private AppendFile out;
    /** The length of {@code current}: read when {@code out} is opened, then advanced by each successful append. */
    private long size;
    /** True after a failed write whose undo may not have worked: the tail is checked when the file is reopened. */
    private boolean checkTail;
    /** True while {@code current} was created by this store and its directory entry is not yet durable. */
    private boolean created;
    /** Cycles appended since open, for {@link StoreSettings#backupEvery()}. */
    private long cycles;
    private boolean closed;

    private CsvMetricsStore(StoreSettings settings, DataFiles layout, AppendFile.Opener opener, Consumer<String> log,
                            StoreLock lock, Backups backups, OpenReport openReport, DataFiles.Entry current,
                            boolean startNewPart) {
        this.settings = settings;
        this.layout = layout;
        this.opener = opener;
        this.log = log;
        this.lock = lock;
        this.backups = backups;
        this.openReport = openReport;
        this.current = current;
        this.startNewPart = startNewPart;
    }

    /**
     * Opens the store: creates the data directory, takes the lock, cuts a torn last line off the newest file (logging
     * what was dropped) and checks its header, all before the first append.
     *
     * @param clock names backups
     * @param log   receives one line per repair, anomaly and backup problem
     * @throws IOException when the directory cannot be created or another monitor holds the lock (a clear message)
     */
    public static CsvMetricsStore open(StoreSettings settings, Clock clock, Consumer<String> log) throws IOException {
        return open(settings, clock, log, AppendFile::open, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "csv-backup");
            t.setDaemon(true);
            return t;
        }));
    }

    /** The seam for tests: how data files are opened (a full disk) and where backups run (inline). */
    static CsvMetricsStore open(StoreSettings settings, Clock clock, Consumer<String> log, AppendFile.Opener opener,
                                Executor backupExecutor) throws IOException {
        DataFiles layout = DataFiles.of(settings.csvPath());
        Path dir = layout.directory();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IOException("cannot create the data directory " + dir + ": " + reason(e), e);
        }
        String guarded = dir.resolve(layout.file(LocalDate.EPOCH, 0).getFileName().toString()
                .replace(LocalDate.EPOCH.toString(), "*")).toString();
        StoreLock lock = StoreLock.acquire(dir.resolve(settings.csvPath().getFileName() + ".lock"), guarded);
        try {
            Path newest = layout.newest();
            Inspection found = newest == null ? new Inspection(0, false,
                    "no data files yet in " + dir + "; the first cycle starts one") : inspect(newest);
            Backups backups = new Backups(settings, layout, clock, log, backupExecutor);
            backups.tidy();
            OpenReport report = new OpenReport(newest, found.tornBytes(), found.message());
            if (found.tornBytes() > 0 || found.startNewPart()) {
                log.accept(found.message());
            }
            return new CsvMetricsStore(settings, layout, opener, log, lock, backups, report,
                    newest == null ? null : layout.parse(newest), found.startNewPart());
        } catch (IOException | RuntimeException e) {
            if (backupExecutor instanceof ExecutorService service) {
                service.shutdown();
            }
            lock.close();
            throw e;
        }
    }

    private record Inspection(long tornBytes, boolean startNewPart, String message) {
    }

    /** Repairs the newest file's tail and decides whether appending may continue in it. */
    private static Inspection inspect(Path newest) throws IOException {
        TornTail.Result tail = TornTail.repair(newest);
        if (tail.foreign()) {
            return new Inspection(0, true, newest + " does not end with a complete line and its last "
                    + TornTail.MAX_TORN_BYTES + " bytes hold no line break, so this is not a torn row: the file is left"
                    + " untouched and new rows go to a new part");
        }
        String torn = tail.repaired() ? newest + ": dropped a torn last line of " + tail.droppedBytes() + " bytes ('"
                + tail.preview() + "'); " : "";
        if (!hasCurrentHeader(newest)) {
            return new Inspection(tail.droppedBytes(), true, torn + newest + " has another header (an older"
                    + " schema or a foreign file): it is left as it is and new rows go to a new part");
        }
        return new Inspection(tail.droppedBytes(), false, torn + "appending to " + newest + " ("
                + tail.keptBytes() + " bytes)");
    }

    /** True for an empty file or one whose first line is exactly this schema's header. */
    private static boolean hasCurrentHeader(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            if (ch.size() == 0) {
                return true;
            }
            ByteBuffer buf = ByteBuffer.allocate(HEADER.length);
            while (buf.hasRemaining() && ch.read(buf, buf.position()) > 0) {
                // reads the first HEADER.length bytes, fewer for a shorter file
            }
            return !buf.hasRemaining() && Arrays.equals(buf.array(), HEADER);
        }
    }

    /** What open() found and did. */
    public synchronized OpenReport openReport() {
        return openReport;
    }

    @Override
    public synchronized AppendResult appendCycle(List<Sample> samples) throws IOException {
        if (closed) {
            throw new IllegalStateException("the metrics store is closed");
        }
        if (samples.isEmpty()) {
            return new AppendResult(0, 0, current == null ? null : current.path());
        }
        int[] implausible = {0};
        StringBuilder text = new StringBuilder(samples.size() * 600);
        for (Sample s : samples) {
            SampleCsv.appendRow(SampleCsv.validate(s, rejected -> implausible[0]++), text);
        }
        byte[] rows = text.toString().getBytes(StandardCharsets.UTF_8);
        LocalDate day = samples.stream().map(Sample::timestamp).min(Comparator.naturalOrder()).map(CsvMetricsStore::utcDay)
                .orElseThrow();
        try {
            chooseFile(day, rows.length);
            append(rows, samples.size());
        } catch (IOException e) {
            closeChannel(e);
            throw e;
        }
        if (settings.backupEvery() > 0 && ++cycles % settings.backupEvery() == 0) {
            backups.request(current.path(), size);
        }
        return new AppendResult(samples.size(), implausible[0], current.path());
    }

    private static LocalDate utcDay(Instant t) {
        return t.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /**
     * Moves to a new file when the day changed (daily rotation), the rows would take the file past the size limit,
     * or the current file must not be appended to. Days never go backwards: after a clock step back rows stay in the
     * newest file, so names keep sorting in time order.
     */
    private void chooseFile(LocalDate day, int rowBytes) throws IOException {
        boolean rotate = current == null || startNewPart
                || settings.rotation() == StoreSettings.Rotation.DAILY && day.isAfter(current.day());
        if (!rotate) {
            openChannel();
            rotate = size > 0 && size + rowBytes > settings.maxFileBytes();
        }
        if (!rotate) {
            return;
        }
        LocalDate fileDay = current == null || day.isAfter(current.day()) ? day : current.day();
        int part = current != null && fileDay.equals(current.day()) ? current.part() + 1 : 0;
        while (holdsData(layout.file(fileDay, part))) {
            part++; // only reached if someone else made files meanwhile; never append to a file this store did not check
        }
        closeChannel(null);
        current = new DataFiles.Entry(layout.file(fileDay, part), fileDay, part);
        startNewPart = false;
    }

    private static boolean holdsData(Path file) throws IOException {
        return Files.exists(file) && Files.size(file) > 0;
    }

    /** Opens {@code current} when it is not open yet; the message says what failed and that the next cycle retries. */
    private void openChannel() throws IOException {
        if (out != null) {
            return;
        }
        Path file = current.path();
        try {
            Files.createDirectories(file.getParent());
            if (checkTail && Files.exists(file)) {
                TornTail.Result tail = TornTail.repair(file);
                if (tail.foreign()) {
                    startNewPart = true;
                    throw new IOException("it no longer ends with a complete line, so the next cycle starts a new part");
                }
                if (tail.repaired()) {
                    log.accept(file + ": dropped the partial row of " + tail.droppedBytes() + " bytes a failed write"
                            + " left ('" + tail.preview() + "')");
                }
            }
            created = !Files.exists(file);
            out = opener.open(file);
            size = out.size();
            checkTail = false;
        } catch (IOException e) {
            closeChannel(e);
            throw new IOException("cannot open " + file + " for appending: " + reason(e)
                    + "; the next cycle tries again", e);
        }
    }

    /** One write of header (for a new file) and rows, then force; on failure the file is cut back to its old length. */
    private void append(byte[] rows, int count) throws IOException {
        String what = count + (count == 1 ? " row" : " rows") + " to " + current.path();
        openChannel();
        long before = size;
        ByteBuffer buf = ByteBuffer.allocate((before == 0 ? HEADER.length : 0) + rows.length);
        if (before == 0) {
            buf.put(HEADER);
        }
        buf.put(rows).flip();
        try {
            out.write(buf, before);
            out.force();
        } catch (IOException e) {
            String undo;
            try {
                out.truncate(before);
                out.force();
                undo = "nothing partial was kept";
            } catch (IOException | RuntimeException cut) {
                e.addSuppressed(cut);
                checkTail = true;
                undo = "a partial row may remain and is cut before the next write";
            }
            throw new IOException("could not append " + what + ": " + reason(e) + "; " + undo
                    + "; the next cycle tries again", e);
        }
        size = before + buf.limit();
        if (created) {
            forceDirectory(current.path().getParent());
            created = false;
        }
    }

    /** Closes the channel so the next append reopens it; a close failure is attached to {@code cause} when given. */
    private void closeChannel(IOException cause) throws IOException {
        if (out == null) {
            return;
        }
        AppendFile toClose = out;
        out = null;
        try {
            toClose.close();
        } catch (IOException e) {
            if (cause == null) {
                throw e;
            }
            cause.addSuppressed(e);
        }
    }

    /**
     * Makes a new directory entry durable, so a new file survives a power cut, not just a crash. Best effort: some
     * platforms cannot open a directory, and the data itself is already forced.
     */
    static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // not supported here (Windows); the file's own force already made its bytes durable
        }
    }

    /** The OS's reason in words: "No space left on device", "permission denied". */
    static String reason(IOException e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason() + (fse.getFile() != null ? " (" + fse.getFile() + ")" : "");
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied (" + e.getMessage() + ")";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory (" + e.getMessage() + ")";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** Closes the file (every row is already forced), waits briefly for a running backup and releases the lock. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            closeChannel(null);
        } finally {
            try {
                backups.close();
            } finally {
                lock.close();
            }
        }
    }
}
