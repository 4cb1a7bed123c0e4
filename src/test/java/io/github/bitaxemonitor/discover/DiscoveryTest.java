package io.github.bitaxemonitor.discover;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.MinerKind;
import io.github.bitaxemonitor.sim.FleetSpec;
import io.github.bitaxemonitor.sim.SimulatedFleet;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Sweeps of explicit loopback ranges only: the simulator's fleet, and devices that must never be called miners. */
class DiscoveryTest {
    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress("127.0.0.1", 0));
            return s.getLocalPort();
        }
    }

    private static Discovery.Result sweep(String range, int port, Set<String> configured) {
        return Discovery.run(new Discovery.Request(ScanRanges.parse(List.of(range)), List.of(port),
                Duration.ofMillis(1500), Duration.ofSeconds(30), 128), List.of(), configured);
    }

    @Test
    void everySimulatedVendorIsFoundAndIdentifiedOnItsOwnAddress() throws Exception {
        int port = freePort();
        FleetSpec spec = FleetSpec.builder().mix("bitaxe:3,antminer:1,bosminer:1,whatsminer:1,avalon:1")
                .addresses("127.0.3.2-127.0.3.8").basePort(port).latencyMs(0, 5).faults("none").build();
        try (SimulatedFleet fleet = SimulatedFleet.start(spec)) {
            Discovery.Result r = sweep("127.0.3.0/24", port, Set.of());
            Map<String, Found> byHost = r.found().stream().collect(Collectors.toMap(Found::host, Function.identity()));
            assertThat(byHost.keySet()).containsExactlyInAnyOrderElementsOf(
                    fleet.endpoints().stream().map(MinerEndpoint::host).toList());
            assertThat(byHost.get("127.0.3.2").kind()).isEqualTo(MinerKind.BITAXE);
            assertThat(byHost.get("127.0.3.2").model()).startsWith("Bitaxe");
            assertThat(byHost.get("127.0.3.2").hashrateGhs()).isPositive();
            assertThat(byHost.get("127.0.3.5").vendor()).isEqualTo("antminer");
            assertThat(byHost.get("127.0.3.5").model()).isEqualTo("Antminer S19 Pro");
            assertThat(byHost.get("127.0.3.6").vendor()).isEqualTo("bosminer");
            assertThat(byHost.get("127.0.3.7").vendor()).isEqualTo("whatsminer");
            assertThat(byHost.get("127.0.3.8").vendor()).isEqualTo("avalon");
            assertThat(r.found()).allSatisfy(f -> {
                assertThat(f.port()).isEqualTo(port);
                assertThat(f.source()).isEqualTo("sweep");
            });
            assertThat(r.probes()).isEqualTo(254);
            assertThat(r.untried()).isZero();
            assertThat(r.peakInFlight()).isLessThanOrEqualTo(128);
        }
    }

    @Test
    void aPrinterAndARouterAreNeverReportedButAnAntminerWebUiIs() throws Exception {
        int port = freePort();
        try (NonMiners others = new NonMiners().printer("127.0.4.10", port).router("127.0.4.11", port)
                .antminerWeb("127.0.4.12", port)) {
            Discovery.Result r = sweep("127.0.4.1-127.0.4.20", port, Set.of());
            assertThat(r.open()).isEqualTo(3);
            assertThat(r.found()).singleElement().satisfies(f -> {
                assertThat(f.host()).isEqualTo("127.0.4.12");
                assertThat(f.vendor()).isEqualTo("antminer");
                assertThat(f.kind()).isEqualTo(MinerKind.CGMINER);
                assertThat(f.port()).isEqualTo(4028);
                assertThat(f.evidence()).contains("antMiner");
            });
        }
    }

    @Test
    void minersAlreadyInTheConfigAreMarked() throws Exception {
        int port = freePort();
        try (SimulatedFleet fleet = SimulatedFleet.start(FleetSpec.builder().mix("bitaxe:2")
                .addresses("127.0.5.2-127.0.5.3").basePort(port).latencyMs(0, 0).faults("none").build())) {
            Discovery.Result r = sweep("127.0.5.2-3", port, Set.of("127.0.5.3:" + port));
            assertThat(r.found()).extracting(Found::host, Found::configured)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("127.0.5.2", false),
                            org.assertj.core.groups.Tuple.tuple("127.0.5.3", true));
            assertThat(fleet.size()).isEqualTo(2);
        }
    }

    @Test
    void theSweepEndsByItsDeadlineWhateverIsLeft() throws Exception {
        int port = freePort();
        // Sockets that accept nothing: a backlog-1 server that never accepts makes later connects hang on Linux.
        long start = System.nanoTime();
        Discovery.Result r = Discovery.run(new Discovery.Request(ScanRanges.parse(List.of("127.0.6.0/16")),
                List.of(port), Duration.ofMillis(200), Duration.ofMillis(1000), 4), List.of(), Set.of());
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(ms).isLessThan(5000);
        assertThat(r.probes() + r.untried()).isEqualTo(65_534);
        assertThat(r.peakInFlight()).isLessThanOrEqualTo(4);
    }
}
