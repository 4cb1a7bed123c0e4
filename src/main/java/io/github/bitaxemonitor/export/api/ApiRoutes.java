package io.github.bitaxemonitor.export.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.bitaxemonitor.export.metrics.LastCycle;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.serve.JsonReply;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The read-only REST API under {@code /api/} (documented in {@code /api/openapi.json}). Everything about the present
 * comes from the newest cycle the collector handed over; history comes from the data files, one query at a time.
 * Every refusal is a JSON {@code {"error", "status"}} with the HTTP status that says why.
 */
public final class ApiRoutes implements HttpHandler {
    /** The most rows one {@code /api/metrics} answer carries (seed 004's API_MAX_LIMIT); more are cut to this. */
    public static final int MAX_LIMIT = 10_000;
    static final int DEFAULT_LIMIT = 500;
    /** The longest span one history query may cover: a year of one miner is a loop of requests, not one. */
    static final Duration MAX_SPAN = Duration.ofDays(31);
    /** How long a history query waits for the one running before it answers 503. */
    private static final long HISTORY_WAIT_MS = 2_000;
    private static final byte[] OPENAPI = openApi();

    private final LastCycle last;
    private final Duration pollInterval;
    private final Clock clock;
    private final SummaryDoc summary;
    private final History history;
    private final EventLog events;
    private final Semaphore historySlot = new Semaphore(1);

    /**
     * @param csvPath the monitor's {@code csv_path}: where summaries and history are read
     * @param events  the alerts' event log; null answers {@code /api/events} with 404 "alerts not configured"
     */
    public ApiRoutes(LastCycle last, Path csvPath, Duration pollInterval, Clock clock, EventLog events) {
        this.last = last;
        this.pollInterval = pollInterval;
        this.clock = clock;
        this.summary = new SummaryDoc(csvPath, last, clock);
        this.history = new History(csvPath);
        this.events = events;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try (ex) {
            try {
                route(ex, ex.getRequestURI().getRawPath(), ex.getRequestURI().getRawQuery());
            } catch (BadRequest e) {
                if (e.status() == 503) {
                    ex.getResponseHeaders().set("Retry-After", "1");
                }
                JsonReply.error(ex, e.status(), e.getMessage());
            }
        }
    }

    private void route(HttpExchange ex, String path, String query) throws IOException {
        switch (path) {
            case "/api/health" -> {
                Params.parse(query, Set.of());
                HealthDoc.Answer a = HealthDoc.of(last.get(), pollInterval, clock.instant());
                JsonReply.send(ex, a.status(), a.doc());
            }
            case "/api/summary" -> {
                Params.parse(query, Set.of());
                String doc = summary.render();
                if (doc == null) {
                    throw new BadRequest(503, "no data yet: the monitor has written no row");
                }
                JsonReply.send(ex, 200, doc);
            }
            case "/api/miners", "/api/miners/" -> {
                Params.parse(query, Set.of());
                JsonReply.send(ex, 200, MinersDoc.all(cycle()));
            }
            case "/api/metrics" -> metrics(ex, Params.parse(query, Set.of("miner", "since", "until", "limit")));
            case "/api/events" -> {
                Params p = Params.parse(query, Set.of("since", "limit"));
                if (events == null) {
                    throw new BadRequest(404, "alerts not configured: /api/events lists the alerts' events");
                }
                Instant now = clock.instant();
                JsonReply.send(ex, 200, events.events(p.instant("since", now.minus(Duration.ofDays(1)), now),
                        p.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT)));
            }
            case "/api/openapi.json" -> {
                Params.parse(query, Set.of());
                ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
                boolean head = "HEAD".equals(ex.getRequestMethod());
                ex.sendResponseHeaders(200, head ? -1 : OPENAPI.length);
                if (!head) {
                    ex.getResponseBody().write(OPENAPI);
                }
            }
            default -> {
                if (path.startsWith("/api/miners/")) {
                    Params.parse(query, Set.of());
                    String address = decodePath(path.substring("/api/miners/".length()));
                    ObjectNode doc = MinersDoc.one(cycle(), address);
                    if (doc == null) {
                        throw new BadRequest(404, "no miner '" + Params.show(address) + "' in the configuration");
                    }
                    JsonReply.send(ex, 200, doc);
                } else {
                    throw new BadRequest(404, "no such endpoint: see /api/openapi.json");
                }
            }
        }
    }

    private void metrics(HttpExchange ex, Params p) throws IOException {
        Instant now = clock.instant();
        Instant until = p.instant("until", now, now);
        Instant since = p.instant("since", until.minus(Duration.ofHours(1)), now);
        if (since.isAfter(until)) {
            throw BadRequest.of("since (" + since + ") is after until (" + until + ")");
        }
        if (Duration.between(since, until).compareTo(MAX_SPAN) > 0) {
            throw BadRequest.of("since to until spans more than " + MAX_SPAN.toDays() + " days: ask in pieces");
        }
        int limit = p.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        String miner = p.text("miner");
        History.Result r;
        try {
            if (!historySlot.tryAcquire(HISTORY_WAIT_MS, TimeUnit.MILLISECONDS)) {
                throw new BadRequest(503, "busy with another history query: retry in a second");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadRequest(503, "stopping");
        }
        try {
            r = history.query(miner, since, until, limit);
        } finally {
            historySlot.release();
        }
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        doc.put("miner", miner);
        doc.put("since", since.toString());
        doc.put("until", until.toString());
        doc.put("limit", limit);
        doc.put("max_limit", MAX_LIMIT);
        doc.put("count", r.rows().size());
        doc.put("truncated", r.truncated());
        // Rows are in time order: the next page starts after the last row returned.
        doc.put("next_since", r.truncated() && !r.rows().isEmpty()
                ? r.rows().get(r.rows().size() - 1).timestamp().toString() : null);
        ArrayNode rows = doc.putArray("rows");
        for (Sample s : r.rows()) {
            rows.add(RowJson.of(s));
        }
        JsonReply.send(ex, 200, doc);
    }

    private LastCycle.Published cycle() {
        LastCycle.Published p = last.get();
        if (p == null) {
            throw new BadRequest(503, "no cycle finished yet: the monitor is starting");
        }
        return p;
    }

    private static String decodePath(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw BadRequest.of("the miner address is not valid percent-encoding");
        }
    }

    private static byte[] openApi() {
        try (InputStream in = ApiRoutes.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
