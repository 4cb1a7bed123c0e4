package io.github.bitaxemonitor.miner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.MinerKind;
import io.github.bitaxemonitor.model.Sample;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Replies as real AxeOS firmware and its forks send them, over the wire, byte for byte. */
class AxeOsQuirksTest {
    private ScriptedHttpServer server;
    private BitaxeClient client;

    private Sample poll(byte[] body) throws IOException {
        server = new ScriptedHttpServer(ScriptedHttpServer.keepAlive(body));
        client = new BitaxeClient(new ClientSettings(Duration.ofSeconds(5), 0, 64 * 1024),
                new Retrying(Duration.ofMillis(5), Duration.ofMillis(20)), Clock.systemUTC(), new MinerLanes());
        PollResult.Success r = Polls.reading(client.poll(new MinerEndpoint("127.0.0.1", server.port(), null,
                MinerKind.BITAXE)));
        return Polls.row(r);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
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
    void anUnreadableDifficultyLeavesOnlyItsCellEmpty() throws IOException {
        Sample s = poll(utf8("{\"hashRate\":1050.5,\"bestDiff\":\"1e2147483647G\",\"bestSessionDiff\":\"4.29G\","
                + "\"temp\":58.5}"));
        assertThat(s.bestDiff()).isNull();
        assertThat(s.sessionBestDiff()).isEqualTo(4.29e9);
        assertThat(s.hashrateGhs()).isEqualTo(1050.5);
        assertThat(s.asicTempC()).isEqualTo(58.5);
    }

    @Test
    void bareNanAnEmptyValueAndADuplicateKeyAreReadFieldByField() throws IOException {
        Sample s = poll(utf8("{\"hashRate\":nan,\"power\":,\"temp\":50,\"temp\":52.5,\"voltage\":5093.75,"
                + "\"version\":\"2.15.0\"}"));
        assertThat(s.hashrateGhs()).isNull();
        assertThat(s.powerW()).isNull();
        assertThat(s.asicTempC()).isEqualTo(52.5);
        assertThat(s.inputVoltageV()).isEqualTo(5.09375);
        assertThat(s.firmwareVersion()).as("as the device sends it").isEqualTo("2.15.0");
    }

    @Test
    void invalidUtf8InTheHostnameIsReplacedAndTheReadingKept() throws IOException {
        byte[] head = utf8("{\"hostname\":\"bit");
        byte[] tail = utf8("axe\",\"hashRate\":1000}");
        byte[] body = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        body[head.length] = (byte) 0xC1;
        body[head.length + 1] = (byte) 0x81;
        System.arraycopy(tail, 0, body, head.length + 2, tail.length);
        Sample s = poll(body);
        assertThat(s.hostname()).isEqualTo("bit\uFFFD\uFFFDaxe");
        assertThat(s.hashrateGhs()).isEqualTo(1000.0);
    }

    @Test
    void aPausedMinerSaysSoAndTheRampingClockIsKeptApartFromTheSetOne() throws IOException {
        Sample s = poll(utf8("{\"hashRate\":0,\"miningPaused\":true,\"frequency\":525,\"actualFrequency\":50,"
                + "\"uptimeSeconds\":900}"));
        assertThat(s.miningPaused()).isTrue();
        assertThat(s.frequencyMhz()).isEqualTo(525.0);
        assertThat(s.frequencyActualMhz()).isEqualTo(50.0);
    }

    @Test
    void aNerdQaxeSaysWifiConnectedInItsOwnWords() throws IOException {
        Sample s = poll(utf8("{\"deviceModel\":\"NerdQAxe++\",\"hostip\":\"127.0.0.1\",\"wifiStatus\":"
                + "\"WiFi Connected!\",\"wifiRSSI\":-55,\"hashRate\":4800,\"ASICModel\":\"BM1370\"}"));
        assertThat(s.deviceFamily()).isEqualTo("nerdqaxe");
        assertThat(s.model()).isEqualTo("NerdQAxe++");
        assertThat(io.github.bitaxemonitor.health.WifiHealth.problem(s.wifiRssiDbm(), s.wifiStatus(), -80)).isNull();
    }
}
