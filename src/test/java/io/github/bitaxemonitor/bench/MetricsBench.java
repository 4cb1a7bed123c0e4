package io.github.bitaxemonitor.bench;

import io.github.bitaxemonitor.collect.CycleReport;
import io.github.bitaxemonitor.collect.Outcome;
import io.github.bitaxemonitor.export.api.ApiRoutes;
import io.github.bitaxemonitor.export.metrics.MonitorMetrics;
import io.github.bitaxemonitor.health.Judgement;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.MinerKind;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.serve.HttpListener;
import io.github.bitaxemonitor.serve.ServeSettings;
import io.github.bitaxemonitor.store.CsvMetricsStore;
import io.github.bitaxemonitor.store.StoreSettings;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;

/**
 * What serving costs, in process (docs/PERFORMANCE.md, "Metrics and REST"): the collector thread's share per cycle
 * ({@code cycleCompleted}), one full render of {@code /metrics} (the client library's text writer over the registry's
 * scrape) and its size, a scrape over HTTP right after a cycle and from the cache, and {@code /api/summary} latency
 * under concurrent clients. Rows come from {@link FleetModel}; the listener is on 127.0.0.1. Prints key=value lines.
 */
public final class MetricsBench {
    public static void main(String[] args) throws Exception {
        Args a = Args.parse(args, "--miners", "--dir", "--renders", "--clients", "--requests");
        int miners = (int) a.number("--miners", 1000);
        Path dir = Path.of(a.value("--dir", "/tmp/bitaxe-bench/metrics"));
        int renders = (int) a.number("--renders", 10);
        int clients = (int) a.number("--clients", 100);
        int requests = (int) a.number("--requests", 20);
        FleetModel fleet = new FleetModel(miners);
        Path csvPath = dir.resolve("m" + miners).resolve("data/metrics.csv");
        MonitorMetrics metrics = new MonitorMetrics(Clock.systemUTC());
        long start = Instant.now().getEpochSecond() - 600;
        StoreSettings store = new StoreSettings(csvPath, StoreSettings.Rotation.DAILY, 100_000_000L,
                csvPath.getParent().resolveSibling("backups"), 0, 10);
        double[] listener = new double[10];
        try (CsvMetricsStore files = CsvMetricsStore.open(store, Clock.systemUTC(), line -> { })) {
            for (int c = 0; c < 15; c++) { // 5 warm-up cycles, then 10 measured
                CycleReport r = cycle(fleet, start + 30L * c, c + 1);
                files.appendCycle(r.samples());
                long t0 = System.nanoTime();
                metrics.cycleCompleted(r);
                if (c >= 5) {
                    listener[c - 5] = ms(t0);
                }
            }
        }
        System.out.printf("miners=%d cycle_listener_ms_median=%.3f cycle_listener_ms_max=%.3f%n", miners,
                median(listener), max(listener));

        double[] collect = new double[renders];
        for (int i = 0; i < renders + 3; i++) {
            long t0 = System.nanoTime();
            metrics.registry().scrape();
            if (i >= 3) {
                collect[i - 3] = ms(t0);
            }
        }
        System.out.printf("collect_ms_median=%.1f%n", median(collect));
        double[] render = new double[renders];
        byte[] text = null;
        for (int i = 0; i < renders + 3; i++) {
            long t0 = System.nanoTime();
            ByteArrayOutputStream out = new ByteArrayOutputStream(miners * 6000);
            PrometheusTextFormatWriter.create().write(out, metrics.registry().scrape());
            if (i >= 3) {
                render[i - 3] = ms(t0);
            }
            text = out.toByteArray();
        }
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(gz)) {
            g.write(text);
        }
        System.out.printf("render_ms_median=%.1f render_ms_max=%.1f bytes=%d gzip_bytes=%d series=%d%n",
                median(render), max(render), text.length, gz.size(), lines(text));

        ApiRoutes api = new ApiRoutes(metrics.lastCycle(), csvPath, Duration.ofSeconds(30), Clock.systemUTC(), null);
        try (HttpListener http = HttpListener.start(new ServeSettings("127.0.0.1", 0, null),
                Map.of("/metrics", metrics.handler(), "/api/", api))) {
            URI base = URI.create("http://127.0.0.1:" + http.address().getPort());
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            double[] cached = new double[50];
            for (int i = 0; i < 55; i++) {
                long t0 = System.nanoTime();
                get(client, base.resolve("/metrics"));
                if (i >= 5) {
                    cached[i - 5] = ms(t0);
                }
            }
            metrics.cycleCompleted(cycle(fleet, start + 30L * 16, 16));
            long t0 = System.nanoTime();
            get(client, base.resolve("/metrics"));
            double afterCycle = ms(t0);
            System.out.printf("scrape_cached_ms_median=%.1f scrape_cached_ms_p99=%.1f scrape_after_cycle_ms=%.1f%n",
                    median(cached), percentile(cached, 0.99), afterCycle);

            // the first request reads the window from the files
            System.out.printf("summary_bytes=%d%n", get(client, base.resolve("/api/summary")));
            double[] latencies = concurrent(client, base.resolve("/api/summary"), clients, requests);
            System.out.printf("summary_clients=%d summary_requests=%d summary_ms_p50=%.1f summary_ms_p99=%.1f"
                    + " summary_ms_max=%.1f%n", clients, latencies.length, percentile(latencies, 0.5),
                    percentile(latencies, 0.99), max(latencies));
        }
        metrics.stopped();
    }

    /** {@code clients} threads, each sending {@code requests} requests back to back; every request's latency. */
    private static double[] concurrent(HttpClient client, URI uri, int clients, int requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<double[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                go.await();
                double[] out = new double[requests];
                for (int i = 0; i < requests; i++) {
                    long t0 = System.nanoTime();
                    // the body is read and dropped: a hundred clients' copies are theirs, not the monitor's memory
                    HttpResponse<Void> r = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120))
                            .build(), HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(uri + ": " + r.statusCode());
                    }
                    out[i] = ms(t0);
                }
                return out;
            }));
        }
        go.countDown();
        double[] all = new double[clients * requests];
        for (int c = 0; c < clients; c++) {
            System.arraycopy(futures.get(c).get(), 0, all, c * requests, requests);
        }
        pool.shutdown();
        return all;
    }

    private static int get(HttpClient client, URI uri) throws Exception {
        HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(uri + ": " + r.statusCode() + " " + new String(r.body()));
        }
        return r.body().length;
    }

    private static CycleReport cycle(FleetModel fleet, long at, long n) {
        List<Outcome> outcomes = new ArrayList<>(fleet.miners());
        for (int m = 0; m < fleet.miners(); m++) {
            Sample s = fleet.sample(m, at);
            outcomes.add(new Outcome(new MinerEndpoint("127.0.0.1", 20_000 + m, s.alias(), MinerKind.BITAXE), s,
                    Judgement.of()));
        }
        return new CycleReport(n, Instant.ofEpochSecond(at), outcomes, fleet.miners(), 0, null, null, 0, List.of());
    }

    private static long lines(byte[] text) {
        long n = 0;
        for (byte b : text) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }

    private static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double median(double[] v) {
        return percentile(v, 0.5);
    }

    private static double percentile(double[] v, double p) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p * s.length) - 1)];
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(Double.NaN);
    }
}
