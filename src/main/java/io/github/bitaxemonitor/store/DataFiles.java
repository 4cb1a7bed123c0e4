package io.github.bitaxemonitor.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layout of the metrics files, shared by the writer and every reader. For {@code csv_path: data/metrics.csv} the
 * rows of a UTC day go to {@code data/metrics-2026-11-20.csv}; when a day's file passes the size limit the next part
 * is {@code data/metrics-2026-11-20.1.csv}, then {@code .2}, and so on. Names sort into time order, so a reader finds
 * the newest rows by opening the last file, never by reading all history.
 */
public final class DataFiles {
    private final Path dir;
    private final String stem;
    private final Pattern pattern;

    private DataFiles(Path csvPath) {
        Path abs = csvPath.toAbsolutePath().normalize();
        this.dir = abs.getParent();
        String name = abs.getFileName().toString();
        this.stem = name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        this.pattern = Pattern.compile(Pattern.quote(stem) + "-(\\d{4}-\\d{2}-\\d{2})(?:\\.(\\d{1,6}))?\\.csv");
    }

    /** The layout for a configured {@code csv_path}. */
    public static DataFiles of(Path csvPath) {
        return new DataFiles(csvPath);
    }

    public Path directory() {
        return dir;
    }

    /** What every file name of this layout starts with: {@code metrics}, for {@code metrics.csv} and {@code metrics}. */
    public String stem() {
        return stem;
    }

    /**
     * The writer's lock: named from the stem, so {@code csv_path: data/metrics} and {@code data/metrics.csv} - which
     * name the same files - find the same lock. The store takes it in the real directory (links resolved).
     */
    public Path lockFile() {
        return dir.resolve(stem + ".csv.lock");
    }

    /** The file for one day and part (part 0 has no number). */
    public Path file(LocalDate day, int part) {
        return dir.resolve(stem + "-" + day + (part == 0 ? "" : "." + part) + ".csv");
    }

    /** Every data file of this layout, oldest first; empty when the directory does not exist yet. */
    public List<Path> list() throws IOException {
        List<Entry> found = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, stem + "-*.csv")) {
            for (Path p : ds) {
                Matcher m = pattern.matcher(p.getFileName().toString());
                if (m.matches()) {
                    found.add(new Entry(p, LocalDate.parse(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2))));
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        }
        found.sort(Comparator.comparing(Entry::day).thenComparingInt(Entry::part));
        return found.stream().map(Entry::path).toList();
    }

    /** The newest data file, or null when there is none. */
    public Path newest() throws IOException {
        List<Path> all = list();
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /** The day and part a file of this layout belongs to, or null for a foreign name. */
    public Entry parse(Path file) {
        Matcher m = pattern.matcher(file.getFileName().toString());
        return m.matches() ? new Entry(file, LocalDate.parse(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2))) : null;
    }

    /** One data file's place in the sequence. */
    public record Entry(Path path, LocalDate day, int part) {
    }
}
