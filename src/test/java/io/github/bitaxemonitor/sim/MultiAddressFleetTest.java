package io.github.bitaxemonitor.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.MinerKind;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Many miners on one port, each at its own 127.0.0.x: Linux routes all of 127.0.0.0/8 to lo. */
class MultiAddressFleetTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A port free on 127.0.0.1 now (the fleet then binds it on other loopback addresses). */
    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress("127.0.0.1", 0));
            return s.getLocalPort();
        }
    }

    @Test
    void everyMinerAnswersAtItsOwnAddressOnTheSharedPort() throws Exception {
        int port = freePort();
        FleetSpec spec = FleetSpec.builder().mix("bitaxe:3,antminer:1,avalon:1").addresses("127.0.0.2-127.0.0.6")
                .basePort(port).latencyMs(0, 5).build();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (SimulatedFleet fleet = SimulatedFleet.start(spec)) {
            List<MinerEndpoint> eps = fleet.endpoints();
            assertThat(eps).extracting(MinerEndpoint::host).containsExactly("127.0.0.2", "127.0.0.3", "127.0.0.4",
                    "127.0.0.5", "127.0.0.6");
            assertThat(eps).allSatisfy(e -> assertThat(e.port()).isEqualTo(port));
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                        URI.create("http://" + eps.get(i).address() + "/api/system/info")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(JSON.readTree(r.body()).path("macAddr").asText())
                        .isEqualTo(fleet.miner(i).snapshot().identity().macAddr());
            }
            assertThat(eps.get(3).kind()).isEqualTo(MinerKind.CGMINER);
            assertThat(CgClient.json(CgClient.ask(eps.get(3), "stats")).get("STATS").get(0).get("Type").asText())
                    .isEqualTo("Antminer S19 Pro");
            assertThat(CgClient.json(CgClient.ask(eps.get(4), "version")).get("VERSION").get(0).get("PROD").asText())
                    .isEqualTo("AvalonMiner 1566");
        }
    }

    @Test
    void cgminerMinersCanHaveTheirOwnPortBesideTheBitaxesOne() throws Exception {
        int port = freePort();
        int cgPort = freePort();
        FleetSpec spec = FleetSpec.builder().mix("bitaxe:1,whatsminer:1").addresses("127.0.0.10,127.0.0.11")
                .basePort(port).cgminerPort(cgPort).latencyMs(0, 0).build();
        try (SimulatedFleet fleet = SimulatedFleet.start(spec)) {
            assertThat(fleet.endpoints()).extracting(MinerEndpoint::address)
                    .containsExactly("127.0.0.10:" + port, "127.0.0.11:" + cgPort);
            assertThat(CgClient.text(CgClient.ask(fleet.endpoints().get(1), "summary"))).contains("\"HS RT\"");
        }
    }

    @Test
    void aSlash24GivesTwoHundredFiftyFourMinersOnOnePort() throws Exception {
        int port = freePort();
        try (SimulatedFleet fleet = SimulatedFleet.start(FleetSpec.builder().addresses("127.0.0.0/24")
                .basePort(port).latencyMs(0, 0).build())) {
            assertThat(fleet.size()).isEqualTo(254);
            assertThat(fleet.endpoints().stream().map(MinerEndpoint::host).collect(Collectors.toSet())).hasSize(254);
            assertThat(fleet.endpoints().get(253).address()).isEqualTo("127.0.0.254:" + port);
        }
    }

    @Test
    void onlyLoopbackAddressesAndOneAddressPerMinerAreAccepted() throws Exception {
        assertThatThrownBy(() -> FleetSpec.builder().addresses(List.of(InetAddress.getByName("192.0.2.1"))).build())
                .hasMessageContaining("not a loopback address");
        assertThatThrownBy(() -> FleetSpec.builder().count(3).addresses("127.0.0.2-127.0.0.3").build())
                .hasMessageContaining("2 addresses for 3 miners");
        assertThatThrownBy(() -> FleetSpec.builder().cgminerPort(4028).build())
                .hasMessageContaining("needs addresses");
    }
}
