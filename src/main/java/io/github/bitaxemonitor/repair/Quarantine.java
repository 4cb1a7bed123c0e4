package io.github.bitaxemonitor.repair;

import io.github.bitaxemonitor.store.Gzip;
import io.github.bitaxemonitor.text.HostileText;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The file beside an output that keeps every line csv-repair could not keep as it was, so that nothing is lost. It is
 * created only when there is something to keep, and written atomically like the output.
 *
 * <p>Format: comment lines starting with {@code #} explain it; then one entry per line: {@code FILE:LINE}, a TAB, the
 * problem kind, a TAB, then the original line's bytes exactly as found (NULs, CR and invalid UTF-8 included), then
 * LF. A torn last line had no LF in the original; its entry still ends with one. A line longer than any row can be
 * (which the line splitter cuts short) is copied whole from the source file.
 */
final class Quarantine implements Closeable {
    private final Path path;
    private AtomicFile output;

    Quarantine(Path path) {
        this.path = path;
    }

    /** Where the quarantine file goes. */
    static Path beside(Path output) {
        return output.resolveSibling(output.getFileName() + ".quarantine.txt");
    }

    /**
     * The one routing of scanned lines shared by repair and merge: rows go to {@code rows}; unrecoverable lines, and
     * the originals of rows that lost something, come here.
     */
    Consumer<ScannedLine> router(String name, Path file, IoConsumer<ScannedLine> rows) {
        return line -> {
            try {
                switch (line.disposition()) {
                    case ROW -> {
                        rows.accept(line);
                        if (line.altered()) {
                            add(name, file, line, line.cause());
                        }
                    }
                    case QUARANTINED -> add(name, file, line, line.cause());
                    case HEADER, DROPPED -> { }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /**
     * @param name the source as the user named it
     * @param file the source file: a line longer than the splitter's limit is copied from it whole, so that even
     *             that is not lost
     */
    private void add(String name, Path file, ScannedLine line, ProblemKind why) throws IOException {
        if (output == null) {
            output = new AtomicFile(path, file);
            write("# csv-repair quarantine: lines that could not be kept as they were.\n"
                    + "# Each entry: FILE:LINE <TAB> PROBLEM <TAB> the original line, byte for byte.\n");
        }
        OutputStream out = output.out();
        write(HostileText.forTerminal(name) + ":" + line.raw().number() + "\t" + why.name() + "\t");
        if (line.raw().truncated()) {
            copyLine(file, line.raw().offset(), out);
        } else {
            out.write(line.raw().bytes());
            if (line.raw().crlf()) {
                out.write('\r');
            }
        }
        out.write('\n');
    }

    /**
     * Makes the quarantine durable; commit it before the output it belongs to. With nothing quarantined, a stale file
     * of an earlier run at the same path is removed (the caller was allowed to overwrite it).
     */
    void commit() throws IOException {
        if (output != null) {
            output.commit();
        } else {
            Files.deleteIfExists(path);
        }
    }

    @Override
    public void close() throws IOException {
        if (output != null) {
            output.close();
        }
    }

    /**
     * Copies the bytes from {@code offset} (of the content, decompressed if the file is gzip) up to, not including,
     * the next LF, in bounded memory.
     */
    private static void copyLine(Path file, long offset, OutputStream out) throws IOException {
        try (InputStream in = Gzip.open(file, null)) {
            in.skipNBytes(offset);
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) {
                int lf = -1;
                for (int i = 0; i < n && lf < 0; i++) {
                    lf = buf[i] == '\n' ? i : -1;
                }
                out.write(buf, 0, lf < 0 ? n : lf);
                if (lf >= 0) {
                    return;
                }
            }
        }
    }

    private void write(String s) throws IOException {
        output.out().write(s.getBytes(StandardCharsets.UTF_8));
    }
}
