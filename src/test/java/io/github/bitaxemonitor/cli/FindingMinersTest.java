package io.github.bitaxemonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.config.ConfigLoader;
import io.github.bitaxemonitor.config.ExampleConfig;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.MinerKind;
import io.github.bitaxemonitor.sim.FleetSpec;
import io.github.bitaxemonitor.sim.SimulatedFleet;
import io.github.bitaxemonitor.testing.ConsoleCapture;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** discover, add, remove and probe as a user runs them, on the simulator's loopback fleet only. */
class FindingMinersTest {
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path dir;

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress("127.0.0.1", 0));
            return s.getLocalPort();
        }
    }

    private static SimulatedFleet fleet(String mix, String addresses, int port) {
        return SimulatedFleet.start(FleetSpec.builder().mix(mix).addresses(addresses).basePort(port).latencyMs(0, 2)
                .faults("none").build());
    }

    @Test
    void aBareDiscoverWithoutATerminalRefusesAndScansNothing() {
        // With a console the command would propose this machine's own networks: never let a test get that far.
        Assumptions.assumeTrue(System.console() == null, "the test JVM has a console; run under Maven's forked JVM");
        assertThat(Main.run("monitor", "discover")).isEqualTo(2);
        assertThat(console.err()).contains("give the range to scan").contains("never scanned by default");
        assertThat(console.out()).isEmpty();
    }

    @Test
    void aBareDiscoverOnATerminalProposesTheLocalRangesAndScansNothingUnlessConfirmed() {
        List<String> asked = new ArrayList<>();
        Prompter declines = new Prompter() {
            @Override
            public boolean interactive() {
                return true;
            }

            @Override
            public String ask(String question) {
                asked.add(question);
                return "n";
            }
        };
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new DiscoverCommand(declines));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((e, c, p) -> {
            c.getErr().println(e.getMessage());
            return 2;
        });
        int code = cl.execute();
        assertThat(code).isEqualTo(2);
        // A machine with no network but loopback is told to give a range; one with a LAN is asked, and says no.
        if (asked.isEmpty()) {
            assertThat(err.toString()).contains("give a range");
        } else {
            assertThat(asked).singleElement().asString().startsWith("Scan ").endsWith("[y/N] ");
            assertThat(err.toString()).contains("nothing scanned");
        }
    }

    @Test
    void discoverAddWritesANewConfigTheMonitorLoadsAndASecondRunAddsNothing() throws Exception {
        int port = freePort();
        Path config = dir.resolve("config.yaml");
        try (SimulatedFleet fleet = fleet("bitaxe:2,avalon:1", "127.0.7.2-127.0.7.4", port)) {
            assertThat(Main.run("monitor", "discover", "127.0.7.0/24", "--port", String.valueOf(port), "--add",
                    "--config", config.toString())).isZero();
            assertThat(console.out()).contains("3 miners found, 3 not configured").contains("added 3 miners")
                    .contains("avalon");
            assertThat(ConfigLoader.load(config).miners()).extracting(MinerEndpoint::address)
                    .containsExactlyElementsOf(fleet.endpoints().stream().map(MinerEndpoint::address).toList());
            assertThat(Files.readString(config)).contains("#  - 192.168.1.45").startsWith(ExampleConfig.text()
                    .substring(0, 200));
            console.reset();
            assertThat(Main.run("monitor", "discover", "127.0.7.2-4", "--port", String.valueOf(port), "--add",
                    "--json", "--config", config.toString())).isZero();
            assertThat(console.out()).contains("\"configured\" : true").doesNotContain("\"configured\" : false");
            assertThat(console.err()).contains("nothing to add");
        }
    }

    @Test
    void addDetectsTheTypeAndRemoveTakesItOutAgainLeavingTheRestAsItWas() throws Exception {
        int port = freePort();
        Path config = dir.resolve("config.yaml");
        String mine = "# my rigs\nminers:\n  - 127.0.8.9:" + port + "   # the old one\n\npoll_interval: 20  # why\n";
        Files.writeString(config, mine);
        try (SimulatedFleet fleet = fleet("antminer:1", "127.0.8.2", port)) {
            assertThat(Main.run("monitor", "add", "127.0.8.2:" + port, "--alias", "garage",
                    "--config", config.toString())).isZero();
            assertThat(console.out()).contains("found antminer Antminer S19 Pro");
            assertThat(ConfigLoader.load(config).miners()).last().satisfies(m -> {
                assertThat(m.kind()).isEqualTo(MinerKind.CGMINER);
                assertThat(m.alias()).isEqualTo("garage");
            });
            assertThat(Main.run("monitor", "add", "127.0.8.2:" + port, "--config", config.toString())).isEqualTo(2);
            assertThat(console.err()).contains("already in the config (line 4)");
            assertThat(Main.run("monitor", "remove", "garage", "--config", config.toString())).isZero();
            assertThat(Files.readString(config)).isEqualTo(mine);
            assertThat(fleet.size()).isEqualTo(1);
        }
    }

    @Test
    void addRefusesABadAddressInOneLineAndLeavesTheFileAlone() throws Exception {
        Path config = dir.resolve("config.yaml");
        Files.writeString(config, "miners:\n  - 127.0.0.2\n");
        assertThat(Main.run("monitor", "add", "127.0.0.300", "--config", config.toString())).isEqualTo(2);
        assertThat(console.err().strip().lines()).singleElement().asString().contains("bad miner address '127.0.0.300'");
        assertThat(Main.run("monitor", "remove", "127.0.0.77", "--config", config.toString())).isEqualTo(2);
        assertThat(Files.readString(config)).isEqualTo("miners:\n  - 127.0.0.2\n");
    }

    @Test
    void probeShowsWhatIsThereEveryFieldAndTheRowWithItsStatus() throws Exception {
        int port = freePort();
        try (SimulatedFleet fleet = fleet("bitaxe:1", "127.0.9.2", port)) {
            assertThat(Main.run("monitor", "probe", "127.0.9.2:" + port, "--config",
                    dir.resolve("none.yaml").toString())).isZero();
            assertThat(console.out()).contains("identify", "AxeOS API", "poll", "row        status ONLINE",
                    "hashrate_ghs", "asic_temp_c", " ms");
            assertThat(fleet.size()).isEqualTo(1);
        }
        console.reset();
        assertThat(Main.run("monitor", "probe", "127.0.9.3:" + port, "--type", "bitaxe")).isEqualTo(1);
        assertThat(console.out()).contains("UNREACHABLE").contains("status OFFLINE");
    }
}
