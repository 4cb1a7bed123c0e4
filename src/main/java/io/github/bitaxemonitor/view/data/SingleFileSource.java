package io.github.bitaxemonitor.view.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One CSV file named by the user (a copy, a repaired file): no rotation to follow. */
final class SingleFileSource implements DataSource {
    private final Path file;

    SingleFileSource(Path file) {
        this.file = file;
    }

    @Override
    public List<Path> files() throws IOException {
        return Files.exists(file) ? List.of(file) : List.of();
    }

    @Override
    public Path after(Path f) {
        return null;
    }
}
