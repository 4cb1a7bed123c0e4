package io.github.bitaxemonitor.view.data;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.store.CsvSchema;
import io.github.bitaxemonitor.store.RawLine;
import io.github.bitaxemonitor.store.SampleCsv;
import java.util.List;

/**
 * Turns the lines of one file into samples. The file's first line names its columns; a file without a header line
 * (damaged, or cut by hand) is read with the current schema, and its first line is then an ordinary row.
 */
final class RowDecoder {
    /** Decoder for the columns of this file; never null. */
    private final SampleCsv.Decoder decoder;

    private RowDecoder(List<String> header) {
        this.decoder = SampleCsv.decoder(header);
    }

    /** A decoder for the file whose first line is {@code firstLine} (null when the file is empty so far). */
    static RowDecoder forFirstLine(RawLine firstLine) {
        List<String> header = firstLine == null ? null : headerCells(firstLine);
        return new RowDecoder(header != null ? header : CsvSchema.header());
    }

    /** The cells of a header line, or null when the line is not a header. */
    static List<String> headerCells(RawLine line) {
        String text = line.text();
        if (line.startsWithBom()) {
            text = text.substring(1);
        }
        if (!text.startsWith(CsvSchema.header().get(0))) {
            return null;
        }
        try {
            return SampleCsv.parseLine(text);
        } catch (SampleCsv.MalformedRowException e) {
            return null;
        }
    }

    /**
     * Decodes one row. NUL bytes and invalid UTF-8 inside an otherwise well-formed row do not make it corrupt: the
     * views escape such text; a crash's run of NULs never has the right number of cells anyway.
     *
     * @return the sample, or null when the line cannot be a sample (then {@code problem} holds why)
     */
    Sample decode(RawLine line, StringBuilder problem) {
        if (!line.terminated()) {
            problem.append("torn line (no line end)");
            return null;
        }
        if (line.truncated()) {
            problem.append("line longer than any row");
            return null;
        }
        List<String> cells;
        try {
            cells = SampleCsv.parseLine(line.text());
        } catch (SampleCsv.MalformedRowException e) {
            problem.append(e.getMessage());
            return null;
        }
        // A bad cell is reported by the decoder and left empty; the rest of the row is still good to show.
        Sample s = decoder.decode(cells, msg -> {
            if (problem.length() == 0) {
                problem.append(msg);
            }
        });
        if (s == null) {
            return null;
        }
        problem.setLength(0);
        return s;
    }
}
