package io.github.bitaxemonitor.analyze.compare;

import io.github.bitaxemonitor.analyze.segment.Accumulator;
import io.github.bitaxemonitor.analyze.segment.RowKind;

/**
 * One side of a comparison, summarised.
 *
 * @param label        what the user named ("575MHz@1200mV", a miner, a period)
 * @param samples      rows matching the side
 * @param stable       rows in the statistics
 * @param meanGhs      mean hashrate of the stable rows
 * @param jth          J/TH of the stable rows (energy over hashes)
 * @param blocks       blocks (the effective sample size)
 * @param blockMinutes their length
 */
public record Side(String label, long samples, long stable, double meanGhs, double jth, int blocks,
                   double blockMinutes) {

    static Side of(String label, Accumulator a) {
        return new Side(label, a.rows(), a.rows(RowKind.STABLE), a.hashrate().mean(), a.jth(),
                a.blocks().hashrateMeans().length, a.blocks().blockMs() / 60_000.0);
    }
}
