package io.github.bitaxemonitor.miner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.MinerKind;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MinerClientsTest {
    @Test
    void eachEndpointIsPolledInTheProtocolItsKindNames() throws Exception {
        WireMockServer wm = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
        wm.start();
        wm.stubFor(get(urlEqualTo(BitaxeClient.INFO_PATH))
                .willReturn(aResponse().withStatus(200).withBody(Fixtures.bytes("bitaxe/nerdqaxe-plusplus.json"))));
        try (FakeCgminer antminer = FakeCgminer.always(Fixtures.bytes("cgminer/antminer-s19pro-summary+stats.bin"));
             MinerClient client = MinerClients.create(
                     new ClientSettings(Duration.ofSeconds(5), 1, ClientSettings.DEFAULT_MAX_REPLY_BYTES))) {
            PollResult.Success bitaxe = Polls.reading(
                    client.poll(new MinerEndpoint("127.0.0.1", wm.port(), "desk", MinerKind.BITAXE)));
            PollResult.Success cgminer = Polls.reading(
                    client.poll(new MinerEndpoint("127.0.0.1", antminer.port(), null, MinerKind.CGMINER)));

            assertThat(Polls.row(bitaxe).deviceFamily()).isEqualTo("nerdqaxe");
            assertThat(Polls.row(cgminer).deviceFamily()).isEqualTo("antminer");
        } finally {
            wm.stop();
        }
    }
}
