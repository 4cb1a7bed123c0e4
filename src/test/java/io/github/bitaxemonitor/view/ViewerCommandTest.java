package io.github.bitaxemonitor.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bitaxemonitor.cli.Main;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.testing.ConsoleCapture;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The viewer command line as users and cron jobs run it (no terminal under the test runner). */
class ViewerCommandTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    /** Writes rows of the given miners, newest a few seconds ago so the collector does not look stopped. */
    private Path writeFleet(boolean allHealthy) throws IOException {
        Instant now = Instant.now();
        List<Sample> rows = new ArrayList<>();
        for (int c = 3; c >= 0; c--) {
            Instant at = now.minusSeconds(5L * c);
            rows.add(FleetData.miner(1, at).build());
            Sample.Builder two = FleetData.miner(2, at);
            if (!allHealthy) {
                two.status(io.github.bitaxemonitor.model.Status.HOT);
            }
            rows.add(two.build());
        }
        Path file = dir.resolve("metrics-" + now.toString().substring(0, 10) + ".csv");
        Files.writeString(file, FleetData.header() + FleetData.rows(rows));
        return dir.resolve("metrics.csv");
    }

    @Test
    void checkExitsZeroWhenEveryMinerIsHealthy() throws IOException {
        int code = Main.run("viewer", "--check", "--data", writeFleet(true).toString());

        assertThat(code).isZero();
        assertThat(console.out()).startsWith("OK: 2 miners healthy");
    }

    @Test
    void checkExitsOneAndNamesTheUnhealthyMiner() throws IOException {
        int code = Main.run("viewer", "--check", "--data", writeFleet(false).toString());

        assertThat(code).isEqualTo(1);
        assertThat(console.out()).contains("gamma-2 (127.0.0.12:80) HOT").doesNotContain("gamma-1");
    }

    @Test
    void aMinerWithoutShareCountsIsHealthyInEveryReport() throws IOException {
        Instant now = Instant.now();
        Path file = dir.resolve("metrics-" + now.toString().substring(0, 10) + ".csv");
        Files.writeString(file, FleetData.header() + FleetData.row(FleetData.miner(1, now).sharesAccepted(null)
                .sharesRejected(null).build()) + FleetData.row(FleetData.miner(2, now).build()));

        for (String mode : List.of("--check", "--summary", "--json")) {
            console.reset();
            int code = Main.run("viewer", mode, "--data", dir.toString());

            assertThat(code).as(mode).isZero();
            assertThat(console.err()).as(mode).isEmpty();
        }
        console.reset();
        Main.run("viewer", "--check", "--data", dir.toString());
        assertThat(console.out()).startsWith("OK: 2 miners healthy");
    }

    @Test
    void aBadWindowIsOneLineNamingTheOption() {
        int code = Main.run("viewer", "--summary", "--window", "an hour", "--data", dir.toString());

        assertThat(code).isEqualTo(2);
        assertThat(console.err().lines().findFirst().orElse("")).contains("'--window'", "'an hour' is not a duration");
    }

    @Test
    void aWriteErrorOnStandardOutputIsOneLineAndExitOne() throws IOException {
        Path data = writeFleet(true);
        System.setOut(new PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        }, true));

        int code = Main.run("viewer", "--summary", "--data", data.toString());

        assertThat(code).isEqualTo(1);
        assertThat(console.err().strip()).isEqualTo(
                "viewer: cannot write to standard output (disk full, or the reader went away)");
    }

    @Test
    void aMinerWithoutRecentRowsIsStaleInEveryReport() throws IOException {
        Instant now = Instant.now();
        List<Sample> rows = new ArrayList<>();
        for (int c = 12; c >= 0; c--) {
            rows.add(FleetData.miner(1, now.minusSeconds(5L * c)).build());
        }
        rows.add(0, FleetData.miner(2, now.minusSeconds(90)).build());
        Files.writeString(dir.resolve("metrics-" + now.toString().substring(0, 10) + ".csv"),
                FleetData.header() + FleetData.rows(rows));

        assertThat(Main.run("viewer", "--check", "--data", dir.toString())).isEqualTo(1);
        assertThat(console.out()).contains("gamma-2 (127.0.0.12:80) STALE: newest row 1m ago, ONLINE")
                .doesNotContain("gamma-1");
        console.reset();
        Main.run("viewer", "--summary", "--data", dir.toString());
        assertThat(console.out()).contains("2 total, 1 online (STALE 1, ONLINE 1)");
        assertThat(console.out().lines().filter(l -> l.startsWith("gamma-2"))).singleElement().asString()
                .contains("STALE");
        console.reset();
        Main.run("viewer", "--json", "--data", dir.toString());
        JsonNode json = new ObjectMapper().readTree(console.out());
        assertThat(json.path("fleet").path("stale").asInt()).isEqualTo(1);
        assertThat(json.path("fleet").path("online").asInt()).isEqualTo(1);
        assertThat(json.path("miners").get(1).path("status").asText()).isEqualTo("STALE");
        assertThat(json.path("miners").get(1).path("latest").path("status").asText()).isEqualTo("ONLINE");
    }

    @Test
    void checkFailsWhenTheDataIsStale() throws IOException {
        Path file = dir.resolve("metrics-2026-11-20.csv");
        Files.writeString(file, FleetData.header()
                + FleetData.row(FleetData.miner(1, Instant.now().minus(Duration.ofHours(2))).build()));

        int code = Main.run("viewer", "--check", "--window", "1d", "--data", dir.toString());

        assertThat(code).isEqualTo(1);
        assertThat(console.out()).contains("collector looks stopped");
    }

    @Test
    void summaryPrintsTotalsAndOneLinePerMinerWithoutColourInAPipe() throws IOException {
        int code = Main.run("viewer", "--summary", "--data", writeFleet(true).toString());

        assertThat(code).isZero();
        assertThat(console.out()).contains("Miners     2 total, 2 online").contains("gamma-1").contains("gamma-2")
                .doesNotContain("\u001B");
    }

    @Test
    void jsonIsOneDocument() throws IOException {
        int code = Main.run("viewer", "--summary", "--json", "--data", writeFleet(true).toString());

        assertThat(code).isZero();
        JsonNode root = new ObjectMapper().readTree(console.out());
        assertThat(root.path("fleet").path("miners").asInt()).isEqualTo(2);
        assertThat(root.path("miners")).hasSize(2);
    }

    @Test
    void liveWithoutATerminalPrintsTheSummaryAndSaysWhy() throws IOException {
        int code = Main.run("viewer", "--data", writeFleet(true).toString());

        assertThat(code).isZero();
        assertThat(console.err()).contains("no terminal").contains("printing the summary instead");
        assertThat(console.out()).contains("gamma-1");
    }

    @Test
    void missingDataIsOneClearLineAndExitOne() {
        int code = Main.run("viewer", "--summary", "--data", dir.resolve("nothing/metrics.csv").toString());

        assertThat(code).isEqualTo(1);
        assertThat(console.err().strip()).startsWith("viewer: no data: no metrics files for").doesNotContain("\n")
                .doesNotContain("Exception");
    }

    @Test
    void filesWithoutRowsAreReportedAsNoData() throws IOException {
        Files.writeString(dir.resolve("metrics-2026-11-20.csv"), FleetData.header());

        int code = Main.run("viewer", "--summary", "--data", dir.toString());

        assertThat(code).isEqualTo(1);
        assertThat(console.err()).contains("no readable rows");
    }

    @Test
    void unreadableDataIsOneLineAndExitOne() throws IOException {
        Files.createDirectory(dir.resolve("metrics-2026-11-20.csv"));

        int code = Main.run("viewer", "--summary", "--data", dir.toString());

        assertThat(code).isEqualTo(1);
        assertThat(console.err()).startsWith("viewer: cannot read the data at ").hasLineCount(1);
    }

    @Test
    void aBadWindowIsABadArgument() {
        int code = Main.run("viewer", "--summary", "--window", "soon");

        assertThat(code).isEqualTo(2);
        assertThat(console.err()).contains("'soon' is not a duration");
    }

    @Test
    void liveCannotBeCombinedWithReportOptions() {
        int code = Main.run("viewer", "--live", "--json");

        assertThat(code).isEqualTo(2);
    }

    @Test
    void csvPathIsTakenFromTheConfigFileRelativeToItAsTheMonitorDoes() throws IOException {
        Path csvPath = writeFleet(true);
        Path config = dir.resolve("config.yaml");
        Files.writeString(config, "miners:\n  - 127.0.0.1:18080\npoll_interval: 5\ntimeout: 2\ncsv_path: "
                + dir.relativize(csvPath) + "\n");

        int code = Main.run("viewer", "--summary", "--config", config.toString());

        assertThat(code).as(console.err()).isZero();
        assertThat(console.out()).contains("gamma-2");
    }

    @Test
    void aBrokenConfigNamesFileLineAndColumn() throws IOException {
        Path config = dir.resolve("config.yaml");
        Files.writeString(config, "csv_path: [unclosed\n");

        int code = Main.run("viewer", "--summary", "--config", config.toString());

        assertThat(code).isEqualTo(2);
        assertThat(console.err()).containsPattern(java.util.regex.Pattern.quote(config.toString()) + ":\\d+:\\d+: ")
                .contains("expected ',' or ']'").hasLineCount(1);
    }

    @Test
    void aMissingExplicitConfigIsABadArgument() {
        int code = Main.run("viewer", "--summary", "--config", dir.resolve("nope.yaml").toString());

        assertThat(code).isEqualTo(2);
        assertThat(console.err()).contains("config file not found");
    }
}
