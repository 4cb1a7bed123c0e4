package io.github.bitaxemonitor.alerts;

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

/** Cycle reports for alert tests: miners on 127.0.0.1:4000N, each in a state the test names. */
final class Fleet {
    private Fleet() {
    }

    static MinerEndpoint miner(int i) {
        return new MinerEndpoint("127.0.0.1", 40000 + i, "gamma-" + i, MinerKind.BITAXE);
    }

    /** One outcome: OFFLINE, HOT (asic 73.1 >= 70), or ONLINE at {@code ghs}. */
    static Outcome outcome(int i, Status status, double ghs, Instant at) {
        MinerEndpoint ep = miner(i);
        if (status == Status.OFFLINE) {
            Sample row = Sample.builder().timestamp(at).address(ep.address()).status(Status.OFFLINE)
                    .error("connection refused").build();
            return new Outcome(ep, row, Judgement.of(Condition.of(Status.OFFLINE, "connection refused")));
        }
        Sample row = Samples.gamma(ep.address(), at).status(status).hashrateGhs(ghs).build();
        Judgement j = status == Status.HOT ? Judgement.of(new Condition(Status.HOT, "HOT asic 73.1C >= 70", 73.1, 70.0))
                : Judgement.of();
        return new Outcome(ep, row, j);
    }

    static CycleReport cycle(long n, Instant at, Outcome... outcomes) {
        return new CycleReport(n, at, List.of(outcomes), outcomes.length, 0, Path.of("data", "metrics.csv"), null, 0,
                List.of());
    }

    /** {@code count} miners, the first {@code offline} of them OFFLINE. */
    static CycleReport withOffline(long n, Instant at, int count, int offline) {
        List<Outcome> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(outcome(i, i < offline ? Status.OFFLINE : Status.ONLINE, 1000, at));
        }
        return cycle(n, at, list.toArray(Outcome[]::new));
    }
}
