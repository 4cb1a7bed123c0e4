package io.github.bitaxemonitor.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.cli.Main;
import io.github.bitaxemonitor.testing.ConsoleCapture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of config mistake, run through the real command line: one located line each, exit 2, no trace. */
class ConfigErrorsTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private Path file;

    /** Runs {@code monitor --once} on the YAML and returns its stderr; asserts exit 2 and no stack trace. */
    private String monitor(String yaml) throws IOException {
        file = dir.resolve("config.yaml");
        Files.writeString(file, yaml);
        int code = Main.run("monitor", "--once", "--config", file.toString());
        String out = console.err();
        assertThat(code).as(out).isEqualTo(2);
        assertThat(out).doesNotContain("Exception").doesNotContain("\tat ");
        return out;
    }

    private String line(String rest) {
        return "monitor: " + file + ":" + rest + System.lineSeparator();
    }

    @Test
    void unknownKeySuggestsTheClosestKnownKey() throws IOException {
        assertThat(monitor("miners: [10.0.0.1]\npol_interval: 30\n"))
                .isEqualTo(line("2:1: unknown key 'pol_interval' (did you mean 'poll_interval'?)"));
    }

    @Test
    void unknownKeyInsideThresholdsSuggestsWithItsSection() throws IOException {
        assertThat(monitor("miners: [10.0.0.1]\nthresholds:\n  hot: 70\n"))
                .isEqualTo(line("3:3: unknown key 'thresholds.hot' (did you mean 'thresholds.hot_c'?)"));
    }

    @Test
    void anUnknownFamilySuggestsAKnownOne() throws IOException {
        assertThat(monitor("miners: [10.0.0.1]\nthresholds:\n  families:\n    antminr: {hot_c: 85}\n"))
                .isEqualTo(line("4:5: unknown key 'thresholds.families.antminr' (did you mean "
                        + "'thresholds.families.antminer'?)"));
    }

    @Test
    void aModelsLimitOutOfRangeNamesTheModel() throws IOException {
        assertThat(monitor("miners: [10.0.0.1]\nthresholds:\n  models:\n    \"S19 Pro\": {hot_c: 500}\n"))
                .isEqualTo(line("4:24: thresholds.models.S19 Pro.hot_c must be between 30 and 150 °C, not 500"));
    }

    @Test
    void aMinersOwnThresholdsAreCheckedToo() throws IOException {
        assertThat(monitor("miners:\n  - address: 10.0.0.1\n    thresholds: {vr_hot: 80}\n"))
                .isEqualTo(line("3:18: unknown key 'miners[].thresholds.vr_hot' (did you mean "
                        + "'miners[].thresholds.vr_hot_c'?)"));
    }

    @Test
    void anEfficiencyMustBeAPositiveNumber() throws IOException {
        assertThat(monitor("miners: [10.0.0.1]\nefficiency_j_per_th:\n  S19: -3\n"))
                .isEqualTo(line("3:8: efficiency_j_per_th.S19 must be a positive number of J/TH (at most 10000)"));
    }

    @Test
    void unknownKeyWithNothingCloseSaysWhereTheKeysAre() throws IOException {
        assertThat(monitor("miners: [10.0.0.1]\ncolour: blue\n"))
                .isEqualTo(line("2:1: unknown key 'colour' (see config.yaml.example for the keys)"));
    }

    @Test
    void wrongTypeNamesKeyExpectationAndValue() throws IOException {
        assertThat(monitor("miners: [10.0.0.1]\npoll_interval: thirty\n"))
                .isEqualTo(line("2:16: poll_interval must be a number of seconds, not 'thirty'"));
    }

    @Test
    void controlCharactersInTheFileAreShownEscapedNotSentToTheTerminal() throws IOException {
        assertThat(monitor("miners: [10.0.0.1]\nrotation: \"weekly\\e[2J\"\n\"k\\e]0;x\\a\": 1\n"))
                .isEqualTo(line("2:11: rotation must be daily or size, not 'weekly\\x1B[2J'")
                        + line("3:1: unknown key 'k\\x1B]0;x\\x07' (see config.yaml.example for the keys)")
                        .substring("monitor: ".length()));
    }

    @Test
    void listWhereAValueBelongsIsAWrongType() throws IOException {
        assertThat(monitor("miners: [10.0.0.1]\nvalidate_csv: [yes]\n"))
                .isEqualTo(line("2:15: validate_csv must be true or false, not a list"));
    }

    @Test
    void minersAsASingleValueIsAWrongType() throws IOException {
        assertThat(monitor("miners: 10.0.0.1\n"))
                .isEqualTo(line("1:9: miners must be a list, one '- address' per line"));
    }

    @Test
    void urlInsteadOfAddressIsABadAddress() throws IOException {
        assertThat(monitor("miners:\n  - http://10.0.0.1/\n"))
                .isEqualTo(line("2:5: bad miner address 'http://10.0.0.1/': write host or host:port, "
                        + "without http:// or a path"));
    }

    @Test
    void portOutOfRangeIsABadAddress() throws IOException {
        assertThat(monitor("miners:\n  - 10.0.0.1:99999\n"))
                .isEqualTo(line("2:5: bad miner address '10.0.0.1:99999': port must be a number from 1 to 65535"));
    }

    @Test
    void impossibleIpv4IsABadAddress() throws IOException {
        assertThat(monitor("miners:\n  - address: 192.168.1.300\n"))
                .isEqualTo(line("2:14: bad miner address '192.168.1.300': not a valid IPv4 address"));
    }

    @Test
    void spaceInAHostNameIsABadAddress() throws IOException {
        assertThat(monitor("miners:\n  - my miner\n"))
                .isEqualTo(line("2:5: bad miner address 'my miner': a host name may only contain letters, "
                        + "digits, '-', '_' and '.'"));
    }

    @Test
    void brokenIpv6IsABadAddress() throws IOException {
        assertThat(monitor("miners:\n  - \"[fd00::zz]:80\"\n"))
                .isEqualTo(line("2:5: bad miner address '[fd00::zz]:80': not a valid IPv6 address"));
    }

    @Test
    void unknownMinerTypeIsReported() throws IOException {
        assertThat(monitor("miners:\n  - address: 10.0.0.1\n    type: antminer\n"))
                .isEqualTo(line("3:11: miners[].type must be bitaxe or cgminer, not 'antminer'"));
    }

    @Test
    void unknownKeyInAMinerSuggestsTheClosest() throws IOException {
        assertThat(monitor("miners:\n  - adress: 10.0.0.1\n"))
                .isEqualTo(line("2:5: unknown key 'miners[].adress' (did you mean 'miners[].address'?)")
                        + line("2:5: miner without 'address'").substring("monitor: ".length()));
    }

    @Test
    void duplicateMinerPointsAtTheFirst() throws IOException {
        assertThat(monitor("miners:\n  - 10.0.0.1\n  - address: 10.0.0.2\n  - 10.0.0.1:80\n"))
                .isEqualTo(line("4:5: duplicate miner 10.0.0.1:80 (already listed at line 2)"));
    }

    @Test
    void duplicateKeyPointsAtTheFirst() throws IOException {
        assertThat(monitor("miners: [10.0.0.1]\ntimeout: 5\ntimeout: 6\n"))
                .isEqualTo(line("3:1: duplicate key 'timeout' (first at line 2)"));
    }

    @Test
    void intervalOutOfRangeGivesTheRange() throws IOException {
        assertThat(monitor("miners: [10.0.0.1]\npoll_interval: 0\n"))
                .isEqualTo(line("2:16: poll_interval must be between 1 and 3600 seconds, not 0"));
    }

    @Test
    void timeoutOutOfRangeGivesTheRange() throws IOException {
        assertThat(monitor("miners: [10.0.0.1]\ntimeout: 0.05\n"))
                .isEqualTo(line("2:10: timeout must be between 0.1 and 120 seconds, not 0.05"));
    }

    @Test
    void timeoutThatLeavesNoRoomInTheIntervalSaysWhatFits() throws IOException {
        assertThat(monitor("miners: [10.0.0.1]\npoll_interval: 5\ntimeout: 10\n"))
                .isEqualTo(line("3:10: timeout 10 s leaves no room within poll_interval 5 s: make it at most 4.5 s"));
    }

    @Test
    void retriesOutOfRangeGivesTheRange() throws IOException {
        assertThat(monitor("miners: [10.0.0.1]\nretries: 11\n"))
                .isEqualTo(line("2:10: retries must be between 0 and 10, not 11"));
    }

    @Test
    void unwritableCsvDirectoryIsReportedAtItsValue() throws IOException {
        Files.writeString(dir.resolve("plainfile"), "x");
        assertThat(monitor("miners: [10.0.0.1]\ncsv_path: plainfile/metrics.csv\n"))
                .isEqualTo(line("2:11: csv_path: cannot write there: " + dir.resolve("plainfile")
                        + " is not a directory"));
    }

    @Test
    void unwritableBackupDirectoryIsReportedAtItsValue() throws IOException {
        Files.writeString(dir.resolve("plainfile"), "x");
        assertThat(monitor("miners: [10.0.0.1]\nbackup_dir: plainfile/b\n"))
                .isEqualTo(line("2:13: backup_dir: cannot write there: " + dir.resolve("plainfile")
                        + " is not a directory"));
    }

    @Test
    void unwritableDefaultDirectoryIsReportedForTheFile() throws IOException {
        Files.writeString(dir.resolve("data"), "not a directory");
        assertThat(monitor("miners: [10.0.0.1]\n")).isEqualTo("monitor: " + dir.resolve("config.yaml")
                + ": csv_path (default): cannot write there: " + dir.resolve("data") + " is not a directory"
                + System.lineSeparator());
    }

    @Test
    void unwritableHostnameCacheIsReportedAtItsValue() throws IOException {
        Files.writeString(dir.resolve("plainfile"), "x");
        assertThat(monitor("miners: [10.0.0.1]\nhostname_cache: plainfile/h.json\n"))
                .isEqualTo(line("2:17: hostname_cache: cannot write there: " + dir.resolve("plainfile")
                        + " is not a directory"));
    }

    @Test
    void yamlSyntaxErrorIsOneLocatedLine() throws IOException {
        String out = monitor("miners:\n  - 10.0.0.1\n bad: [\n");
        assertThat(out).startsWith("monitor: " + dir.resolve("config.yaml") + ":3:").contains("not valid YAML");
        assertThat(out.lines()).hasSize(1);
    }

    @Test
    void noMinersSaysHowToAddThem() throws IOException {
        assertThat(monitor("poll_interval: 30\n")).isEqualTo("monitor: " + dir.resolve("config.yaml")
                + ": no miners configured yet: list them under 'miners:', one '- HOST' or '- HOST:PORT' per line"
                + " (config.yaml.example shows every form)"
                + System.lineSeparator());
    }

    @Test
    void moreAliasesThanMinersIsReportedAtTheFirstExtra() throws IOException {
        assertThat(monitor("miners: [10.0.0.1]\naliases:\n  - a\n  - b\n"))
                .isEqualTo(line("4:5: aliases has 2 entries but there are 1 miners: each alias names the miner "
                        + "at the same position"));
    }

    @Test
    void everyProblemIsReportedInFileOrder() throws IOException {
        String out = monitor("""
                miners:
                  - 10.0.0.1:0
                  - 10.0.0.2
                retries: -1
                pol_interval: 5
                thresholds:
                  hot_c: hot
                """);
        assertThat(out.lines()).containsExactly(
                "monitor: " + file + ":2:5: bad miner address '10.0.0.1:0': port must be a number from 1 to 65535",
                file + ":4:10: retries must be between 0 and 10, not -1",
                file + ":5:1: unknown key 'pol_interval' (did you mean 'poll_interval'?)",
                file + ":7:10: thresholds.hot_c must be a number of °C, not 'hot'");
    }

    @Test
    void missingConfigSaysHowToCreateOne() {
        Path missing = dir.resolve("nope.yaml");
        int code = Main.run("monitor", "--config", missing.toString());
        assertThat(code).isEqualTo(2);
        assertThat(console.err()).isEqualTo("monitor: config file " + missing
                + " not found: create one with 'cp config.yaml.example " + missing + "' or 'monitor --init --config "
                + missing + "', then list your miners in it" + System.lineSeparator());
    }
}
