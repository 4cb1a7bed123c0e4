package io.github.bitaxemonitor.miner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.model.MinerKind;
import io.github.bitaxemonitor.model.Sample;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/** The CGMiner API answers one command per connection and closes: each reply below is followed by a close. */
class CgminerClientContractTest extends MinerClientContract {
    @Override
    MinerKind kind() {
        return MinerKind.CGMINER;
    }

    @Override
    MinerClient newClient(ClientSettings settings) {
        return new CgminerClient(settings, new Retrying(Duration.ofMillis(5), Duration.ofMillis(20)),
                Clock.systemUTC(), new MinerLanes());
    }

    /** One request per connection: after the first, the connection is over (the miner closes it). */
    @Override
    boolean awaitRequest(ScriptedHttpServer.Connection c) throws IOException {
        if (c.socket.isOutputShutdown()) {
            return false;
        }
        return c.awaitCommand() != null;
    }

    @Override
    byte[] healthyReply() {
        return Fixtures.bytes("cgminer/antminer-s19pro-summary+stats.bin");
    }

    @Override
    void assertHealthy(Sample row) {
        assertThat(row.hashrateGhs()).isEqualTo(110234.56);
        assertThat(row.deviceFamily()).isEqualTo("antminer");
    }

    @Override
    byte[] replyOfSize(int bytes) {
        return replyWithContent("{\"pad\":\"" + "x".repeat(bytes) + "\"}");
    }

    @Override
    byte[] replyWithContent(String content) {
        return (content + "\u0000").getBytes(StandardCharsets.UTF_8);
    }
}
