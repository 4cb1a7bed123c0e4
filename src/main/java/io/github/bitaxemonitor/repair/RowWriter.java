package io.github.bitaxemonitor.repair;

import io.github.bitaxemonitor.store.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Writes a metrics file as the monitor does: the current header, then one LF-terminated row per line. */
final class RowWriter {
    private final OutputStream out;

    RowWriter(OutputStream out) throws IOException {
        this.out = out;
        write(CsvSchema.headerLine());
    }

    /** Writes one row (its canonical text, no terminator). */
    void write(String row) {
        try {
            out.write(row.getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
