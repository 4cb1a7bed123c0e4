package io.github.bitaxemonitor.view.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.view.FleetData;
import io.github.bitaxemonitor.view.format.MinerColumn;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Fleet sums that say what they are made of: expected hashrate and power where some miners do not report them. */
class FleetTotalsTest {
    private static final Instant T0 = Instant.parse("2026-11-20T12:00:00Z");

    private static Fleet fleet(Sample... latest) {
        Fleet fleet = new Fleet(null, FleetBudget.history(10));
        for (Sample s : latest) {
            fleet.accept(s);
        }
        return fleet;
    }

    @Test
    void percentOfExpectedIsTakenOverTheMinersThatReportAnExpectedHashrateOnly() {
        // 900 of 1000 expected, beside a miner that expects nothing: 90%, not (900 + 5000) / 1000
        FleetTotals t = fleet(FleetData.miner(1, T0).hashrateGhs(900.0).expectedHashrateGhs(1000.0).build(),
                FleetData.miner(2, T0).hashrateGhs(5000.0).expectedHashrateGhs(null).build()).totals(T0);

        assertThat(t.pctOfExpected()).isEqualTo(90.0);
        assertThat(t.expectedMiners()).isEqualTo(1);
        assertThat(t.expectedGhs()).isEqualTo(1000.0);
        assertThat(t.hashrateGhs()).isEqualTo(5900.0);
    }

    @Test
    void withNoMinerReportingAnExpectedHashrateThereIsNoPercentage() {
        FleetTotals t = fleet(FleetData.miner(1, T0).expectedHashrateGhs(null).build()).totals(T0);

        assertThat(t.pctOfExpected()).isNull();
        assertThat(t.expectedMiners()).isZero();
    }

    @Test
    void estimatedPowerCountsInTheTotalAndIsSaidApart() {
        FleetTotals t = fleet(FleetData.miner(1, T0).powerW(20.0).build(),
                FleetData.miner(2, T0).powerW(null).powerEstimatedW(3250.0).build(),
                FleetData.miner(3, T0).powerW(null).powerEstimatedW(null).build()).totals(T0);

        assertThat(t.powerW()).isEqualTo(3270.0);
        assertThat(t.estimatedPowerW()).isEqualTo(3250.0);
        assertThat(t.estimatedMiners()).isEqualTo(1);
    }

    @Test
    void withMeasuredPowerOnlyNothingIsEstimated() {
        FleetTotals t = fleet(FleetData.miner(1, T0).build()).totals(T0);

        assertThat(t.estimatedPowerW()).isNull();
        assertThat(t.estimatedMiners()).isZero();
    }

    @Test
    void thePowerColumnMarksAnEstimateAndSortsItBesideMeasuredValues() {
        Fleet fleet = fleet(FleetData.miner(1, T0).powerW(20.0).build(),
                FleetData.miner(2, T0).powerW(null).powerEstimatedW(3250.0).build(),
                FleetData.miner(3, T0).powerW(30.0).build());
        MinerTrack estimated = fleet.miners().stream().filter(m -> m.name().equals("gamma-2")).findFirst().orElseThrow();

        assertThat(MinerColumn.POWER.text(estimated, T0)).isEqualTo("~3.25 kW");
        assertThat(fleet.miners().stream().sorted(MinerColumn.POWER.order).map(MinerTrack::name))
                .containsExactly("gamma-1", "gamma-3", "gamma-2");
    }
}
