package io.github.bitaxemonitor.view.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One gzip-compressed CSV file named by the user (a backup): read once, never followed. */
final class GzipFileSource implements DataSource {
    private final Path file;

    GzipFileSource(Path file) {
        this.file = file;
    }

    @Override
    public List<Path> files() {
        return Files.exists(file) ? List.of(file) : List.of();
    }

    @Override
    public Path after(Path f) {
        return null;
    }

    @Override
    public Path gzipFile() {
        return file;
    }
}
