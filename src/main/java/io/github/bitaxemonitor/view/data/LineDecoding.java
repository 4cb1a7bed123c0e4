package io.github.bitaxemonitor.view.data;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.store.RawLine;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * From the lines of a file to its rows, whichever way the lines are read (tailing a file, or decompressing a backup):
 * the first line names the columns, complete lines are collected and decoded in batches ({@link RowBatch}), good rows
 * are handed on in file order and the others counted, with the latest one's place and reason.
 */
final class LineDecoding {
    /** Decodes rows of the current file; null until its first line (the header) has been seen. */
    private RowDecoder decoder;
    /** Complete lines of the current read, decoded together by {@link #flush}. */
    private final List<RawLine> batch = new ArrayList<>();
    private long rows;
    private long corruptRows;
    private String lastProblem;

    /**
     * A new file begins.
     *
     * @param decoder its decoder when reading resumes after its header, else null (its first line decides)
     */
    void start(RowDecoder decoder) {
        this.decoder = decoder;
        batch.clear();
    }

    /** Takes the next line of the current file. */
    void line(RawLine line) {
        if (line.offset() == 0 && decoder == null) {
            decoder = RowDecoder.forFirstLine(line);
            if (RowDecoder.headerCells(line) != null) {
                return;
            }
        }
        if (decoder == null) {
            decoder = RowDecoder.forFirstLine(null);
        }
        batch.add(line);
    }

    /**
     * Decodes the lines collected so far and hands the rows on, in file order.
     *
     * @param file how a corrupt line's place names the file
     * @return true when at least one row was handed on
     */
    boolean flush(String file, Consumer<Sample> sink) {
        if (batch.isEmpty()) {
            return false;
        }
        boolean delivered = false;
        for (RowBatch.Decoded d : RowBatch.decode(decoder, batch)) {
            if (d.sample() != null) {
                rows++;
                delivered = true;
                sink.accept(d.sample());
            } else if (d.line().bytes().length > 0 || !d.line().terminated()) {
                // (an empty line carries nothing; not worth a warning)
                corruptRows++;
                lastProblem = file + " @ byte " + d.line().offset() + ": " + d.problem();
            }
        }
        batch.clear();
        return delivered;
    }

    long rows() {
        return rows;
    }

    long corruptRows() {
        return corruptRows;
    }

    String lastProblem() {
        return lastProblem;
    }
}
