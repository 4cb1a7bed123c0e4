package io.github.bitaxemonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.testing.ConsoleCapture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command's unusable path is one line naming it, exit 2, never a stack trace; a hostile or huge path is shown
 * escaped and cut. (Tests run as root here, so "unusable" is made with a regular file where a directory must be.)
 */
class BadPathsTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private Path aFile() throws IOException {
        return Files.writeString(dir.resolve("a-file"), "not a directory");
    }

    private void assertOneLineNaming(String command, String... parts) {
        assertThat(console.err().lines().toList()).as(console.err()).singleElement().asString()
                .startsWith(command + ": ").contains(parts).doesNotContain("Exception", "\tat ");
    }

    @Test
    void monitorWithADirectoryAsItsConfig() {
        assertThat(Main.run("monitor", "--config", dir.toString())).isEqualTo(2);
        assertOneLineNaming("monitor", "cannot read config file " + dir);
    }

    @Test
    void monitorWithAnUnusableCsvPath() throws IOException {
        Path config = Files.writeString(dir.resolve("config.yaml"), "miners: [127.0.0.1:1]\ncsv_path: "
                + aFile() + "/metrics.csv\n");
        assertThat(Main.run("monitor", "--once", "--config", config.toString())).isEqualTo(2);
        assertOneLineNaming("monitor", "csv_path: cannot write there", "a-file is not a directory");
    }

    @Test
    void monitorWithAHostileConfigPathShowsItEscaped() {
        Path hostile = dir.resolve("conf\u001b[2J\nig.yaml");
        assertThat(Main.run("monitor", "--config", hostile.toString())).isEqualTo(2);
        assertOneLineNaming("monitor", "conf\\x1B[2J\\x0Aig.yaml not found");
    }

    @Test
    void monitorWithAHugeConfigPathShowsItCut() {
        assertThat(Main.run("monitor", "--config", dir.resolve("c".repeat(1_000_000)).toString())).isEqualTo(2);
        assertOneLineNaming("monitor", "chars)...");
        assertThat(console.err()).hasSizeLessThan(2_100);
    }

    @Test
    void demoWithAFileAsItsDirectory() throws IOException {
        Path file = aFile();
        assertThat(Main.run("demo", "--summary", "--dir", file.toString())).isEqualTo(2);
        assertOneLineNaming("demo", "--dir " + file + " is not a directory");
    }

    @Test
    void demoWithADirectoryThatCannotBeCreated() throws IOException {
        Path under = aFile().resolve("demo");
        assertThat(Main.run("demo", "--summary", "--dir", under.toString())).isEqualTo(2);
        assertOneLineNaming("demo", "--dir " + under + ": cannot use it for the demo's files");
    }

    @Test
    void simulateWritingItsConfigWhereNoFileCanBe() throws IOException {
        Path under = aFile().resolve("sim.yaml");
        assertThat(Main.run("simulate", "--miners", "1", "--faults", "none", "--duration", "0", "--write-config",
                under.toString())).isEqualTo(2);
        assertOneLineNaming("simulate", "--write-config: cannot write " + under);
    }
}
