package io.github.bitaxemonitor.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Debian's Prometheus server as a test's child process: on a free 127.0.0.1 port, with a generated config scraping
 * the given loopback targets every second, its TSDB in the test's directory. Queried through its HTTP API.
 */
final class RealPrometheus implements AutoCloseable {
    static final String BINARY = "/usr/bin/prometheus";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final URI base;
    private final Path log;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RealPrometheus(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /** Skips the calling test (with the reason) when the package is not installed. */
    static void assumeInstalled() {
        assumeTrue(new File(BINARY).canExecute(),
                "prometheus not installed (apt-get install prometheus; .ci/run does): real-server test skipped");
    }

    /**
     * Starts a server scraping {@code targets} (label value of {@code collector} -> host:port) as job "bitaxe".
     */
    static RealPrometheus start(Path dir, Map<String, String> targets) throws IOException, InterruptedException {
        StringBuilder yml = new StringBuilder("global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n"
                + "scrape_configs:\n  - job_name: bitaxe\n    static_configs:\n");
        targets.forEach((name, target) -> yml.append("      - targets: ['").append(target)
                .append("']\n        labels: {collector: '").append(name).append("'}\n"));
        Path config = dir.resolve("prometheus.yml");
        Files.writeString(config, yml);
        int port = freePort();
        Path log = dir.resolve("prometheus.log");
        Process p = new ProcessBuilder(BINARY, "--config.file=" + config, "--storage.tsdb.path=" + dir.resolve("tsdb"),
                "--web.listen-address=127.0.0.1:" + port, "--log.level=warn")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        RealPrometheus prom = new RealPrometheus(p, URI.create("http://127.0.0.1:" + port), log);
        prom.awaitReady();
        return prom;
    }

    /** An instant query's result array (vector), after checking the API said "success". */
    JsonNode query(String promql) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/query?query="
                + URLEncoder.encode(promql, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode doc = JSON.readTree(r.body());
        if (r.statusCode() != 200 || !"success".equals(doc.path("status").asText())) {
            throw new IllegalStateException("query " + promql + " failed: " + r.statusCode() + " " + r.body());
        }
        return doc.path("data").path("result");
    }

    /** The value of a query that yields one series. */
    double scalar(String promql) throws IOException, InterruptedException {
        JsonNode result = query(promql);
        if (result.size() != 1) {
            throw new IllegalStateException("query " + promql + " gave " + result.size() + " series: " + result);
        }
        return Double.parseDouble(result.get(0).path("value").get(1).asText());
    }

    /**
     * Re-runs {@code promql} until its result satisfies {@code done} (scrapes arrive once a second) or {@code within}
     * passes; returns the last result either way, for the caller's assertion to describe.
     */
    JsonNode awaitQuery(String promql, Predicate<JsonNode> done, Duration within)
            throws IOException, InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        JsonNode r = query(promql);
        while (!done.test(r) && System.nanoTime() < end) {
            TimeUnit.MILLISECONDS.sleep(250); // Prometheus offers no push notice of a scrape: poll its API
            r = query(promql);
        }
        return r;
    }

    /** Its log, for failure messages. */
    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("prometheus exited " + process.exitValue() + ": " + log());
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.resolve("/-/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        close();
        throw new IllegalStateException("prometheus not ready within 60 s: " + log());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress("127.0.0.1", 0));
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
