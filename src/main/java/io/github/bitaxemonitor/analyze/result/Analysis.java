package io.github.bitaxemonitor.analyze.result;

import io.github.bitaxemonitor.analyze.segment.Settings;
import java.time.Instant;
import java.util.List;

/**
 * The result of one pass.
 *
 * @param since         start of the range asked for; null when open
 * @param until         end of the range asked for; null when open
 * @param firstRow      the oldest row analysed; null when none
 * @param lastRow       the newest row analysed; null when none
 * @param files         files read (the others were skipped by their day)
 * @param bytes         bytes read
 * @param rows          rows read (before the range and miner filters)
 * @param skippedLines  lines that are not rows (damage): counted, never guessed at
 * @param firstSkipped  where the first of those is; null when none
 * @param miners        the miners with rows that name a clock configuration, by name
 * @param withoutClocks the other miners ("name (address)"): their rows name no frequency or core voltage (most
 *                      CGMiner firmwares report none), so there is no configuration to judge them by
 */
public record Analysis(Instant since, Instant until, Instant firstRow, Instant lastRow, int files, long bytes,
                       long rows, long skippedLines, String firstSkipped, Settings settings,
                       List<MinerAnalysis> miners, List<String> withoutClocks) {
}
