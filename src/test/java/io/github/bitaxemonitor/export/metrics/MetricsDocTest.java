package io.github.bitaxemonitor.export.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/METRICS.md names every family the exposition can serve. */
class MetricsDocTest {
    @Test
    void everyServedFamilyIsListedInTheMetricsDocument() throws Exception {
        String doc = Files.readString(Path.of("docs", "METRICS.md"));
        assertThat(MonitorMetrics.familyNames()).isNotEmpty()
                .allSatisfy(name -> assertThat(doc).as(name).contains("`" + name + "`"));
    }
}
