package io.github.bitaxemonitor.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.bitaxemonitor.analyze.read.TimeRange;
import io.github.bitaxemonitor.analyze.result.Analysis;
import io.github.bitaxemonitor.analyze.result.ConfigResult;
import io.github.bitaxemonitor.analyze.result.MinerAnalysis;
import io.github.bitaxemonitor.analyze.result.Recommendation;
import io.github.bitaxemonitor.analyze.segment.MinerFilter;
import io.github.bitaxemonitor.analyze.segment.Segment;
import io.github.bitaxemonitor.analyze.segment.Settings;
import io.github.bitaxemonitor.analyze.stats.LogHistogram;
import io.github.bitaxemonitor.bench.TuningModel;
import io.github.bitaxemonitor.bench.TuningModel.Step;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A simulated week of a mixed fleet with configuration changes ({@link TuningModel}): analyze must find every
 * planted answer, and its numbers must equal a straightforward reference computation ({@link Reference}).
 */
class PlantedAnswersTest {
    private static final int MINERS = 8;
    private static final int SEGMENTS_PER_STEP = 7; // a week of six-hour segments, four steps in turn
    @TempDir
    static Path dir;
    static Path data;
    static Analysis week;

    @BeforeAll
    static void generate() throws Exception {
        data = History.week(dir, MINERS);
        week = Analyzer.run(Query.of(data, TimeRange.ALL, MinerFilter.ANY, Settings.DEFAULTS)).analysis();
    }

    private static MinerAnalysis miner(int m) {
        return week.miners().stream().filter(x -> x.address().equals("127.0.0.1:" + (20_000 + m))).findFirst()
                .orElseThrow();
    }

    private static Recommendation rec(MinerAnalysis m, String goal) {
        return m.recommendations().stream().filter(r -> r.goal().equals(goal)).findFirst().orElseThrow();
    }

    @Test
    void everyMinerIsFoundWithItsFourConfigurations() {
        assertThat(week.miners()).hasSize(MINERS);
        for (int m = 0; m < MINERS; m++) {
            assertThat(miner(m).configs()).extracting(ConfigResult::config).containsExactlyInAnyOrder(
                    TuningModel.label(m, Step.ECO), TuningModel.label(m, Step.STOCK), TuningModel.label(m, Step.OC),
                    TuningModel.label(m, Step.TURBO));
        }
    }

    @Test
    void theLowVoltageConfigurationIsTheBestEfficiencyOfEveryMiner() {
        for (int m = 0; m < MINERS; m++) {
            Recommendation r = rec(miner(m), "best efficiency");
            assertThat(r.config()).as("miner %d", m).isEqualTo(TuningModel.label(m, Step.ECO));
            assertThat(r.confidence()).as("miner %d", m).isEqualTo(Recommendation.Confidence.HIGH);
            assertThat(miner(m).config(r.config()).rankJth()).isEqualTo(1);
        }
    }

    @Test
    void theFastestCleanConfigurationIsTheBestHashrateAndAThrottlingOneIsPassedOver() {
        for (int m = 0; m < MINERS; m++) {
            Step expected = TuningModel.hot(m) || m == TuningModel.SLOW_CLOCK_MINER ? Step.OC : Step.TURBO;
            Recommendation r = rec(miner(m), "best hashrate");
            assertThat(r.config()).as("miner %d", m).isEqualTo(TuningModel.label(m, expected));
            if (expected == Step.OC) {
                assertThat(r.why()).contains(TuningModel.label(m, Step.TURBO)).contains("flagged").contains("throttled");
            }
        }
    }

    @Test
    void theOverclockAtStockVoltageIsTheBestBalance() {
        for (int m = 0; m < MINERS; m++) {
            assertThat(rec(miner(m), "best balance").config()).as("miner %d", m)
                    .isEqualTo(TuningModel.label(m, Step.OC));
        }
    }

