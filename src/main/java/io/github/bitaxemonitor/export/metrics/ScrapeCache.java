package io.github.bitaxemonitor.export.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.prometheus.metrics.config.EscapingScheme;
import io.prometheus.metrics.exporter.common.PrometheusHttpExchange;
import io.prometheus.metrics.exporter.common.PrometheusHttpRequest;
import io.prometheus.metrics.exporter.common.PrometheusHttpResponse;
import io.prometheus.metrics.exporter.common.PrometheusScrapeHandler;
import io.prometheus.metrics.exporter.httpserver.MetricsHandler;
import io.prometheus.metrics.expositionformats.ExpositionFormats;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serves {@code /metrics} from the client library's own scrape handler, rendered once per cycle and format. The
 * exposition only changes when a cycle finishes, and at 10,000 miners writing it costs about a second of CPU for
 * 50 MB of text, so every scrape between two cycles gets the bytes of the first render: a scrape then costs a copy.
 * After each cycle the formats that scrapers asked for recently are rendered again on a background thread, so a
 * steady scraper (Prometheus every 15 s) never waits for a render at all.
 *
 * <p>A variant is what the library's content negotiation decides: the writer (Prometheus text, OpenMetrics,
 * protobuf), the name escaping, and gzip or not. Requests with a query string ({@code name[]=}, {@code debug=}) are
 * passed to the library's handler uncached. Renders run one at a time, whoever asks, so a flood of scrapes costs
 * the CPU of one render per cycle and variant, never one per request.
 */
final class ScrapeCache implements HttpHandler, AutoCloseable {
    /** A variant nobody asked for in this long is no longer rendered ahead. */
    private static final long PREFETCH_FOR_NANOS = TimeUnit.MINUTES.toNanos(10);

    private record Variant(String contentType, EscapingScheme escaping, boolean gzip) {
    }

    /** One render and the generation it was made for. */
    private record Entry(long generation, Recorded response) {
    }

    private record Recorded(int status, List<String[]> headers, byte[] body) {
    }

    private final LastCycle last;
    private final PrometheusScrapeHandler scrape;
    private final MetricsHandler uncached;
    private final ExpositionFormats formats = ExpositionFormats.init();
    private final Map<Variant, Entry> cache = new ConcurrentHashMap<>();
    /** Per variant, the request that first asked for it (re-used to render it ahead) and when it was last asked. */
    private final Map<Variant, Asked> asked = new ConcurrentHashMap<>();
    private final ReentrantLock renderLock = new ReentrantLock();
    private final Semaphore uncachedRenders = new Semaphore(1);
    private final ExecutorService ahead = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "metrics-render");
        t.setDaemon(true);
        return t;
    });

    private record Asked(String accept, String acceptEncoding, long atNanos) {
    }

    ScrapeCache(PrometheusRegistry registry, LastCycle last) {
        this.last = last;
        this.scrape = new PrometheusScrapeHandler(registry);
        this.uncached = new MetricsHandler(registry);
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String query = ex.getRequestURI().getRawQuery();
            if (query != null && !query.isEmpty()) {
                serveUncached(ex);
                return;
            }
            String accept = ex.getRequestHeaders().getFirst("Accept");
            String encoding = ex.getRequestHeaders().getFirst("Accept-Encoding");
            Variant v = variant(accept, encoding);
            asked.put(v, new Asked(accept, encoding, System.nanoTime()));
            Recorded r = get(v, accept, encoding);
            for (String[] h : r.headers) {
                if (!h[0].equalsIgnoreCase("Content-Length")) { // the server sets it from the body
                    ex.getResponseHeaders().set(h[0], h[1]);
                }
            }
            boolean head = "HEAD".equals(ex.getRequestMethod());
            ex.sendResponseHeaders(r.status, head || r.body.length == 0 ? -1 : r.body.length);
            if (!head) {
                ex.getResponseBody().write(r.body);
            }
        }
    }

    /** A cycle finished: render again, in the background, what scrapers asked for lately. */
    void cycleCompleted() {
        long now = System.nanoTime();
        asked.entrySet().removeIf(e -> now - e.getValue().atNanos() > PREFETCH_FOR_NANOS);
        if (asked.isEmpty()) {
            return;
        }
        ahead.execute(() -> asked.forEach((v, a) -> {
            try {
                get(v, a.accept(), a.acceptEncoding());
            } catch (RuntimeException e) {
                // the next scrape renders it itself, and answers 500 if it fails again
            }
        }));
    }

    @Override
    public void close() {
        ahead.shutdownNow();
    }

    private Variant variant(String accept, String encoding) {
        EscapingScheme escaping = EscapingScheme.fromAcceptHeader(accept);
        boolean gzip = encoding != null && encoding.toLowerCase(Locale.ROOT).contains("gzip");
        return new Variant(formats.findWriter(accept).getContentType(), escaping, gzip);
    }

    /**
     * The variant's response for the newest cycle: cached, or rendered now. A request that finds another render
     * running waits for it, and then usually finds its own variant rendered.
     */
    private Recorded get(Variant v, String accept, String encoding) {
        long generation = last.generation();
        Entry e = cache.get(v);
        if (e == null || e.generation < generation) {
            renderLock.lock();
            try {
                e = cache.get(v);
                generation = last.generation();
                if (e == null || e.generation < generation) {
                    e = new Entry(generation, render(accept, encoding));
                    cache.put(v, e);
                }
            } finally {
                renderLock.unlock();
            }
        }
        return e.response;
    }

    private Recorded render(String accept, String encoding) {
        Recording exchange = new Recording(accept, encoding);
        try {
            scrape.handleRequest(exchange);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Recorded(exchange.status, exchange.headers, exchange.body.toByteArray());
    }

    /** Filtered or debug scrapes: the library's handler on the real exchange, one at a time. */
    private void serveUncached(HttpExchange ex) throws IOException {
        try {
            uncachedRenders.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ex.sendResponseHeaders(503, -1);
            return;
        }
        try {
            uncached.handle(ex);
        } finally {
            uncachedRenders.release();
        }
    }

    /** A scrape whose response is kept in memory. */
    private static final class Recording implements PrometheusHttpExchange, PrometheusHttpRequest,
            PrometheusHttpResponse {
        private final String accept;
        private final String acceptEncoding;
        private final List<String[]> headers = new ArrayList<>();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream(64 * 1024);
        private int status = 500;

        Recording(String accept, String acceptEncoding) {
            this.accept = accept;
            this.acceptEncoding = acceptEncoding;
        }

        @Override
        public PrometheusHttpRequest getRequest() {
            return this;
        }

        @Override
        public PrometheusHttpResponse getResponse() {
            return this;
        }

        @Override
        public String getQueryString() {
            return null;
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            String v = name.equalsIgnoreCase("Accept") ? accept
                    : name.equalsIgnoreCase("Accept-Encoding") ? acceptEncoding : null;
            return Collections.enumeration(v == null ? List.of() : List.of(v));
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getRequestPath() {
            return "/metrics";
        }

        @Override
        public void setHeader(String name, String value) {
            headers.add(new String[] {name, value});
        }

        @Override
        public OutputStream sendHeadersAndGetBody(int statusCode, int contentLength) {
            status = statusCode;
            return body;
        }

        @Override
        public void handleException(IOException e) throws IOException {
            throw e;
        }

        @Override
        public void handleException(RuntimeException e) {
            throw e;
        }

        @Override
        public void close() {
        }
    }
}
