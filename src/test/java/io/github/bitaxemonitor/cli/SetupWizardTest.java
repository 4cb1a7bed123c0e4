package io.github.bitaxemonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.config.ConfigLoader;
import io.github.bitaxemonitor.config.MonitorConfig;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.sim.FleetSpec;
import io.github.bitaxemonitor.sim.SimulatedFleet;
import io.github.bitaxemonitor.testing.ConsoleCapture;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The wizard driven through a JLine terminal on piped streams (a dumb terminal), on the simulator's loopback fleet. */
class SetupWizardTest {
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

    private Terminal terminal(String typed) throws IOException {
        return new DumbTerminal("setup-test", Terminal.TYPE_DUMB,
                new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress("127.0.0.1", 0));
            return s.getLocalPort();
        }
    }

    private String screen() {
        return screen.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aNewUserGetsAConfigOfTheMinersTheyPickedWithWrongAnswersAskedAgain() throws Exception {
        int port = freePort();
        Path config = dir.resolve("config.yaml");
        try (SimulatedFleet fleet = SimulatedFleet.start(FleetSpec.builder().mix("bitaxe:2,whatsminer:1")
                .addresses("127.0.11.2-127.0.11.4").basePort(port).latencyMs(0, 2).faults("none").build());
             Terminal t = terminal(String.join("\n", "127.0.0.0/8", "127.0.11.0/24", "9", "1,3", "garage", "",
                     "http://x/", "127.0.11.50", "", "0", "20", "", "", "y", ""))) {
            assertThat(SetupCommand.run(t, config, List.of(port))).isZero();
            assertThat(fleet.size()).isEqualTo(3);
        }
        String shown = screen();
        assertThat(shown).contains("bad prefix in '127.0.0.0/8'", "3 miners found", "give numbers 1..3",
                "without http://", "poll_interval must be", "The changes to", "Wrote ");
        MonitorConfig cfg = ConfigLoader.load(config);
        assertThat(cfg.miners()).extracting(MinerEndpoint::address).containsExactly("127.0.11.2:" + port,
                "127.0.11.4:" + port, "127.0.11.50:80");
        assertThat(cfg.miners().get(0).alias()).isEqualTo("garage");
        assertThat(cfg.pollInterval()).isEqualTo(Duration.ofSeconds(20));
        String text = Files.readString(config);
        assertThat(text).contains("#  - 192.168.1.45", "# Seconds between the start of two cycles",
                "127.0.11.4:" + port + "   # whatsminer");
    }

    @Test
    void runAgainItEditsTheFileKeepingTheUsersCommentsAndKeys() throws Exception {
        Path config = dir.resolve("config.yaml");
        String mine = "# my own notes\nminers:\n  - 127.0.12.9   # the first one\npoll_interval: 45   # slow wifi\n"
                + "retries: 1\n";
        Files.writeString(config, mine);
        try (Terminal t = terminal(String.join("\n", "-", "127.0.12.9", "127.0.12.10", "", "", "", "", "y", ""))) {
            assertThat(SetupCommand.run(t, config, List.of(80))).isZero();
        }
        assertThat(screen()).contains("Editing", "127.0.12.9:80 is already in the config (line 3)");
        String text = Files.readString(config);
        assertThat(text).startsWith("# my own notes\nminers:\n  - 127.0.12.9   # the first one\n  - 127.0.12.10\n"
                + "poll_interval: 45   # slow wifi\nretries: 1\n");
        assertThat(ConfigLoader.load(config).miners()).hasSize(2);
    }

    @Test
    void ctrlDCancelsAndWritesNothing() throws Exception {
        Path config = dir.resolve("config.yaml");
        try (Terminal t = terminal("-\n")) {
            assertThat(SetupCommand.run(t, config, List.of(80))).isEqualTo(1);
        }
        assertThat(screen()).contains("setup cancelled: nothing written");
        assertThat(config).doesNotExist();
    }

    @Test
    void withoutATerminalItPointsToInitAndAdd() {
        assertThat(Main.run("monitor", "setup", "--config", dir.resolve("c.yaml").toString())).isEqualTo(2);
        assertThat(console.err()).contains("needs a terminal").contains("--init").contains("add ADDRESS");
    }
}
