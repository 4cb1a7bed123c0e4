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

    /**
     * Refuses an input named twice and an output that is one of the inputs, by the files' identity (the same inode
     * through another spelling, a symlink or a hard link), not by their names: merging a file into itself would
     * replace it. Call after {@link #check}, so every input exists.
     */
    static void refuseOverlap(List<Path> inputs, List<Path> outputs) {
        for (int i = 0; i < inputs.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (same(inputs.get(i), inputs.get(j))) {
                    throw new UserException(inputs.get(i) + ": given twice as input"
                            + (inputs.get(i).equals(inputs.get(j)) ? "" : " (as " + inputs.get(j) + ")"));
                }
            }
        }
        for (Path out : outputs) {
            for (Path in : inputs) {
                if (same(out, in)) {
                    throw new UserException(out + ": is one of the inputs"
                            + (out.equals(in) ? "" : " (" + in + ")") + "; write to a new file");
                }
            }
        }
    }

    /** True when both name one existing file; a path that does not exist is no file yet. */
    static boolean same(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
