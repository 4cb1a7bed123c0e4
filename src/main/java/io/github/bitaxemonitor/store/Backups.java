package io.github.bitaxemonitor.store;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Compressed copies of the current data file: {@code backups/metrics-2026-11-20-20261120T101530.123Z.csv.gz}. A backup
 * is written to a temporary file in the backup directory, forced, then renamed atomically, so a backup file is either
 * complete or absent; only the newest {@code keep} are kept. A backup copies a prefix of complete rows whose length the
 * writer passes in, so it runs beside the appends without ever seeing a half-written row. A failed backup is logged and
 * never stops monitoring. The data file and the temporary file are opened without following links ({@link NoFollow});
 * the rename replaces a link at the backup's name rather than writing through it.
 */
final class Backups implements Closeable {
    /** Basic ISO-8601 (no colons, which some file systems refuse), UTC, milliseconds so names do not collide. */
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("(.+)-(\\d{8}T\\d{6}\\.\\d{3}Z)\\.csv\\.gz");

    private final Path dir;
    private final DataFiles layout;
    private final int keep;
    private final Clock clock;
    private final Consumer<String> log;
    /** Runs the copies; shut down by {@link #close()} when it is an ExecutorService. */
    private final Executor executor;
    /** Names this layout's temporary files, so leftovers of a killed run can be recognised and removed. */
    private final String tempPrefix;
    /** True while a copy is queued or running; a backup due meanwhile is skipped rather than queued up. */
    private final AtomicBoolean busy = new AtomicBoolean();

    Backups(StoreSettings settings, DataFiles layout, Clock clock, Consumer<String> log, Executor executor) {
        this.dir = settings.backupDir().toAbsolutePath().normalize();
        this.layout = layout;
        this.keep = settings.backupKeep();
        this.clock = clock;
        this.log = log;
        this.executor = executor;
        this.tempPrefix = "." + layout.stem() + ".csv.backup-";
    }

    /**
     * Tidies up after a killed run: deletes its temporary files and the backups beyond {@code keep} it had no time to
     * prune. Safe because the caller holds the store lock; a problem is logged, never thrown.
     */
    void tidy() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, tempPrefix + "*.tmp")) {
            for (Path p : ds) {
                Files.deleteIfExists(p);
                log.accept("removed unfinished backup " + p);
            }
            prune();
        } catch (IOException e) {
            log.accept("could not tidy the backup directory " + dir + ": " + e);
        }
    }

    /**
     * Backs up the first {@code length} bytes of {@code file} (complete rows) in the background; skipped, with a log
     * line, when the previous backup is still running.
     */
    void request(Path file, long length) {
        if (!busy.compareAndSet(false, true)) {
            log.accept("backup of " + file + " skipped: the previous backup is still running");
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    backUp(file, length);
                } finally {
                    busy.set(false);
                }
            });
        } catch (RejectedExecutionException e) {
            busy.set(false);
            log.accept("backup of " + file + " skipped: backups are shut down");
        }
    }

    private void backUp(Path file, long length) {
        try {
            Files.createDirectories(dir);
            String name = file.getFileName().toString();
            String stem = name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
            Path target = dir.resolve(stem + "-" + STAMP.format(clock.instant()) + ".csv.gz");
            Path tmp = Files.createTempFile(dir, tempPrefix, ".tmp");
            try {
                compress(file, length, tmp);
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                CsvMetricsStore.forceDirectory(dir);
            } finally {
                Files.deleteIfExists(tmp);
            }
            prune();
        } catch (IOException | RuntimeException e) {
            log.accept("backup of " + file + " to " + dir + " failed (monitoring goes on): " + e);
        }
    }

    private static void compress(Path file, long length, Path tmp) throws IOException {
        try (FileChannel in = NoFollow.open(file, StandardOpenOption.READ);
             FileChannel out = NoFollow.open(tmp, StandardOpenOption.WRITE);
             GZIPOutputStream gz = new GZIPOutputStream(Channels.newOutputStream(out), 1 << 16)) {
            WritableByteChannel sink = Channels.newChannel(gz);
            long done = 0;
            while (done < length) {
                long n = in.transferTo(done, length - done, sink);
                if (n <= 0) {
                    throw new EOFException(file + " is shorter than the " + length + " bytes to back up");
                }
                done += n;
            }
            gz.finish();
            gz.flush();
            out.force(true);
        }
    }

    /** Deletes all but the newest {@code keep} backups of this layout; other files in the directory are never touched. */
    private void prune() throws IOException {
        record Found(Path path, String stamp) {
        }
        List<Found> found = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.csv.gz")) {
            for (Path p : ds) {
                Matcher m = NAME.matcher(p.getFileName().toString());
                if (m.matches() && layout.parse(Path.of(m.group(1) + ".csv")) != null) {
                    found.add(new Found(p, m.group(2)));
                }
            }
        }
        found.sort(Comparator.comparing(Found::stamp).thenComparing(f -> f.path().getFileName().toString()));
        for (int i = 0; i < found.size() - keep; i++) {
            Files.deleteIfExists(found.get(i).path());
        }
    }

    /** Lets a running backup finish (bounded), so a normal shutdown does not leave a temporary file behind. */
    @Override
    public void close() {
        if (executor instanceof ExecutorService service) {
            service.shutdown();
            try {
                if (!service.awaitTermination(30, TimeUnit.SECONDS)) {
                    service.shutdownNow();
                    log.accept("backup still running at shutdown was abandoned; its temporary file is removed on next start");
                }
            } catch (InterruptedException e) {
                service.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }
}
