package io.github.bitaxemonitor.repair;

import io.github.bitaxemonitor.store.LineSplitter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Streams one file through {@link LineSplitter} and {@link LineClassifier}: memory stays bounded by the longest line. */
final class FileScan {
    private static final int CHUNK = 64 * 1024;

    private FileScan() {
    }

    /**
     * @param name     how problems name the file (as the user typed it)
     * @param problems receives every problem, in line order
     * @param lines    receives the fate of every line, in line order, after its problems
     */
    static void scan(Path file, String name, ScanOptions options, Progress progress, Consumer<Problem> problems,
                     Consumer<ScannedLine> lines) throws IOException {
        LineClassifier classifier = new LineClassifier(name, options.clock(), options.duplicateWindow(), problems,
                lines);
        LineSplitter splitter = new LineSplitter(classifier::accept);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[CHUNK];
            for (int n; (n = in.read(buf)) >= 0; ) {
                splitter.feed(buf, 0, n);
                progress.advance(n);
            }
        }
        splitter.finish();
        classifier.finish();
    }
}
