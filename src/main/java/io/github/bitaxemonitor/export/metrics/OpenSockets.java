package io.github.bitaxemonitor.export.metrics;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sockets the process holds open, counted from {@code /proc/self/fd} (Linux): the keep-alive connections to the
 * miners, the listener and its clients. The JVM reports only all file descriptors together; this is the figure that
 * runs into {@code ulimit -n} with a big fleet.
 */
final class OpenSockets {
    private static final Path FDS = Path.of("/proc/self/fd");

    private OpenSockets() {
    }

    /** The count, or -1 where {@code /proc} does not exist. */
    static int count() {
        if (!Files.isDirectory(FDS)) {
            return -1;
        }
        int n = 0;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(FDS)) {
            for (Path fd : ds) {
                try {
                    if (Files.readSymbolicLink(fd).toString().startsWith("socket:")) {
                        n++;
                    }
                } catch (IOException | UnsupportedOperationException e) {
                    // closed between listing and reading (the directory stream's own fd, a finished poll)
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return n;
    }
}
