package io.github.bitaxemonitor.store;

import io.github.bitaxemonitor.exit.IoReason;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rows the monitor could not append when it stopped (the disk was full), saved to
 * {@code <stem>.recovery-<UTC time>.csv} in the data directory, or in the backup directory when the data directory
 * takes no new file: same header and encoding as a data file, created without following links, forced. The name is
 * not a data file's, so no reader mistakes it for history before it is merged back.
 *
 * <p>The next start merges each one back, exactly once: the file is first renamed to {@code ...csv.merging}, its rows
 * are appended in one forced write, then it is deleted. A start that finds a {@code .merging} file was interrupted
 * somewhere in between, and appends its rows only if the newest data file does not already end with them: nothing
 * else is appended before merging is done, so the rows are either exactly the newest file's tail or not there.
 */
final class RecoveryFiles {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final String MERGING = ".merging";
    /** Larger files are left for {@code csv-repair merge}: merging reads a file whole, and the heap is small. */
    static final long MAX_MERGED_BYTES = 64L << 20;

    private final String stem;
    /** Where recovery files go, in order of preference, and where they are looked for: data, then backup directory. */
    private final List<Path> dirs;
    private final Pattern name;
    private final Clock clock;
    private final Consumer<String> log;

    /** What merging needs from the store. */
    interface Target {
        /** Appends encoded rows through the normal write path (rotation, header, force). */
        void append(LocalDate day, byte[] rows, int count) throws IOException;

        /** The file the last append went to (the newest data file), or null before any. */
        Path newest();
    }

    RecoveryFiles(DataFiles layout, Path backupDir, Clock clock, Consumer<String> log) {
        this.stem = layout.stem();
        Set<Path> where = new LinkedHashSet<>(List.of(layout.directory(), backupDir.toAbsolutePath().normalize()));
        this.dirs = List.copyOf(where);
        this.name = Pattern.compile(Pattern.quote(stem) + "\\.recovery-(\\d{8}T\\d{6}\\.\\d{3}Z)(?:-(\\d+))?\\.csv"
                + "(" + Pattern.quote(MERGING) + ")?");
        this.clock = clock;
        this.log = log;
    }

    /**
     * Saves a header and rows to a new recovery file, in the first directory that takes it.
     *
     * @return the file written
     * @throws IOException naming every directory tried and why it failed
     */
    Path save(byte[] header, byte[] rows) throws IOException {
        List<String> failures = new ArrayList<>();
        for (Path dir : dirs) {
            try {
                return saveIn(dir, header, rows);
            } catch (IOException e) {
                failures.add(dir + ": " + IoReason.of(e));
            }
        }
        throw new IOException("no recovery file could be written (" + String.join("; ", failures) + ")");
    }

