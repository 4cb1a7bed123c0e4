package io.github.bitaxemonitor.miner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bitaxemonitor.miner.PollResult.Kind;
import io.github.bitaxemonitor.model.MinerEndpoint;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * AxeOS: {@code GET /api/system/info} over one shared JDK HttpClient (HTTP/1.1, keep-alive, so each miner keeps one
 * reused connection). Each attempt is bounded from connect to the last body byte: {@code HttpRequest.timeout} only
 * covers the headers, so the whole exchange is also cut with {@code orTimeout}, which cancels the request.
 */
final class BitaxeClient implements MinerClient {
    static final String INFO_PATH = "/api/system/info";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ClientSettings settings;
    private final Retrying retrying;
    private final Clock clock;
    private final ExecutorService executor;
    private final HttpClient http;
    private final OnePerEndpoint inFlight = new OnePerEndpoint();

    BitaxeClient(ClientSettings settings, Retrying retrying, Clock clock) {
        this.settings = settings;
        this.retrying = retrying;
        this.clock = clock;
        this.executor = DaemonPool.fixed("bitaxe-http", 2);
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor)
                .build();
    }

    @Override
    public CompletableFuture<PollResult> poll(MinerEndpoint endpoint) {
        return inFlight.run(endpoint, () -> {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + endpoint.address() + INFO_PATH))
                    .timeout(settings.timeout())
                    .header("Accept", "application/json")
                    .GET()
                    .build();
            return retrying.run(settings.retries(), executor, () -> attempt(request, endpoint));
        });
    }

    private CompletableFuture<PollResult> attempt(HttpRequest request, MinerEndpoint endpoint) {
        long timeoutMs = settings.timeout().toMillis();
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<byte[]>> sent =
                http.sendAsync(request, CappedBody.handler(settings.maxReplyBytes()));
        return sent.thenApply(response -> {
                    long latency = millisSince(started);
                    return (PollResult) new PollResult.Reading(
                            AxeOsInfo.parse(object(response.body()), endpoint.address(), clock.instant(), latency),
                            latency);
                })
                .orTimeout(timeoutMs, TimeUnit.MILLISECONDS)
                .handle((result, thrown) -> {
                    if (thrown == null) {
                        return result;
                    }
                    // aborts the exchange and closes its connection, so a dribbling miner is not read on and on
                    sent.cancel(true);
                    return Failures.from(thrown, millisSince(started), timeoutMs);
                });
    }

    /** The reply must be one JSON object; anything else is BAD_REPLY (thrown through the future). */
    private static JsonNode object(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new CompletionException(
                    new PollException(Kind.BAD_REPLY, "malformed JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new CompletionException(e);
        }
        if (root == null || !root.isObject()) {
            throw new CompletionException(
                    new PollException(Kind.BAD_REPLY, "reply is not a JSON object"));
        }
        return root;
    }

    private static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
