package io.github.bitaxemonitor.analyze;

import io.github.bitaxemonitor.analyze.rank.Ranker;
import io.github.bitaxemonitor.analyze.read.HistoryFiles;
import io.github.bitaxemonitor.analyze.read.HistoryScan;
import io.github.bitaxemonitor.analyze.read.MinerIds;
import io.github.bitaxemonitor.analyze.result.Analysis;
import io.github.bitaxemonitor.analyze.result.MinerAnalysis;
import io.github.bitaxemonitor.analyze.segment.Accumulator;
import io.github.bitaxemonitor.analyze.segment.Aggregator;
import io.github.bitaxemonitor.analyze.segment.MinerState;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Runs a {@link Query}: selects the files, makes the one pass, ranks each miner's configurations. */
public final class Analyzer {
    private Analyzer() {
    }

    /** The result, and the accumulators of the query's probes (in its order). */
    public record Run(Analysis analysis, List<Accumulator> probes) {
    }

    public static Run run(Query q) throws IOException {
        List<Path> files = HistoryFiles.select(q.data(), q.range());
        MinerIds ids = new MinerIds();
        Aggregator agg = new Aggregator(q.settings(), ids, q.range(), q.miner(), q.timelines(), q.cuts(), q.probes());
        HistoryScan.Totals totals = HistoryScan.scan(files, ids, agg);
        List<MinerAnalysis> miners = new ArrayList<>();
        List<String> withoutClocks = new ArrayList<>();
        for (MinerState s : agg.finish()) {
            if (s.configs().isEmpty()) {
                withoutClocks.add(s.name().equals(s.address()) ? s.name() : s.name() + " (" + s.address() + ")");
            } else {
                miners.add(Ranker.rank(s, q.settings()));
            }
        }
        withoutClocks.sort(String.CASE_INSENSITIVE_ORDER);
        miners.sort((a, b) -> a.name().compareToIgnoreCase(b.name()) != 0 ? a.name().compareToIgnoreCase(b.name())
                : a.address().compareTo(b.address()));
        List<Accumulator> probes = new ArrayList<>();
        for (int i = 0; i < q.probes().size(); i++) {
            probes.add(agg.probe(i));
        }
        Analysis a = new Analysis(q.range().since(), q.range().until(),
                agg.firstRowMs() == Long.MAX_VALUE ? null : Instant.ofEpochMilli(agg.firstRowMs()),
                agg.lastRowMs() == Long.MIN_VALUE ? null : Instant.ofEpochMilli(agg.lastRowMs()),
                totals.files(), totals.bytes(), totals.rows(), totals.skippedLines(), totals.firstSkipped(),
                q.settings(), List.copyOf(miners), List.copyOf(withoutClocks));
        return new Run(a, List.copyOf(probes));
    }
}
