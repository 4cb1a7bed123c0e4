package io.github.bitaxemonitor.analyze;

import io.github.bitaxemonitor.analyze.read.TimeRange;
import io.github.bitaxemonitor.analyze.segment.MinerFilter;
import io.github.bitaxemonitor.analyze.segment.Probe;
import io.github.bitaxemonitor.analyze.segment.Settings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to analyse.
 *
 * @param data      the data path, read as {@code viewer --data} reads it
 * @param range     rows to take; files outside it are not opened
 * @param miner     which miners
 * @param settings  how rows are judged
 * @param timelines keep chart points per miner (reports and the live view)
 * @param cuts      named-session boundaries per miner address (epoch ms ascending, with a label)
 * @param probes    comparison sides filled in the same pass
 */
public record Query(Path data, TimeRange range, MinerFilter miner, Settings settings, boolean timelines,
                    Map<String, List<Map.Entry<Long, String>>> cuts, List<Probe> probes) {
    public Query {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(miner, "miner");
        Objects.requireNonNull(settings, "settings");
        cuts = Map.copyOf(cuts);
        probes = List.copyOf(probes);
    }

    public static Query of(Path data, TimeRange range, MinerFilter miner, Settings settings) {
        return new Query(data, range, miner, settings, false, Map.of(), List.of());
    }

    public Query withTimelines() {
        return new Query(data, range, miner, settings, true, cuts, probes);
    }

    public Query withCuts(Map<String, List<Map.Entry<Long, String>>> c) {
        return new Query(data, range, miner, settings, timelines, c, probes);
    }

    public Query withProbes(List<Probe> p) {
        return new Query(data, range, miner, settings, timelines, cuts, p);
    }
}
