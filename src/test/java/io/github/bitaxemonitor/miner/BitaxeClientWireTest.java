package io.github.bitaxemonitor.miner;

import static io.github.bitaxemonitor.miner.ScriptedHttpServer.okHead;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.miner.PollResult.Kind;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.MinerKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the hand-written HTTP/1.1 client must get right on the wire, played by a scripted loopback server. */
class BitaxeClientWireTest {
    private static final byte[] GAMMA = Fixtures.bytes("bitaxe/axeos-2.12.0-gamma.json");
    private static final double GAMMA_HASHRATE = 1092.7;

    private BitaxeClient client;
    private ScriptedHttpServer server;

    @AfterEach
    void stop() throws IOException {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private BitaxeClient client(Duration timeout) {
        client = new BitaxeClient(new ClientSettings(timeout, 0, 64 * 1024),
                new Retrying(Duration.ofMillis(5), Duration.ofMillis(20)), Clock.systemUTC(), new MinerLanes());
        return client;
    }

    private MinerEndpoint serve(ScriptedHttpServer.Script script) throws IOException {
        server = new ScriptedHttpServer(script);
        return new MinerEndpoint("127.0.0.1", server.port(), null, MinerKind.BITAXE);
    }

    private static String chunked(byte[] body, int chunk) {
        StringBuilder out = new StringBuilder("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
        for (int i = 0; i < body.length; i += chunk) {
            byte[] part = Arrays.copyOfRange(body, i, Math.min(body.length, i + chunk));
            out.append(Integer.toHexString(part.length)).append("\r\n")
                    .append(new String(part, StandardCharsets.ISO_8859_1)).append("\r\n");
        }
        return out.append("0\r\n\r\n").toString();
    }

    @Test
    void aPollWhoseRetryIsDueAfterCloseStillEnds() throws Exception {
        MinerEndpoint miner = serve(c -> {
            while (c.awaitRequest()) {
                Thread.sleep(60_000); // never answers
            }
        });
        client = new BitaxeClient(new ClientSettings(Duration.ofMillis(300), 2, 64 * 1024),
                new Retrying(Duration.ofMillis(200), Duration.ofMillis(400)), Clock.systemUTC(), new MinerLanes());
        CompletableFuture<PollResult> poll = client.poll(miner);
        Thread.sleep(100);
        client.close();
        assertThat(poll.get(5, TimeUnit.SECONDS)).isInstanceOf(PollResult.Failure.class);
    }

    @Test
    void aHeadArrivingOneByteAtATimeAcrossManyReadsIsParsed() throws Exception {
        MinerEndpoint miner = serve(c -> {
            while (c.awaitRequest()) {
                for (byte b : okHead(GAMMA.length).getBytes(StandardCharsets.ISO_8859_1)) {
                    c.write(new byte[] {b});
                    Thread.sleep(1);
                }
                c.write(GAMMA);
            }
        });
        PollResult.Success r = Polls.reading(client(Duration.ofSeconds(10)).poll(miner));
        assertThat(Polls.row(r).hashrateGhs()).isEqualTo(GAMMA_HASHRATE);
    }

    @Test
    void aChunkedBodyIsJoinedAndItsConnectionReusedForTheNextPoll() throws Exception {
        MinerEndpoint miner = serve(c -> {
            while (c.awaitRequest()) {
                c.write(chunked(GAMMA, 100));
            }
        });
        client(Duration.ofSeconds(5));
        for (int i = 0; i < 3; i++) {
            assertThat(Polls.row(Polls.reading(client.poll(miner))).hashrateGhs()).isEqualTo(GAMMA_HASHRATE);
        }
        assertThat(server.requests()).isEqualTo(3);
        assertThat(server.connections()).isEqualTo(1);
    }

    @Test
    void aBodyEndedByClosingTheConnectionIsAReadingAndTheNextPollConnectsAgain() throws Exception {
        MinerEndpoint miner = serve(c -> {
            if (c.awaitRequest()) {
                c.write("HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n");
                c.write(GAMMA);
            }
        });
        client(Duration.ofSeconds(5));
        assertThat(Polls.row(Polls.reading(client.poll(miner))).hashrateGhs()).isEqualTo(GAMMA_HASHRATE);
        assertThat(Polls.row(Polls.reading(client.poll(miner))).hashrateGhs()).isEqualTo(GAMMA_HASHRATE);
        assertThat(server.connections()).isEqualTo(2);
    }

    @Test
    void aKeptAliveConnectionTheServerClosedBetweenPollsIsReplacedWithoutAFailure() throws Exception {
        MinerEndpoint miner = serve(c -> {
            if (c.awaitRequest()) {
                c.write(okHead(GAMMA.length));
                c.write(GAMMA);
            }
            // then the server closes it, without having said "Connection: close"
        });
        client(Duration.ofSeconds(5));
        Polls.reading(client.poll(miner));
        Thread.sleep(200);
        Polls.reading(client.poll(miner));
        assertThat(server.connections()).isEqualTo(2);
        assertThat(server.requests()).isEqualTo(2);
    }

    @Test
    void aKeptAliveConnectionClosedJustAsTheNextRequestArrivesIsRetriedOnceOnANewConnection() throws Exception {
        MinerEndpoint miner = serve(c -> {
            if (c.awaitRequest()) {
                c.write(okHead(GAMMA.length));
                c.write(GAMMA);
            }
            // the first connection takes the second request and drops it unanswered (a server timing out its idle
            // connection at that moment); later connections answer
            if (c.awaitRequest() && c.number > 1) {
                c.write(okHead(GAMMA.length));
                c.write(GAMMA);
            }
        });
        client(Duration.ofSeconds(5));
        Polls.reading(client.poll(miner));
        Polls.reading(client.poll(miner));
        assertThat(server.connections()).isEqualTo(2);
        assertThat(server.requests()).isEqualTo(3);
    }

    @Test
    void aFreshConnectionClosedWithoutAReplyIsABadReplyAndNotRetriedBehindTheCallersBack() throws Exception {
        MinerEndpoint miner = serve(c -> c.awaitRequest());
        PollResult.Failure f = Polls.failure(client(Duration.ofSeconds(5)).poll(miner));
        assertThat(f.kind()).isEqualTo(Kind.BAD_REPLY);
        assertThat(f.detail()).isEqualTo("connection closed before the reply was complete");
        assertThat(server.connections()).isEqualTo(1);
    }

    @Test
    void aBodyThatStopsHalfWayIsATimeoutAndTheConnectionIsDropped() throws Exception {
        MinerEndpoint miner = serve(c -> {
            if (c.awaitRequest()) {
                c.write(okHead(GAMMA.length));
                c.write(Arrays.copyOf(GAMMA, GAMMA.length / 2));
                // the client must hang up: the read below returns at its close
                c.socket.getInputStream().read();
            }
        });
        PollResult.Failure f = Polls.failure(client(Duration.ofMillis(500)).poll(miner));
        assertThat(f.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(f.detail()).isEqualTo("no complete reply within 500 ms");
        assertThat(f.latencyMs()).isBetween(450L, 5000L);
    }

    @Test
    void aReplyCutShortByTheServerIsABadReply() throws Exception {
        MinerEndpoint miner = serve(c -> {
            if (c.awaitRequest()) {
                c.write(okHead(GAMMA.length));
                c.write(Arrays.copyOf(GAMMA, 100));
            }
        });
        PollResult.Failure f = Polls.failure(client(Duration.ofSeconds(5)).poll(miner));
        assertThat(f.kind()).isEqualTo(Kind.BAD_REPLY);
        assertThat(f.detail()).isEqualTo("connection closed before the reply was complete");
    }

    @Test
    void bytesBeyondTheReplyMeanTheConnectionIsNotReused() throws Exception {
        MinerEndpoint miner = serve(c -> {
            while (c.awaitRequest()) {
                c.write(okHead(GAMMA.length) + new String(GAMMA, StandardCharsets.ISO_8859_1) + "garbage");
            }
        });
        client(Duration.ofSeconds(5));
        Polls.reading(client.poll(miner));
        Polls.reading(client.poll(miner));
        assertThat(server.connections()).isEqualTo(2);
    }

    @Test
    void aHostNameIsResolvedOffTheLoopThreadAndPolledLikeAnAddress() throws Exception {
        int port = serve(c -> {
            while (c.awaitRequest()) {
                c.write(okHead(GAMMA.length));
                c.write(GAMMA);
            }
        }).port();
        // resolved from the hosts file, never a DNS server: tests talk to loopback only
        MinerEndpoint named = new MinerEndpoint("localhost", port, null, MinerKind.BITAXE);
        PollResult.Success r = Polls.reading(client(Duration.ofSeconds(5)).poll(named));
    }
}
