package io.github.bitaxemonitor.miner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.bitaxemonitor.miner.PollResult.Kind;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * CGMiner-style JSON over TCP (Antminer, Whatsminer, Avalon). Asks for {@code summary+stats} in one connection; a
 * miner that rejects combined commands is remembered and asked {@code summary}, then {@code stats}, one connection
 * after the other (Avalon controllers serve one at a time). The timeout bounds the whole attempt, all of its
 * connections together.
 */
final class CgminerClient implements MinerClient {
    static final String COMBINED = "{\"command\":\"summary+stats\"}";
    static final String SUMMARY = "{\"command\":\"summary\"}";
    static final String STATS = "{\"command\":\"stats\"}";

    private final ClientSettings settings;
    private final Retrying retrying;
    private final Clock clock;
    private final ExecutorService executor;
    private final CgminerSocket socket;
    private final OnePerEndpoint inFlight = new OnePerEndpoint();
    /** Addresses whose firmware rejected a combined command; asked one command at a time from then on. */
    private final Set<String> singleCommandOnly = ConcurrentHashMap.newKeySet();

    CgminerClient(ClientSettings settings, Retrying retrying, Clock clock) {
        this.settings = settings;
        this.retrying = retrying;
        this.clock = clock;
        this.executor = DaemonPool.fixed("cgminer-poll", 2);
        this.socket = new CgminerSocket(executor);
    }

    @Override
    public CompletableFuture<PollResult> poll(MinerEndpoint endpoint) {
        return inFlight.run(endpoint, () -> retrying.run(settings.retries(), executor, () -> attempt(endpoint)));
    }

    private CompletableFuture<PollResult> attempt(MinerEndpoint endpoint) {
        long started = System.nanoTime();
        long deadline = started + settings.timeout().toNanos();
        CompletableFuture<CgminerReply> reply = singleCommandOnly.contains(endpoint.address())
                ? singles(endpoint, deadline)
                : ask(endpoint, COMBINED, deadline).thenCompose(root -> {
                    CgminerReply combined = CgminerReply.combined(root);
                    if (CgminerReply.error(root) == null && combined.hasData()) {
                        return CompletableFuture.completedFuture(combined);
                    }
                    singleCommandOnly.add(endpoint.address());
                    return singles(endpoint, deadline);
                });
        return reply.handle((r, thrown) -> {
            long latency = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            return thrown == null ? new PollResult.Reading(sample(r, endpoint, latency), latency)
                    : Failures.from(thrown, latency, settings.timeout().toMillis());
        });
    }

    /** summary is required; stats only adds detail, so a miner that refuses it still gives a reading. */
    private CompletableFuture<CgminerReply> singles(MinerEndpoint endpoint, long deadline) {
        return ask(endpoint, SUMMARY, deadline).thenCompose(summary -> {
            String error = CgminerReply.error(summary);
            if (error != null) {
                throw new CompletionException(new PollException(Kind.BAD_REPLY, "summary refused: " + error));
            }
            return ask(endpoint, STATS, deadline)
                    .handle((stats, thrown) -> thrown == null && CgminerReply.error(stats) == null
                            ? stats : MissingNode.getInstance())
                    .thenApply(stats -> CgminerReply.of(summary, stats));
        });
    }

    /** One exchange, given whatever is left of the attempt's time. */
    private CompletableFuture<JsonNode> ask(MinerEndpoint endpoint, String command, long deadlineNanos) {
        long leftMs = TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
        if (leftMs <= 0) {
            return CompletableFuture.failedFuture(new TimeoutException());
        }
        return socket.exchange(endpoint.host(), endpoint.port(), command, leftMs, settings.maxReplyBytes())
                .thenApply(bytes -> {
                    try {
                        return CgminerJson.parse(bytes);
                    } catch (PollException e) {
                        throw new CompletionException(e);
                    }
                });
    }

    private Sample sample(CgminerReply reply, MinerEndpoint endpoint, long latencyMs) {
        CgminerVendor vendor = CgminerVendor.of(reply);
        Sample.Builder b = Sample.builder()
                .timestamp(clock.instant()).address(endpoint.address()).status(Status.ONLINE)
                .pollLatencyMs(latencyMs).deviceFamily(vendor.family());
        GenericCgminerMapping.common(reply.summary(), b);
        vendor.fill(reply, b);
        return b.build();
    }

    @Override
    public void close() {
        socket.close();
        executor.shutdownNow();
    }
}
