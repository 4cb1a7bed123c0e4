package io.github.bitaxemonitor.miner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.bitaxemonitor.miner.PollResult.Kind;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.MinerKind;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BitaxeClientTest {
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final Retrying FAST_RETRY = new Retrying(Duration.ofMillis(5), Duration.ofMillis(20));
    private static final long CAP = 64 * 1024;

    private WireMockServer wm;
    private BitaxeClient client;

    @BeforeEach
    void start() {
        wm = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort().containerThreads(8));
        wm.start();
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        wm.stop();
    }

    private BitaxeClient client(Duration timeout, int retries) {
        client = new BitaxeClient(new ClientSettings(timeout, retries, CAP), FAST_RETRY,
                Clock.fixed(NOW, ZoneOffset.UTC), new MinerLanes());
        return client;
    }

    private MinerEndpoint miner() {
        return new MinerEndpoint("127.0.0.1", wm.port(), null, MinerKind.BITAXE);
    }

    private void reply(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
        wm.stubFor(get(urlEqualTo(BitaxeClient.INFO_PATH)).willReturn(response));
    }

    private void replyWithFixture() {
        reply(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(Fixtures.bytes("bitaxe/axeos-2.12.0-gamma.json")));
    }

    @Test
    void aGoodReplyBecomesAReadingStampedWithArrivalTimeAddressAndLatency() {
        replyWithFixture();
        PollResult.Success r = Polls.reading(client(Duration.ofSeconds(5), 0).poll(miner()));
        assertThat(r.reading().arrived()).isEqualTo(NOW);
        assertThat(Polls.row(r).hashrateGhs()).isEqualTo(1092.7);
    }

    @Test
    void hostileStringsServedOverHttpArriveSanitisedAndThePasswordDoesNot() {
        reply(aResponse().withStatus(200).withBody(Fixtures.bytes("bitaxe/axeos-2.15.0-hostile-strings.json")));
        PollResult.Success r = Polls.reading(client(Duration.ofSeconds(5), 0).poll(miner()));
        assertThat(Polls.row(r).hostname()).isEqualTo("evilhost");
        assertThat(Polls.row(r).poolUser()).startsWith("'=");
        assertThat(Polls.row(r).toString()).doesNotContain("never-store-me")
                .doesNotContainPattern("[\\x00-\\x1F\\x7F-\\x9F\\u202A-\\u202E]");
    }

    @Test
    void aReplyDelayedBeyondTheTimeoutIsTimeout() {
        reply(aResponse().withStatus(200).withBody("{}").withFixedDelay(3000));
        assertThat(Polls.failure(client(Duration.ofMillis(400), 0).poll(miner())).kind()).isEqualTo(Kind.TIMEOUT);
    }

    @Test
    void aBodyDribbledPastTheTimeoutIsTimeoutEvenThoughTheHeadersCameInTime() {
        reply(aResponse().withStatus(200).withBody(Fixtures.bytes("bitaxe/axeos-2.12.0-gamma.json"))
                .withChunkedDribbleDelay(20, 4000));
        assertThat(Polls.failure(client(Duration.ofMillis(600), 0).poll(miner())).kind()).isEqualTo(Kind.TIMEOUT);
    }

    @Test
    void aTimedOutExchangeIsAbortedSoTheMinerIsNotReadOnAndOn() throws Exception {
        try (EndlessHttpServer dribbler = new EndlessHttpServer(8, 50)) {
            client(Duration.ofMillis(600), 0);
            MinerEndpoint miner = new MinerEndpoint("127.0.0.1", dribbler.port(), null, MinerKind.BITAXE);
            assertThat(Polls.failure(client.poll(miner)).kind()).isEqualTo(Kind.TIMEOUT);
            assertThat(dribbler.awaitClientGone()).isTrue();
        }
    }

    @Test
    void aConnectionResetIsUnreachable() {
        reply(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        PollResult.Failure f = Polls.failure(client(Duration.ofSeconds(5), 0).poll(miner()));
        assertThat(f.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(f.detail()).isEqualTo("connection reset");
    }

    @Test
    void anEmptyResponseIsABadReply() {
        reply(aResponse().withFault(Fault.EMPTY_RESPONSE));
        assertThat(Polls.failure(client(Duration.ofSeconds(5), 0).poll(miner())).kind()).isEqualTo(Kind.BAD_REPLY);
    }

    @Test
    void randomBytesThenCloseIsABadReply() {
        reply(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE));
        assertThat(Polls.failure(client(Duration.ofSeconds(5), 0).poll(miner())).kind()).isEqualTo(Kind.BAD_REPLY);
    }

    @Test
    void aMalformedChunkIsABadReply() {
        reply(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));
        assertThat(Polls.failure(client(Duration.ofSeconds(5), 0).poll(miner())).kind()).isEqualTo(Kind.BAD_REPLY);
    }

    @Test
    void aServerErrorIsABadReplyNamingTheStatus() {
        reply(aResponse().withStatus(500).withBody("oops"));
        PollResult.Failure f = Polls.failure(client(Duration.ofSeconds(5), 0).poll(miner()));
        assertThat(f.kind()).isEqualTo(Kind.BAD_REPLY);
        assertThat(f.detail()).isEqualTo("HTTP 500");
    }

    @Test
    void unauthorizedAndForbiddenAreRefused() {
        reply(aResponse().withStatus(401));
        assertThat(Polls.failure(client(Duration.ofSeconds(5), 0).poll(miner())).kind()).isEqualTo(Kind.REFUSED);
        reply(aResponse().withStatus(403).withBody("not from outside the LAN"));
        assertThat(Polls.failure(client.poll(miner())).kind()).isEqualTo(Kind.REFUSED);
    }

    @Test
    void malformedJsonIsABadReply() {
        reply(aResponse().withStatus(200).withBody("{\"hashRate\": 12.5, \"temp\": "));
        PollResult.Failure f = Polls.failure(client(Duration.ofSeconds(5), 0).poll(miner()));
        assertThat(f.kind()).isEqualTo(Kind.BAD_REPLY);
        assertThat(f.detail()).startsWith("malformed JSON");
    }

    @Test
    void jsonThatIsNotAnObjectIsABadReply() {
        reply(aResponse().withStatus(200).withBody("[1,2,3]"));
        PollResult.Failure f = Polls.failure(client(Duration.ofSeconds(5), 0).poll(miner()));
        assertThat(f.kind()).isEqualTo(Kind.BAD_REPLY);
        assertThat(f.detail()).isEqualTo("reply is not a JSON object");
    }

    @Test
    void aFiftyMegabyteReplyIsAbandonedAsABadReplyWellBeforeTheTimeout() {
        byte[] huge = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        reply(aResponse().withStatus(200).withBody(huge));
        PollResult.Failure f = Polls.failure(client(Duration.ofSeconds(20), 0).poll(miner()));
        assertThat(f.kind()).isEqualTo(Kind.BAD_REPLY);
        assertThat(f.detail()).isEqualTo("reply larger than " + CAP + " bytes");
    }

    @Test
    void anEndlessChunkedReplyIsAbandonedAsABadReplyAndTheConnectionDropped() throws Exception {
        try (EndlessHttpServer endless = new EndlessHttpServer()) {
            client(Duration.ofSeconds(20), 0);
            MinerEndpoint miner = new MinerEndpoint("127.0.0.1", endless.port(), null, MinerKind.BITAXE);
            PollResult.Failure f = Polls.failure(client.poll(miner));
            assertThat(f.kind()).isEqualTo(Kind.BAD_REPLY);
            assertThat(f.detail()).isEqualTo("reply larger than " + CAP + " bytes");
            // the server only stops writing when the client has closed the connection
            assertThat(endless.awaitClientGone()).isTrue();
            assertThat(endless.bytesWritten()).isLessThan(50L * 1024 * 1024);
        }
    }

    @Test
    void aRetryAfterAFailedFirstAttemptGivesTheReading() {
        wm.stubFor(get(urlEqualTo(BitaxeClient.INFO_PATH)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("recovered"));
        wm.stubFor(get(urlEqualTo(BitaxeClient.INFO_PATH)).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(200).withBody(Fixtures.bytes("bitaxe/axeos-2.12.0-gamma.json"))));
        Polls.reading(client(Duration.ofSeconds(5), 1).poll(miner()));
        wm.verify(2, getRequestedFor(urlEqualTo(BitaxeClient.INFO_PATH)));
    }

    @Test
    void zeroRetriesMeansExactlyOneAttempt() {
        reply(aResponse().withStatus(500));
        assertThat(Polls.failure(client(Duration.ofSeconds(5), 0).poll(miner())).kind()).isEqualTo(Kind.BAD_REPLY);
        wm.verify(1, getRequestedFor(urlEqualTo(BitaxeClient.INFO_PATH)));
    }

    @Test
    void everyRetryIsUsedWhileTheMinerKeepsFailing() {
        reply(aResponse().withStatus(503));
        assertThat(Polls.failure(client(Duration.ofSeconds(5), 2).poll(miner())).kind()).isEqualTo(Kind.BAD_REPLY);
        wm.verify(3, getRequestedFor(urlEqualTo(BitaxeClient.INFO_PATH)));
    }

    @Test
    void aRefusalIsNotRetried() {
        reply(aResponse().withStatus(401));
        assertThat(Polls.failure(client(Duration.ofSeconds(5), 3).poll(miner())).kind()).isEqualTo(Kind.REFUSED);
        wm.verify(1, getRequestedFor(urlEqualTo(BitaxeClient.INFO_PATH)));
    }

    @Test
    void nothingListeningIsUnreachable() throws IOException {
        int freePort;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            freePort = s.getLocalPort();
        }
        client(Duration.ofSeconds(5), 0);
        MinerEndpoint nobody = new MinerEndpoint("127.0.0.1", freePort, null, MinerKind.BITAXE);
        assertThat(Polls.failure(client.poll(nobody)).kind()).isEqualTo(Kind.UNREACHABLE);
    }

    @Test
    void aPollWhileTheSameMinersPreviousPollRunsIsAnsweredAtOnceWithoutASecondRequest() {
        reply(aResponse().withStatus(200).withBody(Fixtures.bytes("bitaxe/axeos-2.12.0-gamma.json"))
                .withFixedDelay(1500));
        client(Duration.ofSeconds(10), 0);
        CompletableFuture<PollResult> first = client.poll(miner());
        CompletableFuture<PollResult> second = client.poll(miner());

        assertThat(second).isDone();
        PollResult.Failure refused = Polls.failure(second);
        assertThat(refused.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(refused.detail()).isEqualTo(MinerLanes.STILL_RUNNING);
        Polls.reading(first);
        wm.verify(1, getRequestedFor(urlEqualTo(BitaxeClient.INFO_PATH)));

        Polls.reading(client.poll(miner()));
        wm.verify(2, getRequestedFor(urlEqualTo(BitaxeClient.INFO_PATH)));
    }

    @Test
    void successivePollsOfOneMinerReuseItsConnection() throws IOException {
        try (ScriptedHttpServer server = new ScriptedHttpServer(
                ScriptedHttpServer.keepAlive(Fixtures.bytes("bitaxe/axeos-2.15.0-hex.json")))) {
            client(Duration.ofSeconds(5), 0);
            MinerEndpoint miner = new MinerEndpoint("127.0.0.1", server.port(), null, MinerKind.BITAXE);
            for (int i = 0; i < 3; i++) {
                Polls.reading(client.poll(miner));
            }
            assertThat(server.requests()).isEqualTo(3);
            assertThat(server.connections()).isEqualTo(1);
        }
    }

    @Test
    void aSlowMinerDoesNotHoldBackAPollOfAnotherMiner() throws IOException {
        reply(aResponse().withStatus(200).withBody(Fixtures.bytes("bitaxe/axeos-2.12.0-gamma.json"))
                .withFixedDelay(4000));
        try (ScriptedHttpServer other = new ScriptedHttpServer(
                ScriptedHttpServer.keepAlive(Fixtures.bytes("bitaxe/axeos-2.15.0-hex.json")))) {
            client(Duration.ofSeconds(10), 0);
            CompletableFuture<PollResult> slow = client.poll(miner());
            PollResult.Success quick = Polls.reading(
                    client.poll(new MinerEndpoint("127.0.0.1", other.port(), null, MinerKind.BITAXE)));
            assertThat(Polls.row(quick).asicModel()).isEqualTo("BM1366");
            assertThat(slow).isNotDone();
            Polls.reading(slow);
        }
    }
}
