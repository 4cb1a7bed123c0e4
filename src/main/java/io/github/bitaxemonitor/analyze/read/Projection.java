package io.github.bitaxemonitor.analyze.read;

import io.github.bitaxemonitor.store.CsvSchema;
import io.github.bitaxemonitor.store.RawLine;
import io.github.bitaxemonitor.store.SampleCsv;
import java.util.Arrays;
import java.util.List;

/**
 * Where the needed columns are in one file: its header maps names to positions, so files of an older schema (fewer
 * columns) read too; a column the file does not have reads as absent in every row. Immutable.
 */
final class Projection {
    /** For each cell position, the {@link Needed} ordinal read from it, or -1. */
    final int[] fieldAtCell;
    /** Cells every row of the file has. */
    final int width;
    /** For each field, its cell position, or -1 when the file has no such column. */
    final int[] cellOfField = new int[Needed.ALL.length];

    Projection(List<String> header) {
        width = header.size();
        fieldAtCell = new int[width];
        Arrays.fill(fieldAtCell, -1);
        Arrays.fill(cellOfField, -1);
        for (int i = 0; i < width; i++) {
            String name = header.get(i).strip();
            for (Needed f : Needed.ALL) {
                if (f.field.name().equals(name) && cellOfField[f.ordinal()] < 0) {
                    fieldAtCell[i] = f.ordinal();
                    cellOfField[f.ordinal()] = i;
                }
            }
        }
    }

    /** The projection of the current schema, for a file without a header line. */
    static Projection current() {
        return new Projection(CsvSchema.header());
    }

    /** True when the file can give rows at all (a timestamp, an address and a status). */
    boolean usable() {
        return cellOfField[Needed.TIME.ordinal()] >= 0 && cellOfField[Needed.ADDRESS.ordinal()] >= 0
                && cellOfField[Needed.STATUS.ordinal()] >= 0;
    }

    /** The cells of a header line (a UTF-8 byte order mark is allowed), or null when the line is not a header. */
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
}
