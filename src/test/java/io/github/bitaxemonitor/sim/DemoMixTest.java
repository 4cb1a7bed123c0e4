package io.github.bitaxemonitor.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.cli.Main;
import io.github.bitaxemonitor.config.ConfigLoader;
import io.github.bitaxemonitor.config.MonitorConfig;
import io.github.bitaxemonitor.model.MinerKind;
import io.github.bitaxemonitor.testing.ConsoleCapture;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** 'demo' starts the mixed fleet by default: what tools/demo shows a new user. */
class DemoMixTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    /** The first of {@code n} consecutive ports that are free on 127.0.0.1 right now. */
    private static int freeRun(int n) throws IOException {
        for (int base = 21000; base < 31000; base += n) {
            if (allFree(base, n)) {
                return base;
            }
        }
        throw new IOException("no " + n + " consecutive free ports below 31000");
    }

    private static boolean allFree(int base, int n) {
        for (int p = base; p < base + n; p++) {
            try (ServerSocket s = new ServerSocket()) {
                s.bind(new InetSocketAddress("127.0.0.1", p));
            } catch (IOException taken) {
                return false;
            }
        }
        return true;
    }

    @Test
    void demoRunsTheMixedFleetThroughTheRealMonitor() throws IOException {
        int base = freeRun(FleetMix.DEMO.total());
        int code = Main.run("demo", "--summary", "--dir", dir.toString(), "--base-port", Integer.toString(base));
        assertThat(code).as(console.err()).isZero();
        assertThat(console.out()).contains("demo: 20 simulated miners (demo)")
                .contains("sim-s19pro-15", "sim-s19jpro-bos-16", "sim-m30spp-17", "sim-m31s-18", "sim-a921x4-19",
                        "sim-a1566-20");
        MonitorConfig cfg = ConfigLoader.load(dir.resolve("config.yaml"));
        assertThat(cfg.miners()).hasSize(20);
        assertThat(cfg.miners().stream().filter(m -> m.kind() == MinerKind.CGMINER).count()).isEqualTo(6);
    }
}