    private Path saveIn(Path dir, byte[] header, byte[] rows) throws IOException {
        Files.createDirectories(dir);
        String stamp = STAMP.format(clock.instant());
        for (int n = 0; ; n++) {
            Path file = dir.resolve(stem + ".recovery-" + stamp + (n == 0 ? "" : "-" + n) + ".csv");
            FileChannel ch;
            try {
                ch = NoFollow.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException | UnusablePathException taken) {
                continue;
            }
            try (ch) {
                ByteBuffer buf = ByteBuffer.allocate(header.length + rows.length).put(header).put(rows).flip();
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            } catch (IOException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            CsvMetricsStore.forceDirectory(dir);
            return file;
        }
    }

    /** Every recovery file of this layout (plain or being merged), oldest first. */
    List<Path> list() {
        record Found(Path path, String stamp, int n) {
        }
        List<Found> found = new ArrayList<>();
        for (Path dir : dirs) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, stem + ".recovery-*")) {
                for (Path p : ds) {
                    Matcher m = name.matcher(p.getFileName().toString());
                    if (m.matches()) {
                        found.add(new Found(p, m.group(1), m.group(2) == null ? 0 : Integer.parseInt(m.group(2))));
                    }
                }
            } catch (NoSuchFileException | NotDirectoryException e) {
                // no such directory (yet): nothing saved there; a file in its place is the backups' problem to report
            } catch (IOException e) {
                log.accept("could not look for recovery files in " + dir + ": " + IoReason.of(e));
            }
        }
        found.sort(Comparator.comparing(Found::stamp).thenComparingInt(Found::n));
        return found.stream().map(Found::path).toList();
    }

    /** Merges every recovery file back (see the class comment); one that cannot be merged is kept and named. */
    void mergeInto(Target target) throws IOException {
        for (Path file : list()) {
            try {
                merge(file, target);
            } catch (IOException e) {
                log.accept("could not merge the rows of " + file + " back into the data files ("
                        + IoReason.of(e) + "): it is kept, and the next start tries again");
            }
        }
    }

    private void merge(Path file, Target target) throws IOException {
        BasicFileAttributes a = NoFollow.attributes(file);
        if (a == null || !a.isRegularFile() || a.size() > MAX_MERGED_BYTES) {
            log.accept(file + " holds rows a previous run could not write, but it is " + (a == null ? "gone"
                    : a.isRegularFile() ? "larger than " + (MAX_MERGED_BYTES >> 20) + " MB" : "not a regular file")
                    + ": merge it by hand with 'tools/csv-repair merge' (docs/CSV-FORMAT.md, Recovery files)");
            return;
        }
        boolean interrupted = file.getFileName().toString().endsWith(MERGING);
        Path merging = interrupted ? file : file.resolveSibling(file.getFileName() + MERGING);
        byte[] content = read(file);
        byte[] header = CsvMetricsStore.HEADER;
        if (content.length < header.length || !Arrays.equals(content, 0, header.length, header, 0, header.length)
                || content[content.length - 1] != '\n') {
            log.accept(file + " is not a whole recovery file of this version (another header, or no final line"
                    + " break): left as it is; merge it by hand with 'tools/csv-repair merge'");
            return;
        }
        if (!interrupted) {
            Files.move(file, merging, StandardCopyOption.ATOMIC_MOVE);
            CsvMetricsStore.forceDirectory(merging.getParent());
        }
        byte[] rows = Arrays.copyOfRange(content, header.length, content.length);
        int count = 0;
        for (byte b : rows) {
            count += b == '\n' ? 1 : 0;
        }
        boolean already = interrupted && endsWith(target.newest(), rows);
        if (count > 0 && !already) {
            target.append(day(rows), rows, count);
        }
        Files.delete(merging);
        CsvMetricsStore.forceDirectory(merging.getParent());
        log.accept(already ? "removed " + merging + ": its " + count + " rows were already merged back when the"
                + " previous start was interrupted" : "merged " + count + " rows a previous run could not write back"
                + " into the data files (from " + file + ", now removed)");
    }

    private static byte[] read(Path file) throws IOException {
        try (FileChannel ch = NoFollow.open(file, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.allocate((int) Math.min(ch.size(), MAX_MERGED_BYTES));
            TornTail.readFully(ch, buf, 0);
            return Arrays.copyOf(buf.array(), buf.position());
        }
    }

    /** True when {@code file} ends with exactly these bytes. */
    private static boolean endsWith(Path file, byte[] rows) throws IOException {
        if (file == null || NoFollow.attributes(file) == null) {
            return false;
        }
        try (FileChannel ch = NoFollow.open(file, StandardOpenOption.READ)) {
            long from = ch.size() - rows.length;
            if (from < 0) {
                return false;
            }
            ByteBuffer buf = ByteBuffer.allocate(rows.length);
            TornTail.readFully(ch, buf, from);
            return !buf.hasRemaining() && Arrays.equals(buf.array(), rows);
        }
    }

    /** The UTC day of the first row (its first cell is the timestamp), for the store's choice of file. */
    private LocalDate day(byte[] rows) {
        int comma = 0;
        while (comma < rows.length && rows[comma] != ',' && rows[comma] != '\n') {
            comma++;
        }
        try {
            return Instant.parse(new String(rows, 0, comma, StandardCharsets.US_ASCII))
                    .atOffset(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException e) {
            return clock.instant().atOffset(ZoneOffset.UTC).toLocalDate();
        }
    }
}
