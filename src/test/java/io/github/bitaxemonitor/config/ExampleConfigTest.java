package io.github.bitaxemonitor.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitaxemonitor.cli.Main;
import io.github.bitaxemonitor.testing.ConsoleCapture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ExampleConfigTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void topLevelExampleIsTheCopyTheJarCarries() throws IOException {
        assertThat(ExampleConfig.text())
                .as("edit config.yaml.example, then copy it to src/main/resources/io/github/bitaxemonitor/config/")
                .isEqualTo(Files.readString(Path.of("config.yaml.example")));
    }

    /** The example with its miner examples uncommented, as a user who follows it would have it. */
    private static String withExampleMiners() {
        return ExampleConfig.text().replaceAll("(?m)^#(  -|    alias:)", "$1");
    }

    @Test
    void exampleWithItsMinersUncommentedLoadsAndStatesEveryDefault() {
        MonitorConfig c = ConfigLoader.parse(withExampleMiners(), dir.resolve("config.yaml"));
        assertThat(c).isEqualTo(MonitorConfig.builder(c.miners())
                .csvPath(dir.resolve("data/metrics.csv"))
                .backupDir(dir.resolve("backups"))
                .build());
        assertThat(c.miners()).extracting(m -> m.address() + "/" + m.alias())
                .containsExactly("192.168.1.45:80/null", "192.168.1.46:80/gamma-02");
    }

    @Test
    void theExamplePollsNothingUntilTheUserListsMiners() {
        List<String> live = ExampleConfig.text().lines().filter(l -> !l.strip().startsWith("#"))
                .filter(l -> l.matches(".*\\d+\\.\\d+\\.\\d+\\.\\d+.*|.*\\[[0-9a-fA-F:]+].*")).toList();
        assertThat(live).as("addresses outside comments").isEmpty();
        assertThatThrownBy(() -> ConfigLoader.parse(ExampleConfig.text(), dir.resolve("config.yaml")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).singleElement()
                        .asString().contains("no miners configured yet: list them under 'miners:'"));
    }

    @Test
    void everyKeyIsDocumentedWithACommentAboveIt() {
        List<String> lines = ExampleConfig.text().lines().toList();
        Set<String> keys = new TreeSet<>(ConfigReader.KEYS);
        keys.addAll(ThresholdReader.LIMIT_KEYS);
        keys.addAll(ControlReader.KEYS);
        keys.add("offline_after");
        for (String key : keys) {
            int at = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).matches("\\s*(# )?" + key + ":.*")) {
                    at = i;
                    break;
                }
            }
            assertThat(at).as("key %s in the example", key).isPositive();
            assertThat(lines.get(at - 1).strip()).as("comment above %s", key).startsWith("#");
        }
    }

    @Test
    void initWritesTheExampleAndNeverOverwrites() throws IOException {
        Path target = dir.resolve("sub/config.yaml");
        assertThat(Main.run("monitor", "--init", "--config", target.toString())).isZero();
        assertThat(Files.readString(target)).isEqualTo(ExampleConfig.text());
        assertThat(console.out()).contains("the examples there are comments");
        assertThat(Main.run("monitor", "--once", "--config", target.toString())).isEqualTo(2);
        assertThat(console.err()).contains("no miners configured yet").hasLineCount(1);
        Files.writeString(target, "miners: [10.0.0.9]\n");
        assertThat(Main.run("monitor", "--init", "--config", target.toString())).isEqualTo(2);
        assertThat(Files.readString(target)).isEqualTo("miners: [10.0.0.9]\n");
        assertThat(console.err().lines().skip(1).toList()).containsExactly("monitor: " + target
                + " already exists: edit it, or remove it first to start from the example");
    }

    @Test
    void initWhereNoFileCanBeIsOneLineAndExitTwo() throws IOException {
        Path aFile = Files.writeString(dir.resolve("not-a-dir"), "x");

        assertThat(Main.run("monitor", "--init", "--config", aFile.resolve("config.yaml").toString())).isEqualTo(2);
        assertThat(Main.run("monitor", "--init", "--config", dir.toString())).isEqualTo(2);

        assertThat(console.err().lines().toList()).containsExactly(
                "monitor: cannot write " + aFile.resolve("config.yaml") + ": its directory cannot be created: file"
                        + " already exists (" + aFile + ")",
                "monitor: " + dir + " is a directory: name the config file to write, e.g. "
                        + dir.resolve("config.yaml"));
    }
}
