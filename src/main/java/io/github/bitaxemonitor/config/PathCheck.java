package io.github.bitaxemonitor.config;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds out before the first cycle whether the monitor will be able to write where the config says, so the user learns
 * it at start-up with the line to fix rather than as a write error an interval later.
 */
final class PathCheck {
    private PathCheck() {
    }

    /**
     * Why files cannot be created in {@code dir} (which is created on demand if missing), or null when they can: the
     * directory, or its nearest existing ancestor, must be a writable directory.
     */
    static String whyNotWritableDir(Path dir) {
        Path d = dir.toAbsolutePath().normalize();
        while (d != null && !Files.exists(d)) {
            d = d.getParent();
        }
        if (d == null) {
            return "no part of " + dir + " exists";
        }
        if (!Files.isDirectory(d)) {
            return d + " is not a directory";
        }
        if (!Files.isWritable(d)) {
            return "directory " + d + " is not writable";
        }
        return null;
    }

    /** Why {@code file} cannot be written, or null: its directory must qualify and it must not be a directory. */
    static String whyNotWritableFile(Path file) {
        if (Files.isDirectory(file)) {
            return file.toAbsolutePath().normalize() + " is a directory, not a file";
        }
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? "it has no directory" : whyNotWritableDir(parent);
    }
}
