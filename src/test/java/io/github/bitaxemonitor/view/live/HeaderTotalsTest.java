package io.github.bitaxemonitor.view.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.view.FleetData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live header and table say which totals are partial: expected hashrate and estimated power. */
class HeaderTotalsTest {
    private static final Instant NOW = FleetData.END.plusSeconds(3);

    @TempDir
    Path dir;

    @Test
    void theHeaderSaysOverHowManyMinersExpectedIsTakenAndHowMuchPowerIsEstimated() throws IOException {
        Files.writeString(dir.resolve("metrics-2026-11-20.csv"), FleetData.header()
                + FleetData.row(FleetData.miner(1, FleetData.END).hashrateGhs(900.0).expectedHashrateGhs(1000.0)
                .powerW(20.0).build())
                + FleetData.row(FleetData.miner(2, FleetData.END).expectedHashrateGhs(null).powerW(null)
                .powerEstimatedW(3250.0).build()));
        ScreenHarness s = new ScreenHarness(dir.resolve("metrics.csv"), 200, 60, false, false, NOW);

        assertThat(s.line(0)).contains("(90% exp. over 1/2)").contains("3.27 kW (~3.25 kW est.)");
        assertThat(s.line(s.tableRow("gamma-2"))).contains("~3.25 kW");
        assertThat(s.line(s.tableRow("gamma-1"))).contains("20.0 W").doesNotContain("~");
    }

    @Test
    void whenEveryMinerReportsOneTheHeaderGivesThePercentageAlone() throws IOException {
        FleetData.writeGolden(dir);
        ScreenHarness s = new ScreenHarness(dir.resolve("metrics.csv"), 200, 60, false, false, NOW);

        assertThat(s.line(0)).contains("3.14 TH/s (96%)").doesNotContain("est.");
    }
}
