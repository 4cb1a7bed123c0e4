package io.github.bitaxemonitor.miner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.miner.PollResult.Kind;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.MinerKind;
import io.github.bitaxemonitor.model.Sample;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MinerClient} promises, run against each implementation (AxeOS over HTTP, CGMiner over TCP): the
 * future always completes and never exceptionally, every fault is a failure of the right kind with words a person
 * can read, and one poll per miner is in flight at a time. Subclasses say how their protocol frames one exchange.
 */
abstract class MinerClientContract {
    /** Small enough to test, big enough for a real reply. */
    static final long CAP = 16 * 1024;

    ScriptedHttpServer server;
    MinerClient client;

    abstract MinerKind kind();

    abstract MinerClient newClient(ClientSettings settings);

    /** Waits for the next request on the connection; false at end of stream. */
    abstract boolean awaitRequest(ScriptedHttpServer.Connection c) throws IOException;

    /** The whole reply a healthy miner of this protocol sends for one request, framing included. */
    abstract byte[] healthyReply();

    /** The reply's fields that prove it was read. */
    abstract void assertHealthy(Sample row);

    /** A reply framed correctly whose content is {@code bytes} long. */
    abstract byte[] replyOfSize(int bytes);

    MinerClient client(Duration timeout, int retries) {
        client = newClient(new ClientSettings(timeout, retries, CAP));
        return client;
    }

    MinerEndpoint serve(ScriptedHttpServer.Script script) throws IOException {
        server = new ScriptedHttpServer(script);
        return new MinerEndpoint("127.0.0.1", server.port(), null, kind());
    }

    @AfterEach
    void stop() throws IOException {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aHealthyReplyBecomesAReading() throws IOException {
        MinerEndpoint miner = serve(c -> {
            while (awaitRequest(c)) {
                c.write(healthyReply());
            }
        });
        assertHealthy(Polls.row(Polls.reading(client(Duration.ofSeconds(5), 0).poll(miner))));
    }

    @Test
    void aReplyFedOneByteAtATimeIsReadWhole() throws IOException {
        MinerEndpoint miner = serve(c -> {
            while (awaitRequest(c)) {
                for (byte b : healthyReply()) {
                    c.write(new byte[] {b});
                }
            }
        });
        assertHealthy(Polls.row(Polls.reading(client(Duration.ofSeconds(10), 0).poll(miner))));
    }

    @Test
    void aMinerThatAcceptsButNeverAnswersIsTimeoutWithinTheTimeout() throws IOException {
        CountDownLatch release = new CountDownLatch(1);
        MinerEndpoint miner = serve(c -> {
            awaitRequest(c);
            release.await(30, TimeUnit.SECONDS);
        });
        long started = System.nanoTime();
        PollResult.Failure f = Polls.failure(client(Duration.ofMillis(400), 0).poll(miner));
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        release.countDown();
        assertThat(f.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(tookMs).as("bounded by the timeout, not by the miner").isLessThan(10_000);
    }

    @Test
    void aConnectionResetMidReplyIsAFailureNeverAnException() throws IOException {
        byte[] reply = healthyReply();
        MinerEndpoint miner = serve(c -> {
            awaitRequest(c);
            c.write(java.util.Arrays.copyOf(reply, reply.length / 2));
            c.reset();
        });
        PollResult.Failure f = Polls.failure(client(Duration.ofSeconds(5), 0).poll(miner));
        assertThat(f.kind()).isIn(Kind.UNREACHABLE, Kind.BAD_REPLY);
        assertThat(f.detail()).doesNotContain("Exception");
    }

    @Test
    void aReplyOverTheCapIsAbandonedAsABadReply() throws IOException {
        MinerEndpoint miner = serve(c -> {
            awaitRequest(c);
            c.write(replyOfSize((int) CAP * 4));
        });
        PollResult.Failure f = Polls.failure(client(Duration.ofSeconds(10), 0).poll(miner));
        assertThat(f.kind()).isEqualTo(Kind.BAD_REPLY);
        assertThat(f.detail()).contains("larger than");
    }

    @Test
    void garbageIsABadReplyInWordsWithoutAClassName() throws IOException {
        MinerEndpoint miner = serve(c -> {
            awaitRequest(c);
            c.write(replyWithContent("\u001b[2J<html>not json</html>"));
        });
        PollResult.Failure f = Polls.failure(client(Duration.ofSeconds(5), 0).poll(miner));
        assertThat(f.kind()).isEqualTo(Kind.BAD_REPLY);
        assertThat(f.detail()).doesNotContainPattern("[A-Z][a-z]+(Exception|Error)").doesNotContain("\u001b");
    }

    /** A correctly framed reply with this content. */
    abstract byte[] replyWithContent(String content);

    @Test
    void nothingListeningIsUnreachable() throws IOException {
        int freePort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            freePort = s.getLocalPort();
        }
        MinerEndpoint nobody = new MinerEndpoint("127.0.0.1", freePort, null, kind());
        assertThat(Polls.failure(client(Duration.ofSeconds(5), 0).poll(nobody)).kind()).isEqualTo(Kind.UNREACHABLE);
    }

    @Test
    void aSecondPollWhileTheFirstRunsIsAnsweredAtOnceWithoutAnotherRequest() throws IOException {
        CountDownLatch answer = new CountDownLatch(1);
        MinerEndpoint miner = serve(c -> {
            while (awaitRequest(c)) {
                answer.await(30, TimeUnit.SECONDS);
                c.write(healthyReply());
            }
        });
        client(Duration.ofSeconds(10), 0);
        CompletableFuture<PollResult> first = client.poll(miner);
        CompletableFuture<PollResult> second = client.poll(miner);
        assertThat(second).isDone();
        assertThat(Polls.failure(second).detail()).isEqualTo(MinerLanes.STILL_RUNNING);
        int requestsWhileWaiting = server.requests();
        answer.countDown();
        Polls.reading(first);
        assertThat(requestsWhileWaiting).isLessThanOrEqualTo(1);
    }

    @Test
    void aPollAfterCloseStillCompletes() throws IOException {
        MinerEndpoint miner = serve(c -> {
            while (awaitRequest(c)) {
                c.write(healthyReply());
            }
        });
        client(Duration.ofSeconds(5), 0).close();
        Polls.await(client.poll(miner));
    }
}
