package io.github.bitaxemonitor.view.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.view.FleetData;
import io.github.bitaxemonitor.view.FleetFeed;
import io.github.bitaxemonitor.view.data.DataSource;
import io.github.bitaxemonitor.view.fleet.Fleet;
import io.github.bitaxemonitor.view.fleet.FleetBudget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports on a fixed dataset at a fixed time, compared with files under src/test/resources/golden. After an
 * intended change, regenerate with {@code -Dgolden.update=true} and review the diff.
 */
class SummaryGoldenTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @TempDir
    Path dir;

    private ReportContext ctx;

    @BeforeEach
    void load() throws IOException {
        FleetData.writeGolden(dir);
        FleetFeed feed = FleetFeed.open(DataSource.resolve(dir.resolve("metrics.csv")), Duration.ofHours(1),
                FleetBudget.history(FleetBudget.DEFAULT_HISTORY));
        ctx = ReportContext.of(feed, FleetData.END.plusSeconds(10));
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void summaryMatchesGolden() throws IOException {
        assertGolden("summary.txt", SummaryText.render(ctx, false, false));
    }

    @Test
    void detailedSummaryMatchesGolden() throws IOException {
        assertGolden("summary-detailed.txt", SummaryText.render(ctx, true, false));
    }

    @Test
    void jsonMatchesGolden() throws IOException {
        assertGolden("summary.json", SummaryJson.render(ctx));
    }

    @Test
    void checkMatchesGolden() throws IOException {
        assertGolden("check.txt", HealthCheck.render(ctx));
    }

    @Test
    void hostileTextIsShownEscapedNeverRaw() {
        String text = SummaryText.render(ctx, true, false) + HealthCheck.render(ctx);

        assertThat(text).doesNotContain("\u001B", "\u202E", "\u0000", "\u0007")
                .contains("evil\\x1B[31m\\u202Ename\\x00x");
    }

    @Test
    void aHostileNameIsEscapedWhereverItAppears() {
        Fleet fleet = new Fleet(null, FleetBudget.history(10));
        fleet.accept(FleetData.miner(1, FleetData.END).alias("\u001B]0;pwned\u0007hot\u202E").asicTempC(99.0).build());
        ReportContext hostile = ReportContext.of(fleet, FleetData.END, Duration.ofHours(1), 0, null);

        String all = SummaryText.render(hostile, true, false) + HealthCheck.render(hostile);

        assertThat(all).doesNotContain("\u001B", "\u0007", "\u202E").contains("(\\x1B]0;pwned\\x07hot\\u202E)");
    }

    @Test
    void jsonKeepsHostileTextExactButEscaped() throws IOException {
        String json = SummaryJson.render(ctx);

        assertThat(json).doesNotContain("\u001B", "\u202E", "\u0000", "\u0007").contains("\\u202E");
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(root.at("/miners/0/latest/hostname").asText()).isEqualTo("evil\u001B[31m\u202Ename\u0000x");
    }

    @Test
    void colourIsOnlyAddedWhenAsked() {
        assertThat(SummaryText.render(ctx, false, true)).contains("\u001B[31mHOT").contains("\u001B[32mONLINE");
        assertThat(SummaryText.render(ctx, false, false)).doesNotContain("\u001B");
    }

    private static ReportContext context(Sample... latest) {
        Fleet fleet = new Fleet(null, FleetBudget.history(10));
        for (Sample s : latest) {
            fleet.accept(s);
        }
        return ReportContext.of(fleet, FleetData.END, Duration.ofHours(1), 0, null);
    }

    @Test
    void theSummarySaysOverHowManyMinersThePercentOfExpectedIsTaken() {
        String text = SummaryText.render(context(FleetData.miner(1, FleetData.END).build(),
                FleetData.miner(2, FleetData.END).expectedHashrateGhs(null).build()), false, false);

        assertThat(text).contains("of expected 1.09 TH/s over the 1 of 2 online miners that report one");
        assertThat(SummaryText.render(context(FleetData.miner(1, FleetData.END).expectedHashrateGhs(null).build()),
                false, false)).contains("Hashrate   1.01 TH/s; no online miner reports an expected hashrate");
    }

    @Test
    void estimatedPowerIsMarkedInTheTableAndCountedApartInTheTotal() {
        String text = SummaryText.render(context(FleetData.miner(1, FleetData.END).powerW(20.0).build(),
                FleetData.miner(2, FleetData.END).powerW(null).powerEstimatedW(3250.0).build()), false, false);

        assertThat(text).contains("Power      3.27 kW (3.25 kW of it estimated, for 1 miner reporting none)")
                .containsPattern("gamma-2 .* ~3\\.25 kW ");
    }

    @Test
    void aDetailedItemKeepsAWholeFirmwareString() {
        String firmware = "v1.0.29-nerdqaxe-plus-plus-esp32s3-rev2-2026-11-20";
        String text = SummaryText.render(context(FleetData.miner(1, FleetData.END).firmwareVersion(firmware)
                .build()), true, false);

        assertThat(text).contains("firmware " + firmware + ",");
        assertThat(SummaryText.render(context(FleetData.miner(1, FleetData.END).firmwareVersion("v" + "9".repeat(200))
                .build()), true, false)).contains("firmware v" + "9".repeat(51) + "...");
    }
}
