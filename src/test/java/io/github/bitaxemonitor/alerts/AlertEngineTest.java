package io.github.bitaxemonitor.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.alerts.AlertRule.Kind;
import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.model.Status.Severity;
import io.github.bitaxemonitor.testing.TestClock;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertEngineTest {
    private static final Instant T0 = Instant.parse("2026-12-05T12:00:00Z");
    private static final Duration CYCLE = Duration.ofSeconds(30);

    @TempDir
    Path dir;
    private final TestClock clock = new TestClock(T0);
    private final List<Alert> sent = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private long cycle;

    private static AlertRule condition(Status s, int forCycles) {
        return new AlertRule(Kind.CONDITION, s, forCycles, Severity.CRITICAL, AlertRule.DEFAULT_COOLDOWN, 0, 0, 0);
    }

    private AlertEngine engine(Map<String, Instant> mutes, AlertRule... rules) throws IOException {
        AlertSettings s = new AlertSettings(List.of(rules), mutes, List.of(), dir.resolve("alerts_state.json"),
                dir.resolve("events.jsonl"));
        return new AlertEngine(s, sent::add, clock, problems::add);
    }

    /** One cycle at the clock's time, then the clock moves on by one poll interval. */
    private void run(AlertEngine e, Status... states) {
        Instant at = clock.instant();
        var outcomes = new ArrayList<io.github.bitaxemonitor.collect.Outcome>();
        for (int i = 0; i < states.length; i++) {
            outcomes.add(Fleet.outcome(i, states[i], 1000, at));
        }
        e.cycleCompleted(Fleet.cycle(++cycle, at, outcomes.toArray(io.github.bitaxemonitor.collect.Outcome[]::new)));
        clock.advance(CYCLE);
    }

    @Test
    void offlineForTwoCyclesFiresOnceOnTheSecondAndRecoversOnce() throws IOException {
        AlertEngine e = engine(Map.of(), condition(Status.OFFLINE, 2));
        run(e, Status.OFFLINE);
        assertThat(sent).isEmpty();
        run(e, Status.OFFLINE);
        run(e, Status.OFFLINE);
        assertThat(sent).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(Alert.Type.FIRED);
            assertThat(a.title()).isEqualTo("CRITICAL gamma-0: OFFLINE connection refused");
        });
        run(e, Status.ONLINE);
        run(e, Status.ONLINE);
        assertThat(sent).extracting(Alert::type).containsExactly(Alert.Type.FIRED, Alert.Type.RECOVERED);
        assertThat(problems).isEmpty();
    }

    @Test
    void aBlipShorterThanTheDebounceSendsNothing() throws IOException {
        AlertEngine e = engine(Map.of(), condition(Status.OFFLINE, 2));
        run(e, Status.OFFLINE);
        run(e, Status.ONLINE);
        run(e, Status.OFFLINE);
        run(e, Status.ONLINE);
        assertThat(sent).isEmpty();
    }

    @Test
    void aConditionBackWithinTheCooldownIsNotSentAgainButIsAfterIt() throws IOException {
        AlertEngine e = engine(Map.of(), condition(Status.HOT, 1));
        run(e, Status.HOT);
        run(e, Status.ONLINE);
        run(e, Status.HOT);
        assertThat(sent).extracting(Alert::type).containsExactly(Alert.Type.FIRED, Alert.Type.RECOVERED);
        run(e, Status.ONLINE);
        clock.advance(AlertRule.DEFAULT_COOLDOWN);
        run(e, Status.HOT);
        assertThat(sent).extracting(Alert::type).containsExactly(Alert.Type.FIRED, Alert.Type.RECOVERED,
                Alert.Type.FIRED);
        assertThat(sent.get(2).text()).isEqualTo("HOT asic 73.1C >= 70");
    }

    @Test
    void aRestartInTheMiddleOfACooldownDoesNotResendButStillRecovers() throws IOException {
        AlertEngine first = engine(Map.of(), condition(Status.HOT, 1));
        run(first, Status.HOT);
        AlertEngine second = engine(Map.of(), condition(Status.HOT, 1));
        run(second, Status.HOT);
        run(second, Status.HOT);
        assertThat(sent).hasSize(1);
        run(second, Status.ONLINE);
        assertThat(sent).extracting(Alert::type).containsExactly(Alert.Type.FIRED, Alert.Type.RECOVERED);
    }

    @Test
    void aMutedMinerIsSilentUntilItsMuteExpires() throws IOException {
        AlertEngine e = engine(Map.of("gamma-0", T0.plus(Duration.ofMinutes(1))), condition(Status.HOT, 1));
        run(e, Status.HOT, Status.HOT);
        assertThat(sent).extracting(Alert::miner).containsExactly("gamma-1");
        clock.advance(Duration.ofMinutes(1));
        run(e, Status.ONLINE, Status.HOT);
        assertThat(sent).extracting(Alert::miner).containsExactly("gamma-1");
        clock.advance(AlertRule.DEFAULT_COOLDOWN);
        run(e, Status.HOT, Status.HOT);
        assertThat(sent).extracting(Alert::miner).containsExactly("gamma-1", "gamma-0");
    }

    @Test
    void aHashrateBelowNinetyPercentOfTheLastTenSamplesFires() throws IOException {
        AlertRule drop = new AlertRule(Kind.HASHRATE_DROP, null, 1, Severity.WARNING, AlertRule.DEFAULT_COOLDOWN,
                0.9, 10, 0);
        AlertEngine e = engine(Map.of(), drop);
        double[] rates = {1000, 1010, 990, 1005, 995, 1000, 1000, 1000, 1000, 1000, 950, 880, 870, 1000};
        for (double r : rates) {
            Instant at = clock.instant();
            e.cycleCompleted(Fleet.cycle(++cycle, at, Fleet.outcome(0, Status.ONLINE, r, at)));
            clock.advance(CYCLE);
        }
        assertThat(sent).extracting(Alert::type).containsExactly(Alert.Type.FIRED, Alert.Type.RECOVERED);
        assertThat(sent.get(0).text()).isEqualTo("hashrate 880.0 GH/s < 90% of the last 10 samples' mean 995.0 GH/s");
    }

    @Test
    void theFleetRuleFiresWhenThreeMinersAreOffline() throws IOException {
        AlertRule fleet = new AlertRule(Kind.MINERS_OFFLINE, null, 1, Severity.CRITICAL, AlertRule.DEFAULT_COOLDOWN,
                0, 0, 3);
        AlertEngine e = engine(Map.of(), fleet);
        e.cycleCompleted(Fleet.withOffline(1, T0, 5, 2));
        assertThat(sent).isEmpty();
        e.cycleCompleted(Fleet.withOffline(2, T0.plus(CYCLE), 5, 3));
        assertThat(sent).singleElement().extracting(Alert::title)
                .isEqualTo("CRITICAL fleet: 3 of 5 miners unreachable");
    }

    @Test
    void aMinerBackAfterAnOutageIsGoodNewsWithoutARecovery() throws IOException {
        AlertRule back = new AlertRule(Kind.MINER_BACK, null, 2, Severity.INFO, AlertRule.DEFAULT_COOLDOWN, 0, 0, 0);
        AlertEngine e = engine(Map.of(), back);
        run(e, Status.ONLINE);
        run(e, Status.OFFLINE);
        run(e, Status.OFFLINE);
        run(e, Status.ONLINE);
        run(e, Status.ONLINE);
        assertThat(sent).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(Alert.Type.NEWS);
            assertThat(a.text()).isEqualTo("answers again after 2 unreachable cycles");
        });
    }
}
