package io.github.bitaxemonitor.store;

import io.github.bitaxemonitor.exit.IoReason;
import io.github.bitaxemonitor.model.Sample;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
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
 * and the next cycle tries again. Files are opened without following links ({@link NoFollow}), in the data
 * directory's real location, where the lock is named from the files' stem, so every way of spelling one
 * {@code csv_path} meets the same lock. Before each cycle the store checks that its open file and its lock are still
 * the ones under their names: a deleted data directory is re-created, with a new lock and a new file, rather than
 * written into a deleted inode. Not thread-safe beyond its synchronized methods; one collector thread calls it.
 */
public final class CsvMetricsStore implements MetricsWriter {
    static final byte[] HEADER = (CsvSchema.headerLine() + "\n").getBytes(StandardCharsets.UTF_8);

    private final StoreSettings settings;
    private final DataFiles layout;
    private final AppendFile.Opener opener;
    private final Consumer<String> log;
    private final Backups backups;
    private final RecoveryFiles recovery;
    private final OpenReport openReport;
    /** Held while the store is open; replaced when its file was deleted (with the data directory) under it. */
    private StoreLock lock;

    /** The file rows go to: the newest file found at open, then the one rotation chose; null until a file exists. */
    private DataFiles.Entry current;
    /** True when {@code current} must not be appended to (another header, or a tail that is not a row). */
    private boolean startNewPart;
    /** The channel to {@code current}; null before the first append and after a failure (reopened lazily). */
    private AppendFile out;
    /** The length of {@code current}: read when {@code out} is opened, then advanced by each successful append. */
    private long size;
    /** The identity of the file {@code out} writes ({@link NoFollow#key}), to notice it was deleted or replaced. */
    private Object outKey;
    /** True after a failed write whose undo may not have worked: the tail is checked when the file is reopened. */
    private boolean checkTail;
    /** True while {@code current} was created by this store and its directory entry is not yet durable. */
    private boolean created;
    /** Cycles appended since open, for {@link StoreSettings#backupEvery()}. */
    private long cycles;
    private boolean closed;

    private CsvMetricsStore(StoreSettings settings, DataFiles layout, AppendFile.Opener opener, Consumer<String> log,
                            StoreLock lock, Backups backups, RecoveryFiles recovery, OpenReport openReport,
                            DataFiles.Entry current, boolean startNewPart) {
        this.settings = settings;
        this.layout = layout;
        this.opener = opener;
        this.log = log;
        this.lock = lock;
        this.backups = backups;
        this.recovery = recovery;
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
        DataFiles layout = realLayout(DataFiles.of(settings.csvPath()));
        StoreLock lock = StoreLock.acquire(layout.lockFile(), guarded(layout));
        try {
            Path newest = layout.newest();
            NewestFile.Inspection found = newest != null ? NewestFile.inspect(newest) : new NewestFile.Inspection(0,
                    false, "no data files yet in " + layout.directory() + "; the first cycle starts one");
            Backups backups = new Backups(settings, layout, clock, log, backupExecutor);
            backups.tidy();
            OpenReport report = new OpenReport(newest, found.tornBytes(), found.message());
            if (found.tornBytes() > 0 || found.startNewPart()) {
                log.accept(found.message());
            }
            CsvMetricsStore store = new CsvMetricsStore(settings, layout, opener, log, lock, backups,
                    new RecoveryFiles(layout, settings.backupDir(), clock, log), report,
                    newest == null ? null : layout.parse(newest), found.startNewPart());
            store.recovery.mergeInto(store.new Target());
            return store;
        } catch (IOException | RuntimeException e) {
            if (backupExecutor instanceof ExecutorService service) {
                service.shutdown();
            }
            lock.close();
            throw e;
        }
    }

    /**
     * The layout in the data directory's real location (created if missing): the same files and lock however the
     * configured path reaches them (relative, {@code ..}, a linked directory).
     */
    private static DataFiles realLayout(DataFiles configured) throws IOException {
        Path dir = configured.directory();
        try {
            Files.createDirectories(dir);
            return DataFiles.of(dir.toRealPath().resolve(configured.stem() + ".csv"));
        } catch (IOException e) {
            throw new IOException("cannot create the data directory " + dir + ": " + IoReason.of(e), e);
        }
    }

