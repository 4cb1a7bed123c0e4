package io.github.bitaxemonitor.repair;

import io.github.bitaxemonitor.cli.UserException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Checks input files before any work starts, so a typo costs one clear line, not half a run. */
final class Inputs {
    private Inputs() {
    }

    /** Throws a one-line {@link UserException} (exit 2) for the first file that cannot be read. */
    static void check(List<Path> files) {
        if (files.isEmpty()) {
            throw new UserException("no input file given");
        }
        for (Path f : files) {
            if (!Files.exists(f)) {
                throw new UserException(f + ": no such file");
            }
            if (Files.isDirectory(f)) {
                throw new UserException(f + ": is a directory, not a CSV file");
            }
            if (!Files.isReadable(f)) {
                throw new UserException(f + ": not readable");
            }
        }
    }

    /** Sum of the sizes, for the progress bar. */
    static long totalBytes(List<Path> files) {
        long total = 0;
        for (Path f : files) {
            try {
                total += Files.size(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return total;
    }
}
