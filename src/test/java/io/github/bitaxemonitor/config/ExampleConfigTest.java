package io.github.bitaxemonitor.config;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void exampleLoadsAndStatesEveryDefault() {
        MonitorConfig c = ConfigLoader.parse(ExampleConfig.text(), dir.resolve("config.yaml"));
        assertThat(c).isEqualTo(MonitorConfig.builder(c.miners())
                .csvPath(dir.resolve("data/metrics.csv"))
                .backupDir(dir.resolve("backups"))
                .build());
        assertThat(c.miners()).hasSize(2);
    }

    @Test
    void everyKeyIsDocumentedWithACommentAboveIt() {
        List<String> lines = ExampleConfig.text().lines().toList();
        Set<String> keys = new TreeSet<>(ConfigReader.KEYS);
        keys.addAll(ThresholdReader.LIMIT_KEYS);
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
        Files.writeString(target, "miners: [10.0.0.9]\n");
        assertThat(Main.run("monitor", "--init", "--config", target.toString())).isEqualTo(2);
        assertThat(Files.readString(target)).isEqualTo("miners: [10.0.0.9]\n");
        assertThat(console.err()).isEqualTo("monitor: " + target
                + " already exists: edit it, or remove it first to start from the example" + System.lineSeparator());
    }
}