    /** "data/metrics-*.csv", for the lock's refusal. */
    private static String guarded(DataFiles layout) {
        return layout.directory().resolve(layout.stem() + "-*.csv").toString();
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
        byte[] rows = encode(samples, implausible);
        LocalDate day = samples.stream().map(Sample::timestamp).min(Comparator.naturalOrder())
                .map(CsvMetricsStore::utcDay).orElseThrow();
        appendRows(day, rows, samples.size());
        if (settings.backupEvery() > 0 && ++cycles % settings.backupEvery() == 0) {
            backups.request(current.path(), size);
        }
        return new AppendResult(samples.size(), implausible[0], current.path());
    }

    /** Validated rows as the files hold them; {@code implausible[0]} counts the readings stored empty. */
    private static byte[] encode(List<Sample> samples, int[] implausible) {
        StringBuilder text = new StringBuilder(samples.size() * 600);
        for (Sample s : samples) {
            SampleCsv.appendRow(SampleCsv.validate(s, rejected -> implausible[0]++), text);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Appends encoded rows to the file for {@code day}, after making sure the files are still where they were. */
    private void appendRows(LocalDate day, byte[] rows, int count) throws IOException {
        try {
            stayInPlace();
            chooseFile(day, rows.length);
            append(rows, count);
        } catch (IOException e) {
            closeChannel(e);
            throw e;
        }
    }

    /**
     * Notices that the open data file or the lock is no longer under its name - the data directory was deleted, or a
     * file replaced - and re-creates the directory, takes a new lock and moves to a new file, saying so in one line.
     * Without this the rows would go into a deleted inode and a second monitor could start beside this one.
     */
    private void stayInPlace() throws IOException {
        boolean fileGone = out != null && !NoFollow.stillNames(current.path(), outKey);
        boolean lockGone = !lock.inPlace();
        if (!fileGone && !lockGone) {
            return;
        }
        Path dir = layout.directory();
        boolean dirGone = !Files.isDirectory(dir);
        closeChannel(null);
        startNewPart |= fileGone;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IOException("the data directory " + dir + " is gone and cannot be re-created: " + IoReason.of(e)
                    + "; the next cycle tries again", e);
        }
        if (lockGone) {
            lock = lock.retake();
        }
        log.accept(dirGone ? "the data directory " + dir + " was deleted while the monitor was writing: re-created"
                + " it and the lock; these rows go to a new file"
                : fileGone ? current.path() + " was deleted or replaced while the monitor was writing it"
                + (lockGone ? ", and so was the lock (" + lock.file() + "): took a new lock;" : ":")
                + " these rows go to a new file"
                : "the lock file " + lock.file() + " was deleted or replaced: took a new lock");
    }

    /**
     * Writes rows that could not be appended to a new recovery file ({@link RecoveryFiles}); never to a data file.
     *
     * @return the recovery file
     */
    @Override
    public synchronized Path saveRecovery(List<Sample> samples) throws IOException {
        byte[] rows = encode(samples, new int[1]);
        return recovery.save(HEADER, rows);
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
        while (taken(layout.file(fileDay, part))) {
            part++; // only reached if someone else made files meanwhile; never append to a file this store did not check
        }
        closeChannel(null);
        current = new DataFiles.Entry(layout.file(fileDay, part), fileDay, part);
        startNewPart = false;
    }

    /** True when something other than nothing or an empty regular file has the name: never written to. */
    private static boolean taken(Path file) throws IOException {
        BasicFileAttributes a = NoFollow.attributes(file);
        return a != null && (!a.isRegularFile() || a.size() > 0);
    }

    /** Opens {@code current} when it is not open yet; the message says what failed and that the next cycle retries. */
    private void openChannel() throws IOException {
        if (out != null) {
            return;
        }
        Path file = current.path();
        try {
            Files.createDirectories(file.getParent());
            if (checkTail && NoFollow.attributes(file) != null) {
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
            created = NoFollow.attributes(file) == null;
            NoFollow.requireRegularOrMissing(file);
            out = opener.open(file);
            outKey = NoFollow.key(file);
            size = out.size();
            checkTail = false;
        } catch (IOException e) {
            closeChannel(e);
            throw new IOException("cannot open " + file + " for appending: " + IoReason.of(e)
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
            throw new IOException("could not append " + what + ": " + IoReason.of(e) + "; " + undo
                    + "; the next cycle tries again", e);
        }
        size = before + buf.limit();
        if (created) {
            forceDirectory(current.path().getParent());
            created = false;
        }
    }

    /** How recovery files are merged back: through the normal append path, checked against the newest file. */
    private final class Target implements RecoveryFiles.Target {
        @Override
        public void append(LocalDate day, byte[] rows, int count) throws IOException {
            appendRows(day, rows, count);
        }

        @Override
        public Path newest() {
            return current == null ? null : current.path();
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
