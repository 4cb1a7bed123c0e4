package io.github.bitaxemonitor.bench;

import io.github.bitaxemonitor.analyze.read.HistoryFiles;
import io.github.bitaxemonitor.analyze.read.HistoryScan;
import io.github.bitaxemonitor.analyze.read.MinerIds;
import io.github.bitaxemonitor.analyze.read.TimeRange;
import io.github.bitaxemonitor.analyze.rank.Ranker;
import io.github.bitaxemonitor.analyze.segment.Aggregator;
import io.github.bitaxemonitor.analyze.segment.MinerFilter;
import io.github.bitaxemonitor.analyze.segment.MinerState;
import io.github.bitaxemonitor.analyze.segment.Settings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The read half of {@code analyze} alone (no aggregation), to tell the cost of reading from the cost of judging.
 * Usage: {@code AnalyzeScanBench --data DIR [--stage scan|aggregate]}. Prints {@code key=value}.
 */
public final class AnalyzeScanBench {
    public static void main(String[] args) throws Exception {
        Args a = Args.parse(args, "--data", "--stage");
        long t0 = System.nanoTime();
        List<Path> files = HistoryFiles.select(Path.of(a.value("--data", "data")), TimeRange.ALL);
        MinerIds ids = new MinerIds();
        boolean aggregate = a.value("--stage", "scan").equals("aggregate");
        Aggregator agg = new Aggregator(Settings.DEFAULTS, ids, TimeRange.ALL, MinerFilter.ANY, false, Map.of(),
                List.of());
        HistoryScan.Totals t = HistoryScan.scan(files, ids, aggregate ? agg : b -> { });
        double s = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        int configs = 0;
        for (MinerState m : agg.finish()) {
            configs += Ranker.rank(m, Settings.DEFAULTS).configs().size();
        }
        System.out.printf("%s files=%d bytes=%d rows=%d configs=%d seconds=%.3f rank_seconds=%.3f mb_per_s=%.1f%n",
                a.value("--stage", "scan"), t.files(), t.bytes(), t.rows(), configs, s,
                (System.nanoTime() - t1) / 1e9, t.bytes() / 1e6 / s);
    }
}
