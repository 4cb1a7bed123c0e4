package io.github.bitaxemonitor.export.metrics;

import io.prometheus.metrics.expositionformats.OpenMetricsTextFormatWriter;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Renders a {@link MonitorMetrics} the way {@code /metrics} does, for tests. */
public final class Exposition {
    private Exposition() {
    }

    public static String text(MonitorMetrics m) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrometheusTextFormatWriter.create().write(out, m.registry().scrape());
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String openMetrics(MonitorMetrics m) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            OpenMetricsTextFormatWriter.create().write(out, m.registry().scrape());
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
