package io.github.bitaxemonitor.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitaxemonitor.health.MinerIdentity;
import io.github.bitaxemonitor.health.ThresholdPolicy;
import io.github.bitaxemonitor.health.Thresholds;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.MinerKind;
import io.github.bitaxemonitor.model.PowerEstimates;
import io.github.bitaxemonitor.store.StoreSettings.Rotation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private MonitorConfig load(String yaml) throws IOException {
        Path file = dir.resolve("config.yaml");
        Files.writeString(file, yaml);
        return ConfigLoader.load(file);
    }

    @Test
    void everyMinerFormIsRead() throws IOException {
        MonitorConfig c = load("""
                miners:
                  - 192.168.1.45
                  - 192.168.1.46:8080
                  - "[fd00::45]:8081"
                  - fd00::46
                  - address: bitaxe-gamma.local
                    alias: gamma-02
                  - address: 10.0.0.7
                    type: cgminer
                  - address: 10.0.0.8:4029
                    type: CGMiner
                """);
        assertThat(c.miners()).containsExactly(
                new MinerEndpoint("192.168.1.45", 80, null, MinerKind.BITAXE),
                new MinerEndpoint("192.168.1.46", 8080, null, MinerKind.BITAXE),
                new MinerEndpoint("fd00::45", 8081, null, MinerKind.BITAXE),
                new MinerEndpoint("fd00::46", 80, null, MinerKind.BITAXE),
                new MinerEndpoint("bitaxe-gamma.local", 80, "gamma-02", MinerKind.BITAXE),
                new MinerEndpoint("10.0.0.7", 4028, null, MinerKind.CGMINER),
                new MinerEndpoint("10.0.0.8", 4029, null, MinerKind.CGMINER));
        assertThat(c.miners().get(2).address()).isEqualTo("[fd00::45]:8081");
    }

    @Test
    void aliasesNameTheMinerAtTheSamePositionAndMayBeSkipped() throws IOException {
        MonitorConfig c = load("""
                miners: [10.0.0.1, 10.0.0.2, 10.0.0.3]
                aliases:
                  - "Miner-01"
                  - ""
                """);
        assertThat(c.miners()).extracting(MinerEndpoint::alias).containsExactly("Miner-01", null, null);
    }

    @Test
    void aliasesAreSanitisedLikeAnyOtherStoredText() throws IOException {
        MonitorConfig c = load("miners:\n  - address: 10.0.0.1\n    alias: \"=cmd\\u001b[31m\"\n");
        assertThat(c.miners().get(0).alias()).isEqualTo("'=cmd");
    }

    @Test
    void everyScalarKeyIsRead() throws IOException {
        Files.createDirectories(dir.resolve("var"));
        MonitorConfig c = load("""
                miners: [10.0.0.1]
                poll_interval: 60
                timeout: 2.5
                retries: 0
                csv_path: var/m.csv
                validate_csv: false
                backup_frequency: 0
                backup_dir: bk
                backup_keep: 3
                rotation: size
                max_file_mb: 5
                hostname_cache: names.json
                max_reply_kb: 64
                thresholds:
                  hot_c: 68
                  vr_hot_c: 86.5
                  reject_pct: 5
                  stall_minutes: 30
                  wifi_min_rssi: -75
                  offline_after: 5
                """);
        assertThat(c.pollInterval()).isEqualTo(Duration.ofSeconds(60));
        assertThat(c.timeout()).isEqualTo(Duration.ofMillis(2500));
        assertThat(c.retries()).isZero();
        assertThat(c.csvPath()).isEqualTo(dir.resolve("var/m.csv"));
        assertThat(c.validateCsv()).isFalse();
        assertThat(c.backupFrequency()).isZero();
        assertThat(c.backupDir()).isEqualTo(dir.resolve("bk"));
        assertThat(c.backupKeep()).isEqualTo(3);
        assertThat(c.rotation()).isEqualTo(Rotation.SIZE);
        assertThat(c.maxFileMb()).isEqualTo(5);
        assertThat(c.hostnameCache()).isEqualTo(dir.resolve("names.json"));
        assertThat(c.maxReplyKb()).isEqualTo(64);
        assertThat(c.thresholds().offlineAfter()).isEqualTo(5);
        Thresholds bitaxe = c.thresholds().forMiner(new MinerIdentity("10.0.0.1:80", "bitaxe", null, "BM1368"));
        assertThat(bitaxe).isEqualTo(new Thresholds(68, 86.5, 85, 5, Duration.ofMinutes(30), -75,
                Duration.ofMinutes(3)));
        assertThat(c.clientSettings().maxReplyBytes()).isEqualTo(64 * 1024);
        assertThat(c.storeSettings().maxFileBytes()).isEqualTo(5L * 1024 * 1024);
    }

    @Test
    void absentKeysTakeTheirDefaults() throws IOException {
        MonitorConfig c = load("miners:\n  - 10.0.0.1\n");
        assertThat(c).isEqualTo(MonitorConfig.builder(c.miners())
                .csvPath(dir.resolve("data/metrics.csv"))
                .backupDir(dir.resolve("backups"))
                .build());
        assertThat(c.pollInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.retries()).isEqualTo(3);
        assertThat(c.validateCsv()).isTrue();
        assertThat(c.backupFrequency()).isEqualTo(100);
        assertThat(c.backupKeep()).isEqualTo(10);
        assertThat(c.rotation()).isEqualTo(Rotation.DAILY);
        assertThat(c.maxFileMb()).isEqualTo(100);
        assertThat(c.maxReplyKb()).isEqualTo(256);
        assertThat(c.hostnameCache()).isEqualTo(dir.resolve("data/hostname_cache.json"));
        assertThat(c.thresholds()).isEqualTo(ThresholdPolicy.defaults());
        assertThat(c.powerEstimates()).isEqualTo(PowerEstimates.withDefaults());
    }

    @Test
    void hostnameCacheFollowsTheDataDirectory() throws IOException {
        MonitorConfig c = load("miners: [10.0.0.1]\ncsv_path: elsewhere/x.csv\n");
        assertThat(c.hostnameCache()).isEqualTo(dir.resolve("elsewhere/hostname_cache.json"));
    }

    @Test
    void quotedNumbersAndYesNoBooleansAreAccepted() throws IOException {
        MonitorConfig c = load("miners: [10.0.0.1]\npoll_interval: \"45\"\nvalidate_csv: \"no\"\n");
        assertThat(c.pollInterval()).isEqualTo(Duration.ofSeconds(45));
        assertThat(c.validateCsv()).isFalse();
    }

    @Test
    void cycleDeadlineCoversEveryAttemptButStaysInsideTheInterval() throws IOException {
        MonitorConfig c = load("miners: [10.0.0.1]\npoll_interval: 30\ntimeout: 2\nretries: 3\n");
        assertThat(c.cycleDeadline()).isEqualTo(Duration.ofMillis(4 * 2000 + 3 * 500));
        MonitorConfig tight = load("miners: [10.0.0.1]\npoll_interval: 10\ntimeout: 5\nretries: 3\n");
        assertThat(tight.cycleDeadline()).isEqualTo(Duration.ofSeconds(9));
    }

    @Test
    void thresholdsAreReadPerFamilyModelAndMinerAndEfficienciesAddToTheDefaults() throws IOException {
        MonitorConfig c = load("""
                miners:
                  - 10.0.0.1:4028
                  - address: 10.0.0.2:4028
                    type: cgminer
                    thresholds: {hot_c: 60}
                thresholds:
                  reject_pct: 5
                  families:
                    antminer: {hot_c: 88, board_hot_c: 78}
                  models:
                    "S19 Pro": {hot_c: 85}
                efficiency_j_per_th:
                  "S19k Pro": 23
                """);
        MinerIdentity s19 = new MinerIdentity("10.0.0.1:4028", "antminer", "Antminer S19 Pro", null);
        assertThat(c.thresholds().forMiner(s19).hotC()).isEqualTo(85);
        assertThat(c.thresholds().forMiner(s19).boardHotC()).isEqualTo(78);
        assertThat(c.thresholds().forMiner(s19).rejectPct()).isEqualTo(5);
        MinerIdentity own = new MinerIdentity("10.0.0.2:4028", "antminer", "Antminer S19 Pro", null);
        assertThat(c.thresholds().forMiner(own).hotC()).isEqualTo(60);
        assertThat(c.powerEstimates().estimateW("Antminer S19k Pro", 120_000.0)).isEqualTo(2760.0);
        assertThat(c.powerEstimates().estimateW("Antminer S19 Pro", 100_000.0)).isEqualTo(2950.0);
    }

    @Test
    void problemsCarryTheFileNameAsTheUserWroteIt() throws IOException {
        Path file = dir.resolve("my.yaml");
        Files.writeString(file, "miners: [10.0.0.1]\nretries: many\n");
        assertThatThrownBy(() -> ConfigLoader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file + ":2:10: retries must be a whole number, not 'many'");
    }
}
