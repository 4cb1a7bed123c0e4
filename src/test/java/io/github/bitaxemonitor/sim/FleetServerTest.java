package io.github.bitaxemonitor.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bitaxemonitor.model.MinerEndpoint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fleet over real loopback sockets. No upper timing bounds: the machine is shared and slow. */
class FleetServerTest {
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

    private SimulatedFleet start(int count, String faults, int minMs, int maxMs) {
        fleet = SimulatedFleet.start(FleetSpec.builder().count(count).latencyMs(minMs, maxMs).faults(faults).build());
        return fleet;
    }

    private HttpResponse<String> get(MinerEndpoint e, String path) throws IOException, InterruptedException {
        return client.send(request(e, path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(MinerEndpoint e, String path) {
        return HttpRequest.newBuilder(URI.create("http://" + e.address() + path)).timeout(Duration.ofSeconds(20));
    }

    @Test
    void endpointsAreOnLoopbackWithDistinctPortsAndHostnameAliases() {
        start(20, "none", 0, 0);
        List<MinerEndpoint> eps = fleet.endpoints();
        assertThat(eps).hasSize(20).allSatisfy(e -> assertThat(e.host()).isEqualTo("127.0.0.1"));
        assertThat(eps.stream().map(MinerEndpoint::port).distinct().count()).isEqualTo(20);
        assertThat(eps.get(3).alias()).isEqualTo(fleet.miner(3).hostname());
    }

    @Test
    void indexOffsetContinuesAnotherProcessesFleet() throws Exception {
        fleet = SimulatedFleet.start(FleetSpec.builder().count(2).latencyMs(0, 5).indexOffset(5000).build());
        assertThat(fleet.miner(0).index()).isEqualTo(5000);
        assertThat(fleet.miner(1).hostname()).endsWith("-5002");
        JsonNode n = JSON.readTree(get(fleet.endpoints().get(1), "/api/system/info").body());
        assertThat(n.path("hostname").asText(fleet.miner(1).hostname())).isEqualTo(fleet.miner(1).hostname());
    }

    @Test
    void twoHundredMinersAnswerConcurrentlyOnEphemeralPorts() throws Exception {
        start(200, "none", 100, 300);
        List<CompletableFuture<HttpResponse<String>>> replies = new ArrayList<>();
        for (MinerEndpoint e : fleet.endpoints()) {
            replies.add(client.sendAsync(request(e, "/api/system/info").build(), HttpResponse.BodyHandlers.ofString()));
        }
        Set<String> hostnames = new HashSet<>();
        for (CompletableFuture<HttpResponse<String>> f : replies) {
            HttpResponse<String> r = f.get();
            assertThat(r.statusCode()).isEqualTo(200);
            hostnames.add(JSON.readTree(r.body()).path("hostname").asText(r.uri().toString()));
        }
        assertThat(hostnames).hasSize(200);
    }

    @Test
    void repliesWaitAtLeastTheLatencyMinimum() throws Exception {
        start(1, "none", 250, 300);
        long start = System.nanoTime();
        HttpResponse<String> r = get(fleet.endpoints().get(0), "/api/system/info");
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(elapsedMs).isGreaterThanOrEqualTo(250);
    }

    @Test
    void keepAliveServesTwoRequestsOnOneConnection() throws IOException {
        start(1, "none", 0, 5);
        try (Socket s = connect(fleet.endpoints().get(0))) {
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            out.write(getRequest("/api/system/info", false));
            RawReply first = RawReply.read(in);
            out.write(getRequest("/api/system/asic", false));
            RawReply second = RawReply.read(in);
            assertThat(first.status).isEqualTo(200);
            assertThat(JSON.readTree(first.body).has("hashRate")).isTrue();
            assertThat(second.status).isEqualTo(200);
            assertThat(JSON.readTree(second.body).has("asicCount")).isTrue();
        }
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrder() throws IOException {
        start(1, "none", 0, 5);
        try (Socket s = connect(fleet.endpoints().get(0))) {
            byte[] a = getRequest("/api/system/asic", false);
            byte[] b = getRequest("/nope", false);
            byte[] both = new byte[a.length + b.length];
            System.arraycopy(a, 0, both, 0, a.length);
            System.arraycopy(b, 0, both, a.length, b.length);
            s.getOutputStream().write(both);
            assertThat(RawReply.read(s.getInputStream()).status).isEqualTo(200);
            assertThat(RawReply.read(s.getInputStream()).status).isEqualTo(404);
        }
    }

    @Test
    void connectionCloseIsHonoured() throws IOException {
        start(1, "none", 0, 5);
        try (Socket s = connect(fleet.endpoints().get(0))) {
            s.getOutputStream().write(getRequest("/api/system/info", true));
            RawReply r = RawReply.read(s.getInputStream());
            assertThat(r.status).isEqualTo(200);
            assertThat(r.head).containsIgnoringCase("Connection: close");
            assertThat(s.getInputStream().read()).as("server closed the connection").isEqualTo(-1);
        }
    }

    @Test
    void garbageRequestGets400AndIsClosed() throws IOException {
        start(1, "none", 0, 5);
        try (Socket s = connect(fleet.endpoints().get(0))) {
            s.getOutputStream().write("HELLO\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            assertThat(RawReply.read(s.getInputStream()).status).isEqualTo(400);
            assertThat(s.getInputStream().read()).isEqualTo(-1);
        }
    }

    @Test
    void unknownPathIs404AndOtherMethodsAre405() throws Exception {
        start(1, "none", 0, 5);
        MinerEndpoint e = fleet.endpoints().get(0);
        assertThat(get(e, "/api/system/nothing-here").statusCode()).isEqualTo(404);
        HttpResponse<String> patch = client.send(request(e, "/api/system/info")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"frequency\": 575}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(patch.statusCode()).isEqualTo(405);
        assertThat(get(e, "/api/system/info").statusCode()).as("the body was skipped, the connection still works")
                .isEqualTo(200);
    }

    @Test
    void offlineMinerRefusesConnectionsUntilItComesBack() throws Exception {
        start(2, "offline:1", 0, 5);
        MinerEndpoint offline = fleet.endpoints().get(0);
        assertThatThrownBy(() -> connect(offline).close()).isInstanceOf(ConnectException.class);
        fleet.miner(0).removeFault(Fault.OFFLINE);
        assertThat(get(offline, "/api/system/info").statusCode()).isEqualTo(200);
        fleet.miner(0).addFault(Fault.OFFLINE);
        assertThatThrownBy(() -> connect(offline).close()).isInstanceOf(ConnectException.class);
        assertThat(get(fleet.endpoints().get(1), "/api/system/info").statusCode()).isEqualTo(200);
    }

    @Test
    void refusedMinerAnswers401() throws Exception {
        start(1, "refused:1", 0, 5);
        assertThat(get(fleet.endpoints().get(0), "/api/system/info").statusCode()).isEqualTo(401);
    }

    @Test
    void malformedMinerSendsTruncatedJson() throws Exception {
        start(1, "malformed:1", 0, 5);
        HttpResponse<String> r = get(fleet.endpoints().get(0), "/api/system/info");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).startsWith("{");
        assertThatThrownBy(() -> JSON.readTree(r.body())).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void hostileStringsArriveRawInTheReply() throws Exception {
        start(1, "hostile:1", 0, 5);
        fleet.miner(0).setShape(FirmwareShape.V2_12);
        HttpResponse<byte[]> r = client.send(request(fleet.endpoints().get(0), "/api/system/info").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertThat(body).as("bidi and C1 characters are not escaped by JSON").contains("\u202E", "\u009B", "\u0085");
        JsonNode n = JSON.readTree(body);
        assertThat(n.get("hostname").asText()).isEqualTo(HostileStrings.HOSTNAME);
        assertThat(n.get("stratumUser").asText()).isEqualTo(HostileStrings.STRATUM_USER);
        assertThat(n.get("wifiStatus").asText()).isEqualTo(HostileStrings.WIFI_STATUS);
        assertThat(n.get("version").asText()).isEqualTo(HostileStrings.VERSION);
    }

    @Test
    void slowMinerOutlastsAClientTimeout() {
        start(1, "slow:1", 0, 5);
        HttpRequest req = request(fleet.endpoints().get(0), "/api/system/info").timeout(Duration.ofMillis(500)).build();
        assertThatThrownBy(() -> client.send(req, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void hugeMinerSendsAValidFiftyMegabyteReply() throws Exception {
        start(1, "huge:1", 0, 5);
        HttpResponse<InputStream> r = client.send(request(fleet.endpoints().get(0), "/api/system/info").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long bytes;
        try (InputStream in = r.body()) {
            ObjectMapper lenient = new ObjectMapper(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(100_000_000).build())
                    .build());
            JsonNode n = lenient.readTree(in);
            assertThat(n.get("padding").asText().length()).isGreaterThan(40_000_000);
            assertThat(n.get("hashRate").isNumber()).isTrue();
            bytes = r.headers().firstValueAsLong("content-length").orElse(-1);
        }
        assertThat(bytes).isGreaterThanOrEqualTo(SimulatedFleet.HUGE_REPLY_BYTES);
    }

    @Test
    void aTakenBasePortFailsWithOneLine() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            FleetSpec spec = FleetSpec.builder().count(1).basePort(taken.getLocalPort()).build();
            assertThatThrownBy(() -> SimulatedFleet.start(spec)).isInstanceOf(FleetStartException.class)
                    .hasMessageContaining("port " + taken.getLocalPort() + " (miner 1) is already in use")
                    .hasMessageNotContaining("\n");
        }
    }

    @Test
    void closedFleetReleasesItsPorts() throws IOException {
        start(1, "none", 0, 5);
        MinerEndpoint e = fleet.endpoints().get(0);
        fleet.close();
        fleet.close();
        assertThatThrownBy(() -> connect(e).close()).isInstanceOf(ConnectException.class);
    }

    private static Socket connect(MinerEndpoint e) throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", e.port()), 5000);
        s.setSoTimeout(20_000);
        return s;
    }

    private static byte[] getRequest(String path, boolean close) {
        return ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + (close ? "Connection: close\r\n" : "") + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** One response read byte by byte (tiny replies, test only). */
    private static final class RawReply {
        String head;
        int status;
        String body;

        static RawReply read(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("connection closed inside the head: " + head);
                }
                head.write(b);
            }
            RawReply r = new RawReply();
            r.head = head.toString(StandardCharsets.ISO_8859_1);
            r.status = Integer.parseInt(r.head.substring(9, 12));
            int length = 0;
            for (String line : r.head.split("\r\n")) {
                if (line.toLowerCase().startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).strip());
                }
            }
            r.body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
            return r;
        }
    }
}
