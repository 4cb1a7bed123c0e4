package io.github.bitaxemonitor.alerts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.github.bitaxemonitor.alerts.NotifierSpec.Email;
import io.github.bitaxemonitor.alerts.NotifierSpec.Preset;
import io.github.bitaxemonitor.alerts.NotifierSpec.Type;
import io.github.bitaxemonitor.model.Status.Severity;
import io.github.bitaxemonitor.secret.Secret;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each notifier against a real receiver on loopback: WireMock for webhooks, GreenMail for SMTP, a script for exec. */
class NotifiersTest {
    static final Alert ALERT = new Alert(Instant.parse("2026-12-05T12:00:00Z"), "HOT", Alert.Type.FIRED,
            Severity.CRITICAL, "gamma-1", "127.0.0.1:40001", "HOT asic 73.1C >= 70");

    @TempDir
    Path dir;
    private WireMockServer http;

    @BeforeEach
    void start() {
        http = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
        http.start();
    }

    @AfterEach
    void stop() {
        http.stop();
    }

    private NotifierSpec webhook(Preset preset, String path, Secret secret, Duration timeout) {
        return new NotifierSpec("hook", Type.WEBHOOK, preset, "http://127.0.0.1:" + http.port() + path, null, null,
                "42", secret, timeout);
    }

    @Test
    void discordAndSlackGetTheirOwnBodies() throws Exception {
        http.stubFor(post(urlEqualTo("/d")).willReturn(aResponse().withStatus(204)));
        http.stubFor(post(urlEqualTo("/s")).willReturn(aResponse().withStatus(200)));
        one(webhook(Preset.DISCORD, "/d", null, Duration.ofSeconds(2))).send(ALERT);
        one(webhook(Preset.SLACK, "/s", null, Duration.ofSeconds(2))).send(ALERT);
        http.verify(postRequestedFor(urlEqualTo("/d"))
                .withRequestBody(equalToJson("{\"content\":\"CRITICAL gamma-1: HOT asic 73.1C >= 70\"}")));
        http.verify(postRequestedFor(urlEqualTo("/s"))
                .withRequestBody(equalToJson("{\"text\":\"CRITICAL gamma-1: HOT asic 73.1C >= 70\"}")));
    }

    @Test
    void ntfyIsPublishedInItsJsonFormAtTheServerRootWithTheTopicInTheBody() throws Exception {
        http.stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(200)));
        one(webhook(Preset.NTFY, "/miners", null, Duration.ofSeconds(2))).send(ALERT);
        http.verify(postRequestedFor(urlEqualTo("/")).withRequestBody(equalToJson("{\"topic\":\"miners\","
                + "\"title\":\"bitaxe-monitor: HOT gamma-1\",\"message\":\"CRITICAL gamma-1: HOT asic 73.1C >= 70\","
                + "\"priority\":5}")));
    }

    @Test
    void telegramPutsTheTokenInThePathAndNeverInAFailure() throws Exception {
        Secret token = Secret.of("123456:SECRETtoken", "test");
        http.stubFor(post(urlEqualTo("/bot123456:SECRETtoken/sendMessage")).willReturn(aResponse().withStatus(200)));
        Notifier telegram = one(webhook(Preset.TELEGRAM, "", token, Duration.ofSeconds(2)));
        telegram.send(ALERT);
        http.verify(postRequestedFor(urlEqualTo("/bot123456:SECRETtoken/sendMessage"))
                .withRequestBody(equalToJson("{\"chat_id\":\"42\",\"text\":\"CRITICAL gamma-1: HOT asic 73.1C >= 70\"}")));
        http.stop();
        assertThatThrownBy(() -> telegram.send(ALERT)).isInstanceOf(IOException.class).message().doesNotContain("SECRET");
    }

    @Test
    void aServerErrorIsAFailureNamingTheStatus() {
        http.stubFor(post(urlEqualTo("/g")).willReturn(aResponse().withStatus(500)));
        assertThatThrownBy(() -> one(webhook(Preset.GENERIC, "/g", null, Duration.ofSeconds(2)))
                .send(ALERT)).isInstanceOf(IOException.class).hasMessage("HTTP 500");
    }

    @Test
    void aHangingReceiverFailsWithinTheTimeout() {
        http.stubFor(post(urlEqualTo("/slow")).willReturn(aResponse().withStatus(200).withFixedDelay(5000)));
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> one(webhook(Preset.GENERIC, "/slow", null, Duration.ofMillis(300)))
                .send(ALERT)).isInstanceOf(IOException.class).hasMessageContaining("no reply within");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aRefusedConnectionSaysWhere() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        NotifierSpec spec = new NotifierSpec("dead", Type.WEBHOOK, Preset.GENERIC, "http://127.0.0.1:" + port + "/",
                null, null, null, null, Duration.ofSeconds(2));
        assertThatThrownBy(() -> one(spec).send(ALERT))
                .hasMessage("cannot connect to 127.0.0.1:" + port);
    }

    @Test
    void emailReachesAnSmtpServerWithTheAlertAsSubject() throws Exception {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try {
            mail.setUser("miners@localhost", "miners", "pw-from-env");
            int port = mail.getSmtp().getPort();
            NotifierSpec spec = new NotifierSpec("email", Type.EMAIL, null, null, null,
                    new Email("127.0.0.1", port, false, "miners@localhost", List.of("me@localhost"), "miners"), null,
                    Secret.of("pw-from-env", "test"), Duration.ofSeconds(5));
            one(spec).send(ALERT);
            MimeMessage[] got = mail.getReceivedMessages();
            assertThat(got).hasSize(1);
            assertThat(got[0].getSubject()).isEqualTo("bitaxe-monitor: CRITICAL gamma-1: HOT asic 73.1C >= 70");
            assertThat(got[0].getAllRecipients()[0].toString()).isEqualTo("me@localhost");
        } finally {
            mail.stop();
        }
    }

    @Test
    void execGetsTheAlertInEnvironmentVariablesAndFailsOnANonZeroExit() throws Exception {
        Path out = dir.resolve("out.txt");
        Path script = dir.resolve("hook.sh");
        Files.writeString(script, "#!/bin/sh\nprintf '%s|%s|%s' \"$ALERT_TYPE\" \"$ALERT_MINER\" \"$ALERT_TEXT\" > "
                + out + "\nexit \"$1\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        one(exec(script, "0")).send(ALERT);
        assertThat(Files.readString(out)).isEqualTo("fired|gamma-1|HOT asic 73.1C >= 70");
        assertThatThrownBy(() -> one(exec(script, "3")).send(ALERT)).hasMessageContaining("3");
    }

    private static Notifier one(NotifierSpec spec) {
        return Notifiers.create(List.of(spec)).get(0);
    }

    private static NotifierSpec exec(Path script, String arg) {
        return new NotifierSpec("exec", Type.EXEC, null, null, List.of(script.toString(), arg), null, null, null,
                Duration.ofSeconds(5));
    }
}
