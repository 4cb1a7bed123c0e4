package io.github.bitaxemonitor.export.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.bitaxemonitor.testing.TestClock;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The exposition passes Prometheus' own linter (Debian package prometheus; .ci/run installs it). */
class PromtoolTest {
    static final String PROMTOOL = "/usr/bin/promtool";

    @Test
    void promtoolAcceptsTheExpositionOfAFleetWithHostileNamesAndAnOfflineMiner() throws Exception {
        assumeTrue(new java.io.File(PROMTOOL).canExecute(),
                "promtool not installed (apt-get install prometheus): exposition lint skipped");
        MonitorMetrics m = new MonitorMetrics(new TestClock(Instant.parse("2026-03-01T12:00:00Z")));
        for (int c = 1; c <= 3; c++) {
            m.cycleCompleted(Cycles.fleet(5, Instant.parse("2026-03-01T12:00:00Z").plusSeconds(30L * c), c));
        }
        String text = Exposition.text(m);
        Process p = new ProcessBuilder(PROMTOOL, "check", "metrics").redirectErrorStream(true).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // promtool stopped reading: its output says why
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(out).isEmpty();
        assertThat(p.exitValue()).isZero();
    }
}
