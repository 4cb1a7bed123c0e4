package io.github.bitaxemonitor.analyze.segment;

import io.github.bitaxemonitor.analyze.read.TimeRange;
import java.util.Objects;

/**
 * One side of a comparison: the stable rows of the matching miners, at one configuration (null: any), in a time
 * range. Its {@link Accumulator} is filled during the same pass as everything else.
 */
public record Probe(String label, MinerFilter miner, String config, TimeRange range) {
    public Probe {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(miner, "miner");
        Objects.requireNonNull(range, "range");
    }
}
