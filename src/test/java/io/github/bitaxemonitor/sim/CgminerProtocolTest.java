package io.github.bitaxemonitor.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bitaxemonitor.model.MinerEndpoint;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CGMiner API's framing as the simulator serves it: one command per connection, one NUL-ended reply. */
class CgminerProtocolTest {
    private static SimulatedFleet fleet;
    private static MinerEndpoint avalon;
    private static MinerEndpoint bos;

    @BeforeAll
    static void start() {
        fleet = SimulatedFleet.start(FleetSpec.builder().mix("avalon:1,bosminer:1").latencyMs(0, 5).build());
        avalon = fleet.endpoints().get(0);
        bos = fleet.endpoints().get(1);
    }

    @AfterAll
    static void stop() {
        fleet.close();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void jsonPlainTextAndParameterFormsAllAnswer() throws IOException {
        for (String command : new String[] {"{\"command\":\"summary\"}", "summary", "summary|", "summary\n",
            "{\"command\":\"estats\",\"parameter\":\"0\"}", "estats|0", " {\"parameter\":1,\"command\":\"version\"}"}) {
            JsonNode r = CgClient.json(CgClient.ask(avalon, command));
            assertThat(r.get("STATUS").get(0).get("STATUS").asText()).as(command).isEqualTo("S");
        }
    }

    @Test
    void aCommandSentInPiecesOrFollowedByAHalfCloseIsAnswered() throws IOException {
        try (Socket s = CgClient.connect(bos)) {
            s.setTcpNoDelay(true);
            OutputStream out = s.getOutputStream();
            out.write(bytes("{\"command\":"));
            out.flush();
            out.write(bytes("\"fans\"}"));
            out.flush();
            assertThat(CgClient.json(CgClient.readAll(s.getInputStream())).get("FANS")).hasSize(4);
        }
        byte[] r = CgClient.ask(bos, "{\"command\":\"temps\"}", true);
        assertThat(r[r.length - 1]).isZero();
        assertThat(CgClient.json(r).get("TEMPS")).hasSize(3);
    }

    @Test
    void unknownBrokenAndOversizedCommandsGetCgminerErrors() throws IOException {
        JsonNode unknown = CgClient.json(CgClient.ask(bos, "{\"command\":\"frobnicate\"}")).get("STATUS").get(0);
        assertThat(unknown.get("STATUS").asText()).isEqualTo("E");
        assertThat(unknown.get("Code").asInt()).isEqualTo(14);
        JsonNode broken = CgClient.json(CgClient.ask(bos, "{\"command\":summary}", true)).get("STATUS").get(0);
        assertThat(broken.get("Code").asInt()).isEqualTo(23);
        JsonNode noCommand = CgClient.json(CgClient.ask(bos, "{\"cmd\":\"summary\"}")).get("STATUS").get(0);
        assertThat(noCommand.get("Code").asInt()).as("only Whatsminer reads 'cmd'").isEqualTo(23);
        JsonNode tooLong = CgClient.json(CgClient.ask(bos, "{\"command\":\"" + "x".repeat(10_000))).get("STATUS")
                .get(0);
        assertThat(tooLong.get("Msg").asText()).isEqualTo("Command too long");
    }

    @Test
    void anHttpRequestToACgminerPortIsAnInvalidCommand() throws IOException {
        byte[] r = CgClient.ask(bos, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        assertThat(CgClient.text(r)).startsWith("{\"STATUS\":[{\"STATUS\":\"E\"");
        assertThat(r[r.length - 1]).isZero();
    }

    @Test
    void avalonServesOneConnectionAtATimeWhileBosminerServesMany() throws IOException {
        try (Socket first = CgClient.connect(avalon); Socket second = CgClient.connect(avalon)) {
            second.getOutputStream().write(bytes("summary"));
            second.setSoTimeout(300);
            assertThatThrownBy(() -> second.getInputStream().read()).as("waits behind the first connection")
                    .isInstanceOf(SocketTimeoutException.class);
            first.getOutputStream().write(bytes("version"));
            assertThat(CgClient.text(CgClient.readAll(first.getInputStream()))).contains("\"VERSION\"");
            second.setSoTimeout(30_000);
            assertThat(CgClient.text(CgClient.readAll(second.getInputStream()))).contains("\"SUMMARY\"");
        }
        try (Socket idle = CgClient.connect(bos)) {
            assertThat(CgClient.text(CgClient.ask(bos, "summary"))).as("not blocked by the idle connection")
                    .contains("\"SUMMARY\"");
        }
    }

    /**
     * Switching a port while replies are being scheduled once lost the selector's wakeup: the switch after it then
     * waited forever. Many switches under load make that race likely to show again if it came back.
     */
    @Test
    void switchingPortsWhileRepliesFlowNeverStallsTheServer() throws Exception {
        List<CompletableFuture<byte[]>> load = new ArrayList<>();
        for (int round = 0; round < 40; round++) {
            for (int k = 0; k < 4; k++) {
                load.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return CgClient.ask(bos, "summary");
                    } catch (IOException e) {
                        return new byte[0];
                    }
                }));
            }
            fleet.miner(0).addFault(Fault.OFFLINE);
            fleet.miner(0).removeFault(Fault.OFFLINE);
        }
        for (CompletableFuture<byte[]> f : load) {
            assertThat(f.get()).isNotEmpty();
        }
        assertThat(CgClient.ask(avalon, "summary")).isNotEmpty();
    }
}
