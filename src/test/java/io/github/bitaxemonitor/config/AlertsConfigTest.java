package io.github.bitaxemonitor.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitaxemonitor.alerts.AlertRule;
import io.github.bitaxemonitor.alerts.AlertRule.Kind;
import io.github.bitaxemonitor.alerts.AlertSettings;
import io.github.bitaxemonitor.alerts.NotifierSpec;
import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.model.Status.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** alerts: in the config, read into the engine's records; every mistake named with its line. */
class AlertsConfigTest {
    @TempDir
    Path dir;

    private AlertSettings parse(String yaml) {
        return ConfigLoader.parse("miners:\n  - {address: 127.0.0.1:40000, alias: gamma-0}\ncsv_path: "
                + dir.resolve("data/metrics.csv") + "\nbackup_dir: " + dir.resolve("backups") + "\n" + yaml,
                dir.resolve("config.yaml")).alerts();
    }

    @Test
    void noAlertsKeyMeansNoRulesAndFilesBesideTheData() {
        AlertSettings a = parse("");
        assertThat(a.enabled()).isFalse();
        assertThat(a.eventsLog()).isEqualTo(dir.resolve("data/events.jsonl"));
        assertThat(a.stateFile()).isEqualTo(dir.resolve("data/alerts_state.json"));
    }

    @Test
    void rulesReadWithTheirDefaultsAndDebounce() {
        AlertSettings a = parse("""
                alerts:
                  cooldown: 1h
                  rules:
                    - {when: OFFLINE, for: 2}
                    - {when: no hash, severity: critical, cooldown: 5m}
                    - {when: HOT, threshold: 75}
                    - {when: hashrate_drop}
                    - {when: miners_offline, count: 3}
                    - {when: miner_back}
                """);
        assertThat(a.rules()).extracting(AlertRule::name)
                .containsExactly("OFFLINE", "NO_HASH", "HOT", "hashrate_drop", "miners_offline", "miner_back");
        AlertRule offline = a.rules().get(0);
        assertThat(offline.forCycles()).isEqualTo(2);
        assertThat(offline.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(offline.cooldown()).isEqualTo(Duration.ofHours(1));
        assertThat(a.rules().get(1).status()).isEqualTo(Status.NO_HASH);
        assertThat(a.rules().get(1).cooldown()).isEqualTo(Duration.ofMinutes(5));
        assertThat(a.rules().get(2).threshold()).isEqualTo(75.0);
        AlertRule drop = a.rules().get(3);
        assertThat(drop.kind()).isEqualTo(Kind.HASHRATE_DROP);
        assertThat(drop.ratio()).isEqualTo(0.9);
        assertThat(drop.window()).isEqualTo(10);
        assertThat(a.rules().get(4).count()).isEqualTo(3);
        assertThat(a.rules().get(5).severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void aMuteNamesAMinerByAliasAndIsKeptByAddress() {
        AlertSettings a = parse("alerts:\n  rules: [{when: HOT}]\n  mute:\n"
                + "    - {miner: gamma-0, until: '2026-12-24T08:00:00Z'}\n");
        assertThat(a.mutes()).containsEntry("127.0.0.1:40000", Instant.parse("2026-12-24T08:00:00Z"));
    }

    @Test
    void notifiersWithTheirSecretFromA0600File() throws IOException {
        Path secret = dir.resolve("bot-token");
        Files.writeString(secret, "123456:ABCdef-token\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        AlertSettings a = parse("""
                alerts:
                  rules: [{when: OFFLINE}]
                  notifiers:
                    - {type: webhook, name: phone, preset: ntfy, url: 'http://127.0.0.1:8080/miners'}
                    - {type: webhook, name: tg, preset: telegram, url: 'http://127.0.0.1:8081', chat_id: '42',
                       secret_file: bot-token}
                    - {type: exec, command: [/bin/true, x]}
                    - {type: email, host: 127.0.0.1, port: 3025, starttls: false, from: m@localhost,
                       to: [me@localhost]}
                """);
        assertThat(a.notifiers()).extracting(NotifierSpec::name).containsExactly("phone", "tg", "exec", "email");
        NotifierSpec tg = a.notifiers().get(1);
        assertThat(tg.secret().reveal()).isEqualTo("123456:ABCdef-token");
        assertThat(tg.toString()).doesNotContain("ABCdef");
        assertThat(a.notifiers().get(2).command()).containsExactly("/bin/true", "x");
        assertThat(a.notifiers().get(3).email().port()).isEqualTo(3025);
    }

    @Test
    void everyMistakeIsNamedWithItsLine() throws IOException {
        Path secret = dir.resolve("open-secret");
        Files.writeString(secret, "pw\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> parse("""
                alerts:
                  rules:
                    - {when: TOOHOT}
                    - {when: OFFLINE, for: 0}
                    - {when: OFFLINE, threshold: 3}
                  mute:
                    - {miner: nobody, until: tomorrow}
                  notifiers:
                    - {type: pager}
                    - {type: webhook, url: 'ftp://x'}
                    - {type: email, host: 127.0.0.1, from: a@b, to: c@d, secret_file: open-secret}
                    - {type: webhook, url: 'http://127.0.0.1:1/', secret_env: BITAXE_NO_SUCH_SECRET_7}
                """))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("config.yaml:7:")
                .hasMessageContaining("'TOOHOT' is not a health status")
                .hasMessageContaining("config.yaml:8:").hasMessageContaining("must be between 1 and 10000, not 0")
                .hasMessageContaining("only HOT, REJECT, STALLED and WIFI have a value")
                .hasMessageContaining("'nobody' is not a configured miner")
                .hasMessageContaining("must be webhook or exec or email, not 'pager'")
                .hasMessageContaining("'ftp://x' is not an http:// or https:// URL")
                .hasMessageContaining("is readable by others (mode rw-r--r--): chmod 600 it")
                .hasMessageContaining("environment variable BITAXE_NO_SUCH_SECRET_7 is not set")
                .hasMessageNotContaining("needs 'url:'").hasMessageNotContaining("two notifiers")
                .hasMessageNotContaining("pw");
    }
}
