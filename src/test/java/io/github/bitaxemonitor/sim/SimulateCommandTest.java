package io.github.bitaxemonitor.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.bitaxemonitor.cli.Main;
import io.github.bitaxemonitor.config.ConfigLoader;
import io.github.bitaxemonitor.config.MonitorConfig;
import io.github.bitaxemonitor.model.MinerKind;
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
    void aMixedFleetsConfigIsOneTheMonitorAccepts() throws IOException {
        Path config = dir.resolve("mixed.yaml");
        Object[] r = run("simulate", "--mix", "bitaxe:8,antminer:2,whatsminer:1,avalon:1", "--faults",
                "hot:1,paused@avalon:1", "--duration", "0", "--write-config", config.toString());
        assertThat(r[0]).as((String) r[2]).isEqualTo(0);
        assertThat((String) r[1]).contains("simulating 12 miners").contains("Antminer S19 Pro").contains("paused");
        MonitorConfig cfg = ConfigLoader.load(config);
        assertThat(cfg.miners()).hasSize(12);
        assertThat(cfg.miners().subList(0, 8)).allSatisfy(m -> assertThat(m.kind()).isEqualTo(MinerKind.BITAXE));
        assertThat(cfg.miners().subList(8, 12)).allSatisfy(m -> assertThat(m.kind()).isEqualTo(MinerKind.CGMINER));
        assertThat(cfg.miners()).allSatisfy(m -> assertThat(m.host()).isEqualTo("127.0.0.1"));
        assertThat(Files.readString(config)).contains("    type: cgminer\n");
    }

    @Test
    void addressesPutEveryMinerOnOnePortAndTheConfigSaysSo() throws IOException {
        Path config = dir.resolve("lan.yaml");
        Object[] r = run("simulate", "--mix", "bitaxe:2,bosminer:1", "--addresses", "127.0.0.20-127.0.0.22",
                "--faults", "none", "--duration", "0", "--write-config", config.toString());
        assertThat(r[0]).as((String) r[2]).isEqualTo(0);
        MonitorConfig cfg = ConfigLoader.load(config);
        assertThat(cfg.miners()).extracting(m -> m.host()).containsExactly("127.0.0.20", "127.0.0.21", "127.0.0.22");
        assertThat((String) r[1]).contains("on 127.0.0.20..127.0.0.22");
    }

    @Test
    void portOptionsThatDoNotFitSayWhyInOneLine() {
        assertBadUsage("--port needs --addresses", "simulate", "--port", "8080", "--duration", "0");
        assertBadUsage("with --addresses use --port", "simulate", "--addresses", "127.0.0.2", "--base-port", "20000",
                "--duration", "0");
        assertBadUsage("not a loopback address", "simulate", "--addresses", "10.0.0.1-10.0.0.5", "--duration", "0");
        assertBadUsage("unknown miner type 'antminner'", "simulate", "--mix", "antminner:1", "--duration", "0");
        assertBadUsage("has 2 miners, not 5", "simulate", "--mix", "bitaxe:2", "--miners", "5", "--duration", "0");
    }

    @Test
    void helpDocumentsEveryFaultAndEveryMinerType() {
        Object[] r = run("simulate", "--help");
        String out = (String) r[1];
        for (Fault f : Fault.values()) {
            assertThat(out).contains("\n  " + f.label() + " ");
        }
        for (MinerType t : MinerType.values()) {
            assertThat(out).contains("\n  " + t.label() + " ");
        }
        assertThat(out.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
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
