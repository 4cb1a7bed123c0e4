package io.github.bitaxemonitor.export.api;

import io.github.bitaxemonitor.export.metrics.MonitorMetrics;
import io.github.bitaxemonitor.serve.HttpListener;
import io.github.bitaxemonitor.serve.ServeSettings;
import io.github.bitaxemonitor.testing.TestClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** The listener with /metrics and /api/ on a free loopback port, fed by hand, and a client for it. */
final class ApiHarness implements AutoCloseable {
    final TestClock clock;
    final MonitorMetrics metrics;
    final HttpListener listener;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ApiHarness(Path csvPath, Instant start, ServeSettings settings) throws IOException {
        clock = new TestClock(start);
        metrics = new MonitorMetrics(clock);
        ApiRoutes api = new ApiRoutes(metrics.lastCycle(), csvPath, Duration.ofSeconds(30), clock, null);
        listener = HttpListener.start(settings, Map.of("/metrics", metrics.handler(), "/api/", api));
    }

    ApiHarness(Path csvPath, Instant start) throws IOException {
        this(csvPath, start, new ServeSettings("127.0.0.1", 0, null));
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + listener.address().getPort() + pathAndQuery);
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        metrics.stopped();
        listener.close();
    }
}
