package io.github.bitaxemonitor.alerts;

import static io.github.bitaxemonitor.alerts.Cycles.POLL;
import static io.github.bitaxemonitor.alerts.Cycles.T0;
import static io.github.bitaxemonitor.alerts.Cycles.hot;
import static io.github.bitaxemonitor.alerts.Cycles.offline;
import static io.github.bitaxemonitor.alerts.Cycles.outcome;
import static io.github.bitaxemonitor.alerts.Cycles.report;
import static io.github.bitaxemonitor.alerts.Cycles.rule;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.alerts.AlertRule.Kind;
import io.github.bitaxemonitor.alerts.AlertSettings.QuietHours;
import io.github.bitaxemonitor.collect.Outcome;
import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.model.Status.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertEngineTest {
    @TempDir
    Path dir;
    final Cycles.Recorded sink = new Cycles.Recorded();
    final List<String> problems = new ArrayList<>();
    long cycle;

    private AlertEngine engine(AlertSettings s) throws IOException {
        return new AlertEngine(s, sink, problems::add);
    }

    /** Runs cycles from {@code first}, one poll interval apart; each cycle's outcome list from its time. */
    private void run(AlertEngine e, int first, int count, java.util.function.Function<Instant, List<Outcome>> at) {
        for (int i = first; i < first + count; i++) {
            Instant t = T0.plus(POLL.multipliedBy(i));
            e.cycleCompleted(report(++cycle, t, at.apply(t)));
        }
    }

    private List<String> titles() {
        return sink.delivered.stream().map(Alert::title).toList();
    }

    @Test
    void offlineFiresOnlyAfterItsDebounceAndRecoversOnce() throws IOException {
        AlertEngine e = engine(Cycles.settings(dir, List.of(rule(Kind.CONDITION, Status.OFFLINE, 2))));
        run(e, 0, 1, t -> List.of(offline(1, t)));
        assertThat(sink.delivered).as("one OFFLINE cycle is a blip").isEmpty();
        run(e, 1, 5, t -> List.of(offline(1, t)));
        run(e, 6, 3, t -> List.of(outcome(1, t, 1000.0)));
        assertThat(titles()).containsExactly("CRITICAL bitaxe-1: OFFLINE connection refused",
                "RECOVERED bitaxe-1: OFFLINE cleared");
        assertThat(problems).isEmpty();
    }

    @Test
    void aFlappingMinerAlertsAtMostOncePerCooldown() throws IOException {
        AlertEngine e = engine(Cycles.settings(dir, List.of(rule(Kind.CONDITION, Status.OFFLINE, 1))));
        for (int i = 0; i < 20; i++) { // 10 minutes of offline, online, offline...
            int n = i;
            run(e, i, 1, t -> List.of(n % 2 == 0 ? offline(1, t) : outcome(1, t, 1000.0)));
        }
        assertThat(sink.delivered.stream().filter(a -> a.type() == Alert.Type.FIRED)).hasSize(1);
        run(e, 61, 1, t -> List.of(offline(1, t))); // 30.5 minutes after the first
        assertThat(sink.delivered.stream().filter(a -> a.type() == Alert.Type.FIRED)).hasSize(2);
    }

    @Test
    void aRestartWhileAnAlertIsActiveNeitherResendsItNorForgetsItsRecovery() throws IOException {
        AlertSettings s = Cycles.settings(dir, List.of(rule(Kind.CONDITION, Status.HOT, 1)));
        run(engine(s), 0, 3, t -> List.of(hot(1, t, 75)));
        assertThat(sink.delivered).hasSize(1);
        AlertEngine restarted = engine(s);
        run(restarted, 3, 3, t -> List.of(hot(1, t, 75)));
        assertThat(sink.delivered).as("still hot after the restart: no second alert").hasSize(1);
        run(restarted, 6, 1, t -> List.of(outcome(1, t, 1000.0)));
        assertThat(titles()).last().isEqualTo("RECOVERED bitaxe-1: HOT cleared");
    }

    @Test
    void aThresholdFiresOnlyWhenTheConditionsValueReachesIt() throws IOException {
        AlertRule at80 = new AlertRule(Kind.CONDITION, Status.HOT, 1, Severity.CRITICAL, AlertRule.DEFAULT_COOLDOWN,
                0.9, 10, 1, 80.0);
        AlertEngine e = engine(Cycles.settings(dir, List.of(at80)));
        run(e, 0, 3, t -> List.of(hot(1, t, 75)));
        assertThat(sink.delivered).isEmpty();
        run(e, 3, 1, t -> List.of(hot(1, t, 81.5)));
        assertThat(titles()).containsExactly("CRITICAL bitaxe-1: HOT asic 81.5C >= 70");
    }

    @Test
    void hashrateBelowNinetyPercentOfTheLastTenSamplesFires() throws IOException {
        AlertEngine e = engine(Cycles.settings(dir, List.of(rule(Kind.HASHRATE_DROP, null, 1))));
        run(e, 0, 10, t -> List.of(outcome(1, t, 1000.0)));
        run(e, 10, 1, t -> List.of(outcome(1, t, 950.0)));
        assertThat(sink.delivered).as("95% is within the rule").isEmpty();
        run(e, 11, 5, t -> List.of(outcome(1, t, 800.0)));
        assertThat(titles()).containsExactly("WARNING bitaxe-1: hashrate 800.0 GH/s < 90% of the last 10 samples'"
                + " mean 995.0 GH/s");
    }

    @Test
    void fleetRulesCountUnreachableMinersAndCompareHashrateWithExpected() throws IOException {
        AlertRule two = new AlertRule(Kind.MINERS_OFFLINE, null, 1, Severity.CRITICAL, AlertRule.DEFAULT_COOLDOWN,
                0.9, 10, 2, null);
        AlertRule low = new AlertRule(Kind.FLEET_HASHRATE, null, 1, Severity.WARNING, AlertRule.DEFAULT_COOLDOWN,
                0.8, 10, 1, null);
        AlertEngine e = engine(Cycles.settings(dir, List.of(two, low)));
        run(e, 0, 1, t -> List.of(offline(1, t), outcome(2, t, 1000.0), outcome(3, t, 1000.0)));
        assertThat(sink.delivered).as("one of three down, 67% of expected").extracting(Alert::rule)
                .containsExactly("fleet_hashrate");
        run(e, 1, 1, t -> List.of(offline(1, t), offline(2, t), outcome(3, t, 1000.0)));
        assertThat(titles()).last().isEqualTo("CRITICAL fleet: 2 of 3 miners unreachable");
    }

    @Test
    void goodNewsWhenAMinerAnswersAgainAndWhenItsBestDifficultyRises() throws IOException {
        AlertEngine e = engine(Cycles.settings(dir, List.of(rule(Kind.MINER_BACK, null, 2),
                rule(Kind.BEST_DIFFICULTY, null, 1))));
        IntFunction<Double> best = i -> i < 3 ? 1e6 : 5e6;
        for (int i = 0; i < 6; i++) {
            int n = i;
            run(e, i, 1, t -> List.of(n == 1 || n == 2 ? offline(1, t) : Cycles.withBest(outcome(1, t, 1000.0),
                    best.apply(n))));
        }
        assertThat(titles()).containsExactly("GOOD NEWS bitaxe-1: answers again after 2 unreachable cycles",
                "GOOD NEWS bitaxe-1: new best difficulty 5,000,000 (was 1,000,000)");
    }

    @Test
    void aMutedMinerFiresOnlyOnceItsMuteEndsAndAWarningInQuietHoursIsOnlyLogged() throws IOException {
        AlertSettings base = Cycles.settings(dir, List.of(rule(Kind.CONDITION, Status.OFFLINE, 1),
                rule(Kind.CONDITION, Status.REJECT, 1)));
        AlertSettings s = new AlertSettings(base.rules(), Map.of("bitaxe-1", T0.plus(Duration.ofHours(1))),
                List.of(), base.stateFile(), base.eventsLog(),
                new QuietHours(LocalTime.of(11, 0), LocalTime.of(13, 0), ZoneOffset.UTC));
        AlertEngine e = engine(s);
        var reject = new io.github.bitaxemonitor.health.Condition(Status.REJECT, "REJECT 12.0% > 10", 12.0, 10.0);
        run(e, 0, 1, t -> List.of(offline(1, t), offline(2, t), outcome(3, t, 1000.0, reject)));
        assertThat(titles()).as("critical goes through quiet hours").containsExactly(
                "CRITICAL bitaxe-2: OFFLINE connection refused");
        assertThat(sink.held).containsExactly("quiet hours: WARNING bitaxe-3: REJECT 12.0% > 10");
        run(e, 121, 1, t -> List.of(offline(1, t), offline(2, t), outcome(3, t, 1000.0, reject)));
        assertThat(titles()).as("the mute ended at 13:00, still offline at 13:00:30").containsExactly(
                "CRITICAL bitaxe-2: OFFLINE connection refused", "CRITICAL bitaxe-1: OFFLINE connection refused");
    }

    @Test
    void anUnreadableStateFileIsReportedAndLeftAsItIs() throws IOException {
        AlertSettings s = Cycles.settings(dir, List.of(rule(Kind.CONDITION, Status.OFFLINE, 1)));
        java.nio.file.Files.writeString(s.stateFile(), "not json {");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine(s)).isInstanceOf(IOException.class)
                .hasMessageContaining("not an alert state file");
        assertThat(java.nio.file.Files.readString(s.stateFile())).isEqualTo("not json {");
    }

    @Test
    void aHotMinerThatGoesOfflineIsNotReportedAsCooledDown() throws IOException {
        AlertEngine e = engine(Cycles.settings(dir, List.of(rule(Kind.CONDITION, Status.HOT, 1))));
        run(e, 0, 1, t -> List.of(hot(1, t, 75)));
        run(e, 1, 2, t -> List.of(offline(1, t)));
        run(e, 3, 1, t -> List.of(hot(1, t, 75)));
        assertThat(sink.delivered).extracting(Alert::type).containsExactly(Alert.Type.FIRED);
        run(e, 4, 1, t -> List.of(outcome(1, t, 1000.0)));
        assertThat(sink.delivered).extracting(Alert::type).containsExactly(Alert.Type.FIRED, Alert.Type.RECOVERED);
    }
}
