package io.github.bitaxemonitor.view.data;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.store.RawLine;
import java.util.List;

/**
 * Decodes the lines of one read together. Parsing dominates the cost of loading a long window (each line goes through
 * Commons CSV), so a large batch is decoded on all cores; results keep file order. Live polls bring a cycle's few rows
 * and decode on the calling thread.
 */
final class RowBatch {
    /** Below this many lines a batch is not worth the hand-off to other threads. */
    static final int PARALLEL_MIN = 512;

    /**
     * One decoded line.
     *
     * @param line    the line; never null
     * @param sample  the row, or null when the line is not one
     * @param problem why the line is not a row; null with a sample
     */
    record Decoded(RawLine line, Sample sample, String problem) {
    }

    private RowBatch() {
    }

    /** Decodes {@code lines} with {@code decoder} (immutable, so shared by the threads); results in input order. */
    static List<Decoded> decode(RowDecoder decoder, List<RawLine> lines) {
        return (lines.size() >= PARALLEL_MIN ? lines.parallelStream() : lines.stream())
                .map(line -> {
                    StringBuilder problem = new StringBuilder();
                    Sample s = decoder.decode(line, problem);
                    return new Decoded(line, s, s == null ? problem.toString() : null);
                })
                .toList();
    }
}
