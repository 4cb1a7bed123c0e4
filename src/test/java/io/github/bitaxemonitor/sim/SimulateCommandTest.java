package io.github.bitaxemonitor.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.bitaxemonitor.cli.Main;
import io.github.bitaxemonitor.testing.ConsoleCapture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    /** Runs the CLI in-process and returns {exit code, stdout, stderr} of this run alone. */
    private Object[] run(String... args) {
        console.reset();
        int code = Main.run(args);
        return new Object[] {code, console.out(), console.err()};
    }

    private void assertBadUsage(String expected, String... args) {
        Object[] r = run(args);
        assertThat(r[0]).isEqualTo(2);
        String err = (String) r[2];
        assertThat(err).contains(expected).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(err.strip().lines().count()).isEqualTo(1);
    }

    @Test
    void badArgumentsAreOneLineAndExit2() {
        assertBadUsage("bad latency 'soon'", "simulate", "--latency", "soon", "--duration", "0");
        assertBadUsage("latency must be MIN-MAX", "simulate", "--latency", "300-100", "--duration", "0");
        assertBadUsage("unknown fault 'lava'", "simulate", "--faults", "lava:1", "--duration", "0");
        assertBadUsage("need 5 miners but the fleet has 2", "simulate", "--miners", "2", "--faults", "hot:5",
                "--duration", "0");
        assertBadUsage("miner count must be 1..", "simulate", "--miners", "0", "--duration", "0");
        assertBadUsage("outside 1024..65535", "simulate", "--base-port", "80", "--duration", "0");
    }

    @Test
    void writesAReadyToUseMonitorConfig() throws IOException {
        Path config = dir.resolve("sub/config.yaml");
        Object[] r = run("simulate", "--miners", "3", "--faults", "none", "--duration", "0", "--write-config",
                config.toString());
        assertThat(r[0]).isEqualTo(0);
        assertThat((String) r[1]).contains("simulating 3 miners on 127.0.0.1").contains("wrote " + config);
        JsonNode yaml = new YAMLMapper().readTree(config.toFile());
        assertThat(yaml.get("miners")).hasSize(3);
        assertThat(yaml.get("miners").get(0).get("address").asText()).matches("127\\.0\\.0\\.1:\\d+");
        assertThat(yaml.get("miners").get(0).get("alias").asText()).startsWith("sim-");
        assertThat(yaml.get("poll_interval").asInt()).isEqualTo(5);
        assertThat(yaml.get("timeout").asInt()).isEqualTo(2);
        assertThat(yaml.get("csv_path").asText()).isEqualTo("data/metrics.csv");
        assertThat(Files.readString(config)).contains("\n  - address: 127.0.0.1:");
    }

    @Test
    void neverOverwritesAnExistingConfig() throws IOException {
        Path config = dir.resolve("config.yaml");
        Files.writeString(config, "miners: [precious]\n");
        assertBadUsage("already exists", "simulate", "--duration", "0", "--write-config", config.toString());
        assertThat(Files.readString(config)).isEqualTo("miners: [precious]\n");
    }

    @Test
    void listsSmallFleetsWithTheirFaults() {
        Object[] r = run("simulate", "--duration", "0", "--faults", "demo");
        assertThat(r[0]).isEqualTo(0);
        String out = (String) r[1];
        assertThat(out.lines().count()).isEqualTo(13);
        assertThat(out).contains("healthy").contains("offline").contains("hostile");
    }
}
