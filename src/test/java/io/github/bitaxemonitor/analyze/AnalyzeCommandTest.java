package io.github.bitaxemonitor.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bitaxemonitor.bench.TuningModel;
import io.github.bitaxemonitor.bench.TuningModel.Step;
import io.github.bitaxemonitor.cli.Main;
import io.github.bitaxemonitor.testing.ConsoleCapture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The analyze command line end to end, on a generated week (times are absolute: the week is in the past). */
class AnalyzeCommandTest {
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();
    @TempDir
    static Path dir;
    static String data;

    @BeforeAll
    static void generate() throws Exception {
        data = History.week(dir, 3).toString();
    }

    private int run(String... args) {
        return Main.run(args);
    }

    @Test
    void helpOfEveryCommandFormatsWithoutAWarning() {
        for (String command : new String[] {"configs", "compare", "sessions", "session", "report", "export"}) {
            assertThat(run("analyze", command, "--help")).isZero();
        }
        assertThat(run("analyze", "--help")).isZero();
        assertThat(console.out()).contains("reject %, share rate").contains("95% intervals");
        assertThat(console.err()).doesNotContain("WARN");
    }

    @Test
    void configsPrintsTheTableAndTheRecommendations() {
        assertThat(run("analyze", "configs", "--data", data, "--miner", "127.0.0.1:20002")).isZero();
        String out = console.out();
        assertThat(out).contains("best efficiency  " + TuningModel.label(2, Step.ECO))
                .contains("best hashrate    " + TuningModel.label(2, Step.TURBO)).contains("HIGH")
                .contains("7 files").doesNotContain("127.0.0.1:20001");
    }

    @Test
    void configsJsonIsStandardJsonWithEveryMiner() throws Exception {
        assertThat(run("analyze", "configs", "--data", data, "--json")).isZero();
        JsonNode root = new ObjectMapper().readTree(console.out());
        assertThat(root.get("miners")).hasSize(3);
        JsonNode c = root.get("miners").get(0).get("configs").get(0);
        assertThat(c.get("hashrate").get("median").isNumber()).isTrue();
        assertThat(c.get("flags").isArray()).isTrue();
        assertThat(console.out()).doesNotContain("NaN");
    }

    @Test
    void aBadTimeIsOneLineAndExitTwo() {
        assertThat(run("analyze", "configs", "--data", data, "--since", "last tuesday")).isEqualTo(2);
        assertThat(console.err().strip()).startsWith("configs: --since: 'last tuesday' is neither").doesNotContain("\n")
                .doesNotContain("Exception");
    }

    @Test
    void compareTwoConfigurationsSaysTheDifferenceIsMoreThanNoise() {
        assertThat(run("analyze", "compare", "--data", data, "--miner", "127.0.0.1:20002",
                TuningModel.label(2, Step.STOCK), TuningModel.label(2, Step.OC))).isZero();
        assertThat(console.out()).contains("Comparing configurations")
                .contains("hashrate: " + TuningModel.label(2, Step.OC) + " is ")
                .contains("higher than " + TuningModel.label(2, Step.STOCK)).contains(": more than noise")
                .contains("blocks").contains("\nJ/TH: ").doesNotContain("\\x0A");
    }

    @Test
    void compareOneConfigurationInTwoPeriodsFindsNoDifferenceBeyondNoise() {
        String at = TuningModel.label(2, Step.OC);
        assertThat(run("analyze", "compare", "--data", data, "--miner", "127.0.0.1:20002", "--at", at,
                "2026-11-13..2026-11-16T12:00:00Z", "2026-11-16T12:00:00Z..2026-11-20")).isZero();
        assertThat(console.out()).contains("Comparing periods").contains("hashrate: ").contains("NOT more than noise");
    }

    @Test
    void comparingConfigurationsOfSeveralMinersAsksWhichOne() throws Exception {
        // Miners 0 and 7 are the same board type, so they run the same configurations; a comparison never pools
        // miners silently.
        String eight = History.generate(dir.resolve("eight"), 8, 1).toString();
        assertThat(run("analyze", "compare", "--data", eight, "575@1150", "525@1150")).isEqualTo(2);
        assertThat(console.err().strip()).startsWith("compare: several miners match (").endsWith("pick one with --miner");
    }

    @Test
    void namedSessionsAreStoredBesideTheDataAndCutSegments() throws Exception {
        Path copy = dir.resolve("sessions-data");
        Files.createDirectories(copy);
        for (Path f : Files.list(Path.of(data)).toList()) {
            Files.copy(f, copy.resolve(f.getFileName()));
        }
        AnalyzeCommandClock.at("2026-11-15T03:00:00Z");
        try {
            assertThat(run("analyze", "session", "start", "--data", copy.toString(), "--miner", "127.0.0.1:20002",
                    "--notes", "try | *this*")).isZero();
            assertThat(run("analyze", "session", "start", "--data", copy.toString(), "--miner", "127.0.0.1:20002"))
                    .isEqualTo(2);
            AnalyzeCommandClock.at("2026-11-15T05:00:00Z");
            assertThat(run("analyze", "session", "end", "--data", copy.toString(), "--miner", "127.0.0.1:20002"))
                    .isZero();
        } finally {
            AnalyzeCommandClock.reset();
        }
        assertThat(Files.readAllLines(copy.resolve("analyze-sessions.jsonl"))).hasSize(1).first().asString()
                .contains("\"start\":\"2026-11-15T03:00:00Z\"").contains("\"end\":\"2026-11-15T05:00:00Z\"");
        console.reset();
        assertThat(run("analyze", "sessions", "--data", copy.toString(), "--miner", "127.0.0.1:20002")).isZero();
        assertThat(console.out()).contains("session 1 (try | *this*)").contains("after session 1");
        console.reset();
        assertThat(run("analyze", "configs", "--data", copy.toString(), "--session", "1", "--json")).isZero();
        JsonNode root = new ObjectMapper().readTree(console.out());
        assertThat(root.get("miners")).hasSize(1);
        assertThat(root.get("firstRow").asText()).startsWith("2026-11-15T03:0");
        assertThat(root.get("lastRow").asText()).startsWith("2026-11-15T04:59");
    }
}