    @Test
    void theThrottlingSegmentsOfTheHotMinerAreFlaggedAndLeftOut() {
        ConfigResult turbo = miner(0).config(TuningModel.label(0, Step.TURBO));
        assertThat(turbo.eligible()).isFalse();
        assertThat(turbo.throttledSegments()).isEqualTo(SEGMENTS_PER_STEP);
        // Four of every six hours overheat; rows of an outage in those hours are faults, not throttling.
        long planted = SEGMENTS_PER_STEP * (TuningModel.SEGMENT_S - TuningModel.THROTTLE_AFTER_S) / 60;
        assertThat(turbo.throttledSamples()).isBetween(planted - 30, planted);
        assertThat(turbo.flags()).anyMatch(f -> f.startsWith("throttled"));
        // The two clean hours at the start of each segment are what the statistics hold: full speed.
        assertThat(turbo.hashrate().mean()).isCloseTo(TuningModel.expectedGhs(0, Step.TURBO), within(
                TuningModel.expectedGhs(0, Step.TURBO) * 0.01));
        for (int m = 1; m < MINERS; m++) {
            if (m != TuningModel.SLOW_CLOCK_MINER) {
                assertThat(miner(m).configs()).as("miner %d", m).allMatch(c -> c.throttledSamples() == 0);
            }
        }
    }

    @Test
    void anAsicClockBelowTheSetOneIsThrottlingEvenWithoutOverheatModeOrCollapse() {
        int m = TuningModel.SLOW_CLOCK_MINER;
        ConfigResult turbo = miner(m).config(TuningModel.label(m, Step.TURBO));
        long planted = SEGMENTS_PER_STEP * (TuningModel.SEGMENT_S - TuningModel.SLOW_AFTER_S) / 60;
        assertThat(turbo.throttledSamples()).isBetween(planted - 30, planted);
        assertThat(turbo.throttledSegments()).isEqualTo(SEGMENTS_PER_STEP);
        assertThat(turbo.eligible()).isFalse();
        assertThat(turbo.hashrate().mean()).isCloseTo(TuningModel.expectedGhs(m, Step.TURBO),
                within(TuningModel.expectedGhs(m, Step.TURBO) * 0.01));
        assertThat(miner(m).configs()).filteredOn(c -> c != turbo).allMatch(c -> c.throttledSamples() == 0);
    }

    @Test
    void aPausedHourIsNeitherThrottlingNorAFaultAndItsRampUpIsWarmUp() {
        int m = TuningModel.PAUSING_MINER;
        ConfigResult eco = miner(m).config(TuningModel.label(m, Step.ECO));
        assertThat(eco.throttledSamples()).isZero();
        assertThat(eco.faultSamples()).isLessThan(30); // the simulated outages only
        assertThat(eco.pausedSamples()).isBetween(SEGMENTS_PER_STEP * 60L - 5, SEGMENTS_PER_STEP * 60L);
        assertThat(eco.flags()).noneMatch(f -> f.startsWith("throttled"));
        // Ten minutes of warm-up after the change and ten more after each pause.
        assertThat(eco.warmupSamples()).isBetween(SEGMENTS_PER_STEP * 2 * 10L, SEGMENTS_PER_STEP * 2 * 11L);
        assertThat(eco.hashrate().mean()).isCloseTo(TuningModel.expectedGhs(m, Step.ECO),
                within(TuningModel.expectedGhs(m, Step.ECO) * 0.005));
        // Runtime is the time it mined: the paused hours are not in it.
        assertThat(eco.runtimeH()).isLessThan(SEGMENTS_PER_STEP * 5.01);
        assertThat(rec(miner(m), "best efficiency").config()).isEqualTo(eco.config());
    }

    @Test
    void aRebootInTheMiddleOfASegmentIsCountedAndItsWarmUpLeftOut() {
        ConfigResult stock = miner(TuningModel.REBOOTING_MINER).config(TuningModel.label(1, Step.STOCK));
        assertThat(stock.reboots()).isEqualTo(SEGMENTS_PER_STEP);
        assertThat(stock.eligible()).isFalse();
        assertThat(stock.flags()).anyMatch(f -> f.contains("reboot"));
        // Ten minutes of warm-up after each of the segment's two starts (the change and the reboot).
        // (11 when a poll's latency puts its row a few milliseconds inside the tenth minute).
        assertThat(stock.warmupSamples()).isBetween(SEGMENTS_PER_STEP * 2 * 10L, SEGMENTS_PER_STEP * 2 * 11L);
        assertThat(miner(TuningModel.REBOOTING_MINER).segments()).filteredOn(s -> s.reboots() > 0)
                .allMatch(s -> s.config().equals(stock.config()) && s.flagged());
        for (int m = 0; m < MINERS; m++) {
            for (ConfigResult c : miner(m).configs()) {
                if (!(m == TuningModel.REBOOTING_MINER && c.config().equals(stock.config()))) {
                    assertThat(c.reboots()).as("miner %d %s", m, c.config()).isZero();
                }
            }
        }
    }

