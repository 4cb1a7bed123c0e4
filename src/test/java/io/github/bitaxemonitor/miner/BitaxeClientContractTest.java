package io.github.bitaxemonitor.miner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.model.MinerKind;
import io.github.bitaxemonitor.model.Sample;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

class BitaxeClientContractTest extends MinerClientContract {
    @Override
    MinerKind kind() {
        return MinerKind.BITAXE;
    }

    @Override
    MinerClient newClient(ClientSettings settings) {
        return new BitaxeClient(settings, new Retrying(Duration.ofMillis(5), Duration.ofMillis(20)), Clock.systemUTC(), new MinerLanes());
    }

    @Override
    boolean awaitRequest(ScriptedHttpServer.Connection c) throws IOException {
        return c.awaitRequest();
    }

    @Override
    byte[] healthyReply() {
        return http(Fixtures.bytes("bitaxe/axeos-2.12.0-gamma.json"));
    }

    @Override
    void assertHealthy(Sample row) {
        assertThat(row.hashrateGhs()).isEqualTo(1092.7);
        assertThat(row.deviceFamily()).isEqualTo("bitaxe");
    }

    @Override
    byte[] replyOfSize(int bytes) {
        return http(("{\"pad\":\"" + "x".repeat(bytes) + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    byte[] replyWithContent(String content) {
        return http(content.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] http(byte[] body) {
        byte[] head = ScriptedHttpServer.okHead(body.length).getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = java.util.Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }
}
