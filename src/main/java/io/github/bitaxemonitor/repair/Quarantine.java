package io.github.bitaxemonitor.repair;

import io.github.bitaxemonitor.text.HostileText;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file beside an output that keeps every line csv-repair could not keep as it was, so that nothing is lost. It is
 * created only when there is something to keep, and written atomically like the output.
 *
 * <p>Format: comment lines starting with {@code #} explain it; then one entry per line: {@code FILE:LINE}, a TAB, the
 * problem kind, a TAB, then the original line's bytes exactly as found (NULs, CR and invalid UTF-8 included), then
 * LF. A torn last line had no LF in the original; its entry still ends with one.
 */
final class Quarantine implements Closeable {
    private final Path path;
    private AtomicFile file;
    private long entries;

    Quarantine(Path path) {
        this.path = path;
    }

    /** Where the quarantine file goes. */
    static Path beside(Path output) {
        return output.resolveSibling(output.getFileName() + ".quarantine.txt");
    }

    Path path() {
        return path;
    }

    long entries() {
        return entries;
    }

    void add(String source, ScannedLine line, ProblemKind why) throws IOException {
        if (file == null) {
            file = new AtomicFile(path);
            write("# csv-repair quarantine: lines that could not be kept as they were.\n"
                    + "# Each entry: FILE:LINE <TAB> PROBLEM <TAB> the original line, byte for byte.\n");
        }
        OutputStream out = file.out();
        write(HostileText.forTerminal(source) + ":" + line.raw().number() + "\t" + why.name() + "\t");
        out.write(line.raw().bytes());
        if (line.raw().crlf()) {
            out.write('\r');
        }
        out.write('\n');
        entries++;
    }

    /**
     * Makes the quarantine durable; commit it before the output it belongs to. With nothing quarantined, a stale file
     * of an earlier run at the same path is removed (the caller was allowed to overwrite it).
     */
    void commit() throws IOException {
        if (file != null) {
            file.commit();
        } else {
            Files.deleteIfExists(path);
        }
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            file.close();
        }
    }

    private void write(String s) throws IOException {
        file.out().write(s.getBytes(StandardCharsets.UTF_8));
    }
}
