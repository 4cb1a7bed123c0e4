package io.github.bitaxemonitor.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bitaxemonitor.model.MinerEndpoint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The owner's writes as the simulated firmware generations take them, over real loopback sockets. */
class SimulatedWritesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private SimulatedFleet fleet;

    @AfterEach
    void stop() {
        if (fleet != null) {
            fleet.close();
        }
    }

    private SimulatedMiner bitaxe(FirmwareShape shape) {
        fleet = SimulatedFleet.start(FleetSpec.builder().count(1).latencyMs(0, 0).build());
        SimulatedMiner m = fleet.miner(0);
        m.setShape(shape);
        return m;
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        MinerEndpoint e = fleet.endpoints().get(0);
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        return client.send(HttpRequest.newBuilder(URI.create("http://" + e.address() + path))
                .timeout(Duration.ofSeconds(20)).method(method, publisher).header("Content-Type", "application/json")
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode info() throws Exception {
        return JSON.readTree(send("GET", "/api/system/info", null).body());
    }

    @Test
    void patchSavesClockSettingsThatRunOnlyAfterARestart() throws Exception {
        SimulatedMiner m = bitaxe(FirmwareShape.V2_15);
        int f0 = m.board().frequencyMhz();
        HttpResponse<String> patch = send("PATCH", "/api/system", "{\"frequency\":" + (f0 + 50) + ",\"x\":1}");
        assertThat(patch.statusCode()).isEqualTo(200);
        assertThat(patch.body()).isEmpty();
        assertThat(info().get("frequency").asInt()).isEqualTo(f0 + 50);
        assertThat(m.settings().runningFrequency()).isEqualTo(f0);
        m.advanceSeconds(100);
        HttpResponse<String> restart = send("POST", "/api/system/restart", null);
        assertThat(restart.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(restart.body()).get("message").asText()).contains("restart");
        assertThat(m.settings().runningFrequency()).isEqualTo(f0 + 50);
        assertThat(info().get("uptimeSeconds").asLong()).isLessThan(100);
    }

    @Test
    void validatingFirmwareAnswers400ForValuesOutsideItsOptionsAndKeepsTheOldOnes() throws Exception {
        SimulatedMiner m = bitaxe(FirmwareShape.V2_12);
        OwnerSettings before = m.settings();
        for (String body : new String[] {"{\"frequency\":5000}", "{\"coreVoltage\":\"high\"}", "{\"temptarget\":90}",
                "{\"fanspeed\":101}", "not json", "[1]"}) {
            HttpResponse<String> r = send("PATCH", "/api/system", body);
            assertThat(r.statusCode()).as(body).isEqualTo(400);
            assertThat(r.body()).isEqualTo(BitaxeWrites.WRONG_INPUT);
        }
        assertThat(m.settings()).isEqualTo(before);
    }

    @Test
    void restartRepliesInEachGenerationsForm() throws Exception {
        SimulatedMiner m = bitaxe(FirmwareShape.V2_0);
        assertThat(send("POST", "/api/system/restart", null).body()).isEmpty();
        m.setShape(FirmwareShape.V2_10);
        assertThat(send("POST", "/api/system/restart", null).body()).isEqualTo("System will restart shortly.");
    }

    @Test
    void pauseResumeAndIdentifyExistFrom214AndShowInLaterPolls() throws Exception {
        SimulatedMiner m = bitaxe(FirmwareShape.V2_14);
        assertThat(send("POST", "/api/system/pause", null).statusCode()).isEqualTo(200);
        assertThat(info().get("miningPaused").asBoolean()).isTrue();
        assertThat(send("POST", "/api/system/resume", null).statusCode()).isEqualTo(200);
        assertThat(info().get("miningPaused").asBoolean()).isFalse();
        assertThat(send("POST", "/api/system/identify", null).statusCode()).isEqualTo(200);
        assertThat(m.identifying()).isTrue();
        m.setShape(FirmwareShape.V2_12);
        assertThat(send("POST", "/api/system/pause", null).statusCode()).isEqualTo(404);
        assertThat(send("PUT", "/api/system/restart", null).statusCode()).isEqualTo(405);
    }

    @Test
    void fanAndTempTargetApplyAtOnce() throws Exception {
        SimulatedMiner m = bitaxe(FirmwareShape.V2_15);
        send("PATCH", "/api/system", "{\"autofanspeed\":0,\"fanspeed\":80,\"temptarget\":55}");
        JsonNode n = info();
        assertThat(n.get("autofanspeed").asInt()).isZero();
        assertThat(n.get("fanspeed").asInt()).isEqualTo(80);
        assertThat(n.get("temptarget").asInt()).isEqualTo(55);
        send("PATCH", "/api/system", "{\"autofanspeed\":1}");
        assertThat(m.settings().fanPercent()).isEqualTo(-1);
    }

    @Test
    void hashrateFollowsFrequencyAndFallsAboveTheUnitsStableLimit() {
        fleet = SimulatedFleet.start(FleetSpec.builder().count(1).latencyMs(0, 0).build());
        SimulatedMiner m = fleet.miner(0);
        m.setShape(FirmwareShape.V2_15);
        int f0 = m.board().frequencyMhz();
        int v0 = m.board().coreVoltageMv();
        double atDefault = settledHashrate(m);
        double watts0 = m.snapshot().electrical().powerW();
        m.saveSettings(f0 + 50, v0 + 50, null, null);
        m.ownerRestart();
        double faster = settledHashrate(m);
        assertThat(faster / atDefault).isBetween((f0 + 50) / (double) f0 * 0.9, (f0 + 50) / (double) f0 * 1.1);
        assertThat(m.snapshot().electrical().powerW()).isGreaterThan(watts0);
        m.saveSettings(f0 + 150, v0 - 100, null, null);
        m.ownerRestart();
        double unstable = settledHashrate(m);
        assertThat(unstable / m.snapshot().hashing().expectedHashRate()).isLessThan(0.9);
    }

    private static double settledHashrate(SimulatedMiner m) {
        double sum = 0;
        m.advanceSeconds(60);
        for (int i = 0; i < 20; i++) {
            m.advanceSeconds(15);
            sum += m.snapshot().hashing().hashRate();
        }
        return sum / 20;
    }

    @Test
    void cgminerRestartIsRefusedByReadOnlyFirmwareAndRunByBosminer() throws Exception {
        fleet = SimulatedFleet.start(FleetSpec.builder().count(2).latencyMs(0, 0).mix("antminer:1,bosminer:1").build());
        assertThat(cg(fleet.endpoints().get(0), "{\"command\":\"restart\"}")).contains("\"STATUS\":\"E\"")
                .contains("Access denied");
        fleet.miner(1).advanceSeconds(500);
        assertThat(cg(fleet.endpoints().get(1), "{\"command\":\"restart\"}")).contains("\"STATUS\":\"S\"");
        assertThat(fleet.miner(1).rigSnapshot().state().uptimeSeconds()).isLessThan(500);
    }

    private static String cg(MinerEndpoint e, String command) throws IOException {
        try (Socket s = new Socket(e.host(), e.port())) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(command.getBytes(StandardCharsets.UTF_8));
            out.flush();
            s.shutdownOutput();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return all.toString(StandardCharsets.UTF_8);
        }
    }
}
