package io.github.bitaxemonitor.view.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.cli.Main;
import io.github.bitaxemonitor.testing.ConsoleCapture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** viewer --events: the log as lines, hostile text defused, old events left out with --since. */
class ViewerEventsTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private Path log(String... lines) throws IOException {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Path log = data.resolve("events.jsonl");
        Files.writeString(log, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return data;
    }

    private static String alert(Instant t, String miner, String text) {
        return "{\"time\":\"" + t + "\",\"event\":\"alert\",\"type\":\"fired\",\"rule\":\"HOT\",\"severity\":"
                + "\"CRITICAL\",\"miner\":\"" + miner + "\",\"address\":\"127.0.0.1:40000\",\"text\":\"" + text + "\"}";
    }

    @Test
    void eachEventIsOneSafeLineAndATornLineIsSkipped() throws IOException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Path data = log(alert(now, "evil\\u001b[31mred\\u202e\\nnext", "HOT asic 73.1C >= 70"),
                "{\"time\":\"" + now + "\",\"event\":\"delivery_failed\",\"type\":\"fired\",\"rule\":\"HOT\","
                        + "\"severity\":\"CRITICAL\",\"miner\":\"gamma-0\",\"address\":\"x\",\"text\":\"HOT\","
                        + "\"notifier\":\"phone\",\"error\":\"after 3 attempts: HTTP 500\"}",
                "{\"time\":\"" + now + "\",\"event\":\"al");
        int code = Main.run("viewer", "--events", "--data", data.resolve("metrics.csv").toString());
        assertThat(code).isZero();
        String out = console.out();
        assertThat(out.lines()).hasSize(2);
        assertThat(out).doesNotContain("\u001b").doesNotContain("\u202e")
                .contains(now + "  FIRED     CRITICAL  evil")
                .contains("delivery_failed     gamma-0  HOT  [phone: after 3 attempts: HTTP 500]");
    }

    @Test
    void sinceLeavesOutOlderEvents() throws IOException {
        Instant now = Instant.now();
        Path data = log(alert(now.minusSeconds(7200), "old", "HOT old"), alert(now.minusSeconds(60), "new", "HOT new"));
        Main.run("viewer", "--events", "--since", "1h", "--data", data.resolve("metrics.csv").toString());
        assertThat(console.out()).contains("HOT new").doesNotContain("HOT old");
    }

    @Test
    void noLogYetSaysSo() {
        int code = Main.run("viewer", "--events", "--data", dir.resolve("data/metrics.csv").toString());
        assertThat(code).isZero();
        assertThat(console.out()).startsWith("no events in ");
    }
}
