package io.github.bitaxemonitor.miner;

import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.Reading;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * A Bitaxe's own recent history ({@code /api/system/statistics}, AxeOS 2.8 and later), asked for in the miner's lane
 * like any action, so it never overlaps a poll. Rare (after the monitor was down), so the JDK HttpClient's cost per
 * request does not matter here as it does for polls.
 */
public final class AxeOsHistory implements AutoCloseable {
    static final String PATH = "/api/system/statistics?columns=" + AxeOsStatistics.COLUMNS;

    /**
     * What the device kept.
     *
     * @param readings oldest first, possibly empty
     * @param none     why there is nothing, in words, when nothing could be read; else null
     */
    public record Result(List<Reading> readings, String none) {
        public Result {
            readings = List.copyOf(readings);
        }

        static Result none(String why) {
            return new Result(List.of(), why);
        }
    }

    private final ClientSettings settings;
    private final MinerLanes lanes;
    private final Clock clock;
    private final ExecutorService executor = DaemonPool.fixed("axeos-history", 2);
    private final HttpClient http;

    public AxeOsHistory(ClientSettings settings, MinerLanes lanes, Clock clock) {
        this.settings = settings;
        this.lanes = lanes;
        this.clock = clock;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Never completes exceptionally: every way the read fails is a Result with {@code none} set. */
    public CompletableFuture<Result> read(MinerEndpoint endpoint) {
        long timeoutMs = settings.timeout().toMillis();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + endpoint.address() + PATH))
                .timeout(settings.timeout()).GET().build();
        return lanes.act(endpoint, timeoutMs * (settings.retries() + 3L),
                () -> http.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream()).thenApply(this::result))
                .handle((r, thrown) -> thrown == null ? r
                        : Result.none(Failures.from(thrown, 0, timeoutMs).detail()));
    }

    private Result result(HttpResponse<InputStream> reply) {
        try (InputStream body = reply.body()) {
            if (reply.statusCode() == 404) {
                return Result.none("this firmware keeps no history; AxeOS 2.8 or later does");
            }
            if (reply.statusCode() != 200) {
                return Result.none("the history answered HTTP " + reply.statusCode());
            }
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxReplyBytes() * 4 + 1));
            if (bytes.length > settings.maxReplyBytes() * 4) {
                return Result.none("the history is longer than " + settings.maxReplyBytes() * 4 + " bytes");
            }
            List<Reading> readings = AxeOsStatistics.parse(LenientJson.read(bytes, 0, bytes.length), clock.instant());
            return readings.isEmpty() ? Result.none("the history held no usable sample") : new Result(readings, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
