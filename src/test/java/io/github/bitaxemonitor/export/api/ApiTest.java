package io.github.bitaxemonitor.export.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bitaxemonitor.collect.CycleReport;
import io.github.bitaxemonitor.export.metrics.Cycles;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.store.CsvSchema;
import io.github.bitaxemonitor.store.DataFiles;
import io.github.bitaxemonitor.store.SampleCsv;
import io.github.bitaxemonitor.text.HostileText;
import io.github.bitaxemonitor.view.FleetFeed;
import io.github.bitaxemonitor.view.data.DataSource;
import io.github.bitaxemonitor.view.fleet.FleetBudget;
import io.github.bitaxemonitor.view.summary.ReportContext;
import io.github.bitaxemonitor.view.summary.SummaryJson;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiTest {
    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private Path csv;
    private ApiHarness api;

    @BeforeEach
    void start() throws IOException {
        csv = dir.resolve("data/metrics.csv");
        Files.createDirectories(csv.getParent());
        api = new ApiHarness(csv, T0);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    /** Writes and hands over {@code cycles} cycles of 4 miners, 30 s apart, ending at the clock's time. */
    private List<CycleReport> cycles(int cycles) throws IOException {
        Path file = DataFiles.of(csv).file(LocalDate.of(2026, 3, 1), 0);
        if (!Files.exists(file)) {
            Files.writeString(file, CsvSchema.headerLine() + "\n");
        }
        List<CycleReport> out = new ArrayList<>();
        for (int c = 1; c <= cycles; c++) {
            api.clock.advance(Duration.ofSeconds(30));
            CycleReport r = Cycles.fleet(4, api.clock.instant(), c);
            StringBuilder sb = new StringBuilder();
            // as the store writes them: text from miners is sanitised before it is stored
            r.samples().forEach(s -> SampleCsv.appendRow(s.toBuilder().alias(HostileText.sanitize(s.alias()))
                    .hostname(HostileText.sanitize(s.hostname())).build(), sb));
            Files.writeString(file, sb, StandardOpenOption.APPEND);
            api.metrics.cycleCompleted(r);
            out.add(r);
        }
        return out;
    }

    private JsonNode json(HttpResponse<String> r) throws IOException {
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        return JSON.readTree(r.body());
    }

    @Test
    void healthSaysStartingThenOkThenStale() throws Exception {
        HttpResponse<String> r = api.get("/api/health");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(json(r).get("status").asText()).isEqualTo("starting");
        cycles(2);
        r = api.get("/api/health");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get("status").asText()).isEqualTo("ok");
        assertThat(json(r).get("cycle").asInt()).isEqualTo(2);
        api.clock.advance(Duration.ofMinutes(2));
        r = api.get("/api/health");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(json(r).get("status").asText()).isEqualTo("stale");
    }

    @Test
    void aFailedWriteMakesTheCollectorUnhealthy() throws Exception {
        api.clock.advance(Duration.ofSeconds(30));
        CycleReport ok = Cycles.fleet(2, api.clock.instant(), 1);
        api.metrics.cycleCompleted(new CycleReport(1, ok.started(), ok.outcomes(), 0, 0, null, "disk full", 2,
                List.of()));
        HttpResponse<String> r = api.get("/api/health");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(json(r).get("status").asText()).isEqualTo("write_failing");
        assertThat(json(r).get("write_error").asText()).isEqualTo("disk full");
        assertThat(json(r).get("held_rows").asInt()).isEqualTo(2);
    }

    @Test
    void summaryIsTheViewersJsonDocument() throws Exception {
        cycles(3);
        HttpResponse<String> r = api.get("/api/summary");
        assertThat(r.statusCode()).isEqualTo(200);
        FleetFeed feed = FleetFeed.open(DataSource.resolve(csv), Duration.ofHours(1), FleetBudget.forThisJvm());
        assertThat(r.body()).isEqualTo(SummaryJson.render(ReportContext.of(feed, api.clock.instant())));
        cycles(1);
        assertThat(json(api.get("/api/summary")).get("fleet").get("newest_row").asText())
                .isEqualTo(api.clock.instant().toString());
    }

    @Test
    void summaryBeforeAnyRowIsUnavailable() throws Exception {
        HttpResponse<String> r = api.get("/api/summary");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(json(r).get("error").asText()).startsWith("no data yet");
    }

    @Test
    void minersAreTheNewestCycleWithTheirConditions() throws Exception {
        cycles(2);
        JsonNode doc = json(api.get("/api/miners"));
        assertThat(doc.get("cycle").asInt()).isEqualTo(2);
        assertThat(doc.get("miners")).hasSize(4);
        JsonNode offline = doc.get("miners").get(2);
        assertThat(offline.get("status").asText()).isEqualTo("OFFLINE");
        assertThat(offline.get("conditions").get(0).get("text").asText()).isEqualTo("OFFLINE connection refused");
        assertThat(doc.get("miners").get(0).get("latest").get("hashrate_ghs").asDouble()).isEqualTo(1071.5);
        assertThat(doc.get("miners").get(1).get("name").asText()).isEqualTo(Cycles.HOSTILE);
    }

    @Test
    void hostileTextIsEscapedInTheRawAnswer() throws Exception {
        cycles(1);
        String body = api.get("/api/miners").body();
        assertThat(body).doesNotContain("\u001B").doesNotContain("\u202E").doesNotContain("\u0000")
                .contains("\\u001B[31mred\\u202Eabc");
    }

    @Test
    void oneMinerByItsAddress() throws Exception {
        cycles(1);
        JsonNode doc = json(api.get("/api/miners/127.0.0.1%3A40001"));
        assertThat(doc.get("miner").get("address").asText()).isEqualTo("127.0.0.1:40001");
        assertThat(api.get("/api/miners/127.0.0.1:40003").statusCode()).isEqualTo(200);
        HttpResponse<String> missing = api.get("/api/miners/127.0.0.1:9");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).get("error").asText()).isEqualTo("no miner '127.0.0.1:9' in the configuration");
    }

    @Test
    void minersBeforeTheFirstCycleAreUnavailable() throws Exception {
        assertThat(api.get("/api/miners").statusCode()).isEqualTo(503);
    }

    @Test
    void historyFiltersByMinerAndTimeAndPagesAtTheLimit() throws Exception {
        List<CycleReport> written = cycles(6);
        JsonNode all = json(api.get("/api/metrics?since=1h"));
        assertThat(all.get("count").asInt()).isEqualTo(24);
        assertThat(all.get("truncated").asBoolean()).isFalse();
        JsonNode one = json(api.get("/api/metrics?miner=127.0.0.1:40000&since=2026-03-01T12:01:00Z&limit=2"));
        assertThat(one.get("rows")).hasSize(2);
        assertThat(one.get("rows").findValuesAsText("address")).containsOnly("127.0.0.1:40000");
        assertThat(one.get("rows").get(0).get("timestamp_utc").asText()).isEqualTo("2026-03-01T12:01:00Z");
        assertThat(one.get("truncated").asBoolean()).isTrue();
        assertThat(one.get("next_since").asText()).isEqualTo("2026-03-01T12:01:30Z");
        Sample last = written.get(5).samples().get(0);
        JsonNode until = json(api.get("/api/metrics?miner=127.0.0.1:40000&until=2026-03-01T12:02:00Z"));
        assertThat(until.get("rows").findValuesAsText("timestamp_utc")).containsExactly("2026-03-01T12:00:30Z",
                "2026-03-01T12:01:00Z", "2026-03-01T12:01:30Z", "2026-03-01T12:02:00Z");
        assertThat(last.timestamp()).isAfter(Instant.parse("2026-03-01T12:02:00Z"));
    }

    @Test
    void aLimitAboveTheCapIsCutToIt() throws Exception {
        cycles(1);
        JsonNode doc = json(api.get("/api/metrics?limit=99999999"));
        assertThat(doc.get("limit").asInt()).isEqualTo(ApiRoutes.MAX_LIMIT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/metrics?limit=abc            | 400 | limit must be a whole number, not 'abc'",
            "/api/metrics?limit=0              | 400 | limit must be at least 1, not 0",
            "/api/metrics?limit=1&limit=2      | 400 | limit is given more than once",
            "/api/metrics?mnier=x              | 400 | unknown parameter 'mnier': expected limit, miner, since, until",
            "/api/metrics?since=yesterday      | 400 | since must be an instant such as 2026-03-01T12:00:00Z",
            "/api/metrics?since=2h&until=3h    | 400 | since (2026-03-01T10:00:00Z) is after until (2026-03-01T09:00:00Z)",
            "/api/metrics?since=60d            | 400 | since to until spans more than 31 days",
            "/api/metrics?until=2026-13-45T00:00:00Z | 400 | until must be an instant such as",
            "/api/health?verbose=1             | 400 | unknown parameter 'verbose': this endpoint takes none",
            "/api/events                       | 404 | alerts not configured",
            "/api/nothing                      | 404 | no such endpoint",
            "/elsewhere                        | 404 | no such endpoint",
    })
    void badRequestsGetAJsonErrorWithTheRightStatus(String target, int status, String message) throws Exception {
        HttpResponse<String> r = api.get(target);
        assertThat(r.statusCode()).isEqualTo(status);
        JsonNode e = json(r);
        assertThat(e.get("status").asInt()).isEqualTo(status);
        assertThat(e.get("error").asText()).startsWith(message);
    }

    @Test
    void hostileParameterValuesAreNotEchoedRaw() throws Exception {
        HttpResponse<String> r = api.get("/api/metrics?limit=%1B%5B2J%E2%80%AE");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).doesNotContain("\u001B").contains("\\\\x1B[2J\\\\u202E");
    }

    @Test
    void writesAreRefused() throws Exception {
        HttpResponse<String> r = api.client.send(HttpRequest.newBuilder(api.uri("/api/miners"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void anOverlongTargetIsRefused() throws Exception {
        HttpResponse<String> r = api.get("/api/metrics?miner=" + "a".repeat(5000));
        assertThat(r.statusCode()).isEqualTo(414);
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpoint() throws Exception {
        JsonNode doc = json(api.get("/api/openapi.json"));
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).containsExactlyInAnyOrder("/api/health", "/api/summary", "/api/miners",
                "/api/miners/{address}", "/api/metrics", "/api/events", "/api/openapi.json", "/metrics");
    }

    @Test
    void metricsAreServedOnTheSameListenerAndCachedPerCycle() throws Exception {
        cycles(1);
        HttpResponse<String> first = api.get("/metrics");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain; version=0.0.4");
        assertThat(first.body()).contains("bitaxe_fleet_miners 4.0");
        assertThat(api.get("/metrics").body()).isEqualTo(first.body());
        cycles(1);
        assertThat(api.get("/metrics").body()).contains("bitaxe_monitor_cycle_duration_seconds_count 2");
        HttpResponse<String> om = api.client.send(HttpRequest.newBuilder(api.uri("/metrics"))
                .header("Accept", "application/openmetrics-text; version=1.0.0; charset=utf-8").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(om.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/openmetrics-text");
        assertThat(om.body()).endsWith("# EOF\n");
        assertThat(api.get("/metrics?name[]=bitaxe_fleet_miners").body().lines().filter(l -> !l.startsWith("#")))
                .containsExactly("bitaxe_fleet_miners 4.0");
    }
}
