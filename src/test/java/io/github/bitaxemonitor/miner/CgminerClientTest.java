package io.github.bitaxemonitor.miner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.miner.PollResult.Kind;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.MinerKind;
import io.github.bitaxemonitor.model.Sample;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CgminerClientTest {
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final byte[] INVALID = Fixtures.bytes("cgminer/whatsminer-invalid-command.bin");
    private static final long CAP = 64 * 1024;

    private CgminerClient client;
    private FakeCgminer fake;

    @AfterEach
    void stop() throws IOException {
        if (client != null) {
            client.close();
        }
        if (fake != null) {
            fake.close();
        }
    }

    private CgminerClient client(Duration timeout, int retries) {
        client = new CgminerClient(new ClientSettings(timeout, retries, CAP),
                new Retrying(Duration.ofMillis(5), Duration.ofMillis(20)), Clock.fixed(NOW, ZoneOffset.UTC), new MinerLanes());
        return client;
    }

    private MinerEndpoint miner() {
        return new MinerEndpoint("127.0.0.1", fake.port(), null, MinerKind.CGMINER);
    }

    private Sample poll() {
        return Polls.row(Polls.reading(client(Duration.ofSeconds(5), 0).poll(miner())));
    }

    @Test
    void antminerCombinedReplyWithGluedStatsIsMappedFromSummaryAndStats() throws IOException {
        fake = FakeCgminer.always(Fixtures.bytes("cgminer/antminer-s19pro-summary+stats.bin"));
        Sample s = poll();
        assertThat(s.deviceFamily()).isEqualTo("antminer");
        assertThat(s.timestamp()).isEqualTo(NOW);
        assertThat(s.hashrateGhs()).isEqualTo(110234.56);
        assertThat(s.hashrateWindow()).isEqualTo("5s");
        assertThat(s.expectedHashrateGhs()).isEqualTo(110000.0);
        assertThat(s.sharesAccepted()).isEqualTo(23456L);
        assertThat(s.sharesRejected()).isEqualTo(12L);
        assertThat(s.uptimeS()).isEqualTo(86400L);
        assertThat(s.sessionBestDiff()).isEqualTo(1_234_567_890.0);
        assertThat(s.asicTempC()).isEqualTo(75.0);
        assertThat(s.boardTempC()).isEqualTo(60.0);
        assertThat(s.model()).isEqualTo("Antminer S19 Pro");
        assertThat(s.fanRpm()).isEqualTo(5520L);
        assertThat(s.fan2Rpm()).isEqualTo(5460L);
        assertThat(s.boardVersion()).isEqualTo("Antminer S19 Pro");
        assertThat(s.firmwareVersion()).isEqualTo("Fri Nov 17 12:00:00 CST 2023");
        assertThat(s.powerW()).isNull();
        assertThat(fake.commands()).containsExactly("summary+stats", "version");
    }

    @Test
    void whatsminerRejectingTheCombinedCommandIsAskedOneCommandAtATimeFromThenOn() throws IOException {
        byte[] summary = Fixtures.bytes("cgminer/whatsminer-m30s-summary.bin");
        fake = new FakeCgminer(command -> command.equals("summary") ? summary : INVALID, 0);
        Sample s = poll();
        assertThat(s.deviceFamily()).isEqualTo("whatsminer");
        // the 5-second rate, not the since-boot average of 68123.45678
        assertThat(s.hashrateGhs()).isEqualTo(68000.0);
        assertThat(s.hashrateWindow()).isEqualTo("5s");
        assertThat(s.expectedHashrateGhs()).isEqualTo(68000.0);
        assertThat(s.powerW()).isEqualTo(3400.0);
        assertThat(s.asicTempC()).isEqualTo(92.0);
        assertThat(s.fanRpm()).isEqualTo(5100L);
        assertThat(s.fan2Rpm()).isEqualTo(5150L);
        assertThat(s.sharesAccepted()).isEqualTo(4000L);
        assertThat(s.uptimeS()).isEqualTo(5000L);
        assertThat(s.firmwareVersion()).isEqualTo("'20230512.17.Rel'");
        assertThat(s.boardTempC()).isEqualTo(78.5);
        assertThat(s.joulesPerTh()).isCloseTo(50.0, org.assertj.core.data.Offset.offset(0.1));
        assertThat(fake.commands()).containsExactly("summary+stats", "summary", "stats", "version", "get_version",
                "status");

        Polls.reading(client.poll(miner()));
        // What it refused is not asked again: only the two commands it answers, and stats (it may come back).
        assertThat(fake.commands()).hasSize(8).endsWith("summary", "stats");
    }

    @Test
    void avalonReplyWithLeadingCommaQuotedInfAndMmTokensIsMapped() throws IOException {
        fake = FakeCgminer.always(Fixtures.bytes("cgminer/avalon-1566-summary+estats.bin"));
        Sample s = poll();
        assertThat(s.deviceFamily()).isEqualTo("avalon");
        // summary has only the since-boot average (its 5 s and 1 m figures are inf and nan): the module's own
        // measured speed is the current rate
        assertThat(s.hashrateGhs()).isEqualTo(189000.12);
        assertThat(s.hashrateWindow()).isEqualTo("rt");
        assertThat(s.model()).isEqualTo("Avalon 1566");
        assertThat(s.miningPaused()).isFalse();
        assertThat(s.expectedHashrateGhs()).isEqualTo(190000.0);
        assertThat(s.powerW()).isEqualTo(3731.0);
        assertThat(s.asicTempC()).isEqualTo(78.0);
        assertThat(s.fanRpm()).isEqualTo(4275L);
        assertThat(s.fan2Rpm()).isEqualTo(4300L);
        assertThat(s.fanPct()).isEqualTo(49.0);
        assertThat(s.firmwareVersion()).isEqualTo("1566-22070101_4a2c_211");
        assertThat(s.sharesAccepted()).isEqualTo(1200L);
        assertThat(s.sessionBestDiff()).isEqualTo(98_765_432.0);
    }

    @Test
    void aMinerRefusingEvenTheSummaryIsABadReplyNamingItsMessage() throws IOException {
        fake = FakeCgminer.always(INVALID);
        PollResult.Failure f = Polls.failure(client(Duration.ofSeconds(5), 0).poll(miner()));
        assertThat(f.kind()).isEqualTo(Kind.BAD_REPLY);
        assertThat(f.detail()).isEqualTo(
                "refused both summary and stats (summary refused: Invalid command; stats refused: Invalid command)");
    }

    @Test
    void aMinerThatAcceptsButNeverAnswersIsTimeout() throws IOException {
        fake = new FakeCgminer(command -> null, 0);
        PollResult.Failure f = Polls.failure(client(Duration.ofMillis(500), 0).poll(miner()));
        assertThat(f.kind()).isEqualTo(Kind.TIMEOUT);
    }

    @Test
    void nothingListeningIsUnreachable() throws IOException {
        int freePort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            freePort = s.getLocalPort();
        }
        client(Duration.ofSeconds(5), 0);
        MinerEndpoint nobody = new MinerEndpoint("127.0.0.1", freePort, null, MinerKind.CGMINER);
        assertThat(Polls.failure(client.poll(nobody)).kind()).isEqualTo(Kind.UNREACHABLE);
    }

    @Test
    void aReplyOverTheCapIsAbandonedAsABadReply() throws IOException {
        byte[] huge = new byte[(int) CAP * 4];
        Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        fake = FakeCgminer.always(huge);
        PollResult.Failure f = Polls.failure(client(Duration.ofSeconds(10), 0).poll(miner()));
        assertThat(f.kind()).isEqualTo(Kind.BAD_REPLY);
        assertThat(f.detail()).isEqualTo("reply larger than " + CAP + " bytes");
    }

    @Test
    void garbageIsABadReply() throws IOException {
        fake = FakeCgminer.always(FakeCgminer.bytes("\u001b[2J<html>not json</html>\u0000"));
        PollResult.Failure f = Polls.failure(client(Duration.ofSeconds(5), 0).poll(miner()));
        assertThat(f.kind()).isEqualTo(Kind.BAD_REPLY);
        assertThat(f.detail()).isEqualTo("malformed JSON reply");
    }

    @Test
    void garbageInAnswerToTheCombinedCommandFallsBackToOneCommandAtATime() throws IOException {
        byte[] summary = Fixtures.bytes("cgminer/whatsminer-m30s-summary.bin");
        fake = new FakeCgminer(command -> command.equals("summary+stats") ? FakeCgminer.bytes("garbage\u0000")
                : command.equals("summary") ? summary : INVALID, 0);
        assertThat(Polls.row(Polls.reading(client(Duration.ofSeconds(5), 1).poll(miner()))).hashrateGhs())
                .isEqualTo(68000.0);
        assertThat(fake.commands()).startsWith("summary+stats", "summary", "stats");
    }

    @Test
    void aPollWhileTheSameMinersPreviousPollRunsIsAnsweredAtOnceWithoutAnotherConnection() throws IOException {
        fake = new FakeCgminer(command -> Fixtures.bytes("cgminer/antminer-s19pro-summary+stats.bin"), 1000);
        client(Duration.ofSeconds(10), 0);
        CompletableFuture<PollResult> first = client.poll(miner());
        CompletableFuture<PollResult> second = client.poll(miner());
        assertThat(second).isDone();
        assertThat(Polls.failure(second).detail()).isEqualTo(MinerLanes.STILL_RUNNING);
        Polls.reading(first);
        assertThat(fake.commands()).containsExactly("summary+stats", "version");
    }

    @Test
    void theTimeoutBoundsTheWholeAttemptNotEachOfItsConnections() throws IOException {
        byte[] summary = Fixtures.bytes("cgminer/whatsminer-m30s-summary.bin");
        // the rejected combined command and the summary each fit the timeout; the two together do not
        fake = new FakeCgminer(command -> command.equals("summary") ? summary : INVALID, 600);
        PollResult.Failure f = Polls.failure(client(Duration.ofMillis(1000), 0).poll(miner()));
        assertThat(f.kind()).isEqualTo(Kind.TIMEOUT);
    }
}
