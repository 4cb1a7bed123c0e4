package io.github.bitaxemonitor.view.data;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A place to start reading rows: a file and a byte offset in it that is the start of a line.
 *
 * @param file   never null
 * @param offset >= 0; 0 means "from the top, header included"
 */
public record Position(Path file, long offset) {
    public Position {
        Objects.requireNonNull(file, "file");
        if (offset < 0) {
            throw new IllegalArgumentException("offset < 0");
        }
    }
}
