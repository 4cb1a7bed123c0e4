package io.github.bitaxemonitor.collect;

import io.github.bitaxemonitor.health.Judgement;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.Sample;
import java.util.Objects;

/**
 * One miner's result of one cycle: the row written for it and the judgement behind the row's status, so listeners of
 * the cycle (alerts, metrics) read the same conditions with their values, never a second opinion.
 *
 * @param endpoint  the configured miner
 * @param row       the row as stored
 * @param judgement every condition that held; its status is the row's
 */
public record Outcome(MinerEndpoint endpoint, Sample row, Judgement judgement) {
    public Outcome {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(judgement, "judgement");
    }
}
