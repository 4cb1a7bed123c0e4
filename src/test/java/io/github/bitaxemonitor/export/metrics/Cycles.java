package io.github.bitaxemonitor.export.metrics;

import io.github.bitaxemonitor.collect.CycleReport;
import io.github.bitaxemonitor.collect.Outcome;
import io.github.bitaxemonitor.health.Condition;
import io.github.bitaxemonitor.health.Judgement;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.MinerKind;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.testing.Samples;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Cycle reports to feed the exposition with: a healthy fleet, with one miner offline and one hostile. */
public final class Cycles {
    /** An alias and a hostname that try everything a label value can be attacked with. */
    public static final String HOSTILE = "evil\"\\\n\u001B[31mred\u202Eabc\u0000=1+2";

    private Cycles() {
    }

    /** {@code n} Gammas on 127.0.0.1, miner 2 OFFLINE (when n > 2), miner 1 with hostile text (when n > 1). */
    public static CycleReport fleet(int n, Instant at, long cycle) {
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String alias = i == 1 ? HOSTILE : null;
            MinerEndpoint ep = new MinerEndpoint("127.0.0.1", 40000 + i, alias, MinerKind.BITAXE);
            Sample row;
            Judgement j;
            if (i == 2) {
                row = Sample.builder().timestamp(at).address(ep.address()).status(Status.OFFLINE)
                        .error("connection refused").pollLatencyMs(3L).conditions("OFFLINE connection refused").build();
                j = Judgement.of(Condition.of(Status.OFFLINE, "connection refused"));
            } else {
                row = Samples.gamma(ep.address(), at).alias(alias).hostname(i == 1 ? HOSTILE : "bitaxe-" + i)
                        .sharesAccepted(1000L + cycle * 10 + i).uptimeS(3600L + cycle).build();
                j = Judgement.of();
            }
            outcomes.add(new Outcome(ep, row, j));
        }
        return new CycleReport(cycle, at.minusMillis(800), outcomes, n, 0, Path.of("data", "metrics.csv"), null, 0,
                List.of());
    }
}