    @Test
    void warmUpAfterEachChangeIsLeftOutSoTheMeansAreTheSteadyOnes() {
        for (int m = 2; m < MINERS; m++) {
            for (Step s : Step.values()) {
                if (m == TuningModel.PAUSING_MINER && s == Step.ECO) {
                    continue; // its pauses add warm-up: aPausedHour... checks it
                }
                ConfigResult c = miner(m).config(TuningModel.label(m, s));
                assertThat(c.warmupSamples()).as("miner %d %s", m, s).isBetween(c.segments() * 10L,
                        c.segments() * 11L);
                double steady = TuningModel.expectedGhs(m, s);
                assertThat(c.hashrate().mean()).as("miner %d %s", m, s).isCloseTo(steady, within(steady * 0.005));
                assertThat(c.jth()).isCloseTo(TuningModel.steadyJth(m, s), within(TuningModel.steadyJth(m, s) * 0.01));
            }
        }
    }

    @Test
    void segmentsStartAtEveryConfigurationChange() {
        for (int m = 0; m < MINERS; m++) {
            var segs = miner(m).segments();
            assertThat(segs).hasSize(4 * SEGMENTS_PER_STEP);
            for (int i = 1; i < segs.size(); i++) {
                Segment s = segs.get(i);
                assertThat(s.cause()).isEqualTo("configuration change");
                assertThat(s.config()).isNotEqualTo(segs.get(i - 1).config());
                // At the boundary, or at the first reachable row after it when an outage covers it.
                assertThat(s.startMs() % (TuningModel.SEGMENT_S * 1000)).isLessThan(15 * 60_000);
            }
        }
    }

    @Test
    void everyFigureEqualsTheReferenceComputation() throws Exception {
        Map<String, Map<String, Reference.Group>> ref = Reference.compute(data, Settings.DEFAULTS);
        for (MinerAnalysis m : week.miners()) {
            Map<String, Reference.Group> groups = ref.get(m.address());
            assertThat(m.configs()).hasSize(groups.size());
            for (ConfigResult c : m.configs()) {
                Reference.Group g = groups.get(c.config());
                String what = m.address() + " " + c.config();
                assertThat(c.samples()).as(what).isEqualTo(g.rows);
                assertThat(c.warmupSamples()).as(what).isEqualTo(g.warmup);
                assertThat(c.throttledSamples()).as(what).isEqualTo(g.throttled);
                assertThat(c.faultSamples()).as(what).isEqualTo(g.faults);
                assertThat(c.pausedSamples()).as(what).isEqualTo(g.paused);
                assertThat(c.reboots()).as(what).isEqualTo(g.reboots);
                assertThat(c.runtimeH()).as(what).isCloseTo(g.runtimeMs / 3.6e6, within(1e-9));
                assertThat(c.hashrate().count()).as(what).isEqualTo(g.hashrate.size());
                assertThat(c.hashrate().mean()).as(what).isCloseTo(g.mean(), within(g.mean() * 1e-12));
                assertThat(c.hashrate().stddev()).as(what).isCloseTo(g.sd(), within(g.sd() * 1e-9));
                for (double q : new double[] {0.05, 0.5, 0.95}) {
                    double exact = g.quantile(q);
                    double got = q == 0.05 ? c.hashrate().p5() : q == 0.5 ? c.hashrate().median() : c.hashrate().p95();
                    assertThat(got).as(what + " q" + q).isCloseTo(exact, within(exact * LogHistogram.RELATIVE_ERROR));
                }
                assertThat(c.jth()).as(what).isCloseTo(g.jth(), within(g.jth() * 1e-12));
            }
        }
    }

    @Test
    void aRangeReadsOnlyTheFilesOfItsDays() throws Exception {
        Instant from = Instant.ofEpochSecond(History.END - 2 * 86_400);
        Analysis last2 = Analyzer.run(Query.of(data, new TimeRange(from, null), MinerFilter.ANY, Settings.DEFAULTS))
                .analysis();
        // Only the two days' files: the five before them are not opened.
        assertThat(last2.files()).isEqualTo(2);
        assertThat(week.files()).isEqualTo(7);
        assertThat(last2.firstRow()).isAfterOrEqualTo(from);
        MinerAnalysis m0 = last2.miners().stream().filter(x -> x.address().endsWith(":20000")).findFirst().orElseThrow();
        assertThat(m0.segments()).hasSize(8);
        assertThat(m0.segments().get(0).cause()).isEqualTo("first row");
    }
}
