package io.github.bitaxemonitor.alerts;

import io.github.bitaxemonitor.collect.CycleReport;
import io.github.bitaxemonitor.collect.Outcome;
import io.github.bitaxemonitor.health.Condition;
import io.github.bitaxemonitor.health.Judgement;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.MinerKind;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.model.Status.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds cycle reports the way the collector hands them to listeners: a row and the judgement behind it. */
final class Cycles {
    static final Instant T0 = Instant.parse("2026-12-05T12:00:00Z");
    static final Duration POLL = Duration.ofSeconds(30);

    private Cycles() {
    }

    static MinerEndpoint miner(int i) {
        return new MinerEndpoint("127.0.0." + i, 80, "bitaxe-" + i, MinerKind.BITAXE);
    }

    /** One miner's outcome: ONLINE hashing {@code ghs} when no condition is given. */
    static Outcome outcome(int i, Instant at, Double ghs, Condition... conditions) {
        Judgement j = Judgement.of(conditions);
        Sample row = Sample.builder().timestamp(at).address(miner(i).address()).status(j.status()).hashrateGhs(ghs)
                .expectedHashrateGhs(1000.0).build();
        return new Outcome(miner(i), row, j);
    }

    static Outcome offline(int i, Instant at) {
        return outcome(i, at, null, Condition.of(Status.OFFLINE, "connection refused"));
    }

    static Outcome hot(int i, Instant at, double c) {
        return outcome(i, at, 1000.0, new Condition(Status.HOT, "HOT asic " + c + "C >= 70", c, 70.0));
    }

    static Outcome withBest(Outcome o, double best) {
        return new Outcome(o.endpoint(), o.row().toBuilder().bestDiff(best).build(), o.judgement());
    }

    static CycleReport report(long n, Instant at, List<Outcome> outcomes) {
        return new CycleReport(n, at, outcomes, outcomes.size(), 0, Path.of("x.csv"), null, 0, List.of());
    }

    static AlertRule rule(AlertRule.Kind kind, Status status, int forCycles) {
        return new AlertRule(kind, status, forCycles, status == null ? Severity.WARNING : status.severity(),
                AlertRule.DEFAULT_COOLDOWN, AlertRule.DEFAULT_RATIO, AlertRule.DEFAULT_WINDOW, 1, null);
    }

    static AlertSettings settings(Path dir, List<AlertRule> rules) {
        return new AlertSettings(rules, Map.of(), List.of(), dir.resolve(AlertSettings.STATE_NAME),
                dir.resolve(AlertSettings.EVENTS_NAME), null);
    }

    /** A sink that keeps what it was given. */
    static final class Recorded implements Sink {
        final List<Alert> delivered = new ArrayList<>();
        final List<String> held = new ArrayList<>();

        @Override
        public void deliver(Alert alert) {
            delivered.add(alert);
        }

        @Override
        public void hold(Alert alert, String why) {
            held.add(why + ": " + alert.title());
        }
    }
}
