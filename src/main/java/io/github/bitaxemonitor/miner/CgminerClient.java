package io.github.bitaxemonitor.miner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.bitaxemonitor.miner.PollResult.Kind;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.Reading;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * CGMiner-style JSON over TCP (Antminer, BOSminer, Whatsminer, Avalon). One poll is a short conversation, one command
 * per connection after the first (Avalon controllers serve one at a time): {@code summary+stats} combined where the
 * firmware takes it (a miner that refuses is remembered and asked one command at a time), {@code version} (kept for a
 * while: it changes only with a firmware update; Whatsminer's {@code get_version} where {@code version} is refused),
 * then whatever the recognised vendor still needs ({@link CgminerVendor#missing}). A device that answers only some
 * commands still gives a row from what answered; only a miner that answers neither summary nor stats fails. The
 * timeout bounds the whole attempt, every connection together.
 */
final class CgminerClient implements MinerClient {
    static final String COMBINED = "summary+stats";
    /** How long a version reply is reused before it is asked again. */
    private static final long VERSION_TTL_NANOS = TimeUnit.MINUTES.toNanos(15);
    /** Rounds of vendor follow-ups per poll; each round may recognise the vendor better. */
    private static final int MAX_ROUNDS = 3;

    private final ClientSettings settings;
    private final Retrying retrying;
    private final Clock clock;
    private final ExecutorService executor;
    private final CgminerSocket socket;
    private final MinerLanes lanes;
    private final ConcurrentHashMap<String, Dialect> dialects = new ConcurrentHashMap<>();

    /** What the client learned about one address's firmware. Written by that address's one poll at a time. */
    private static final class Dialect {
        volatile boolean singleCommandsOnly;
        volatile String versionCommand = "version";
        volatile JsonNode version;
        /** When version was last asked (answered or not); 0 = never. */
        volatile long versionAt;
        /** Follow-up commands this firmware answered with an error: not asked again. */
        final Set<String> refused = ConcurrentHashMap.newKeySet();
    }

    CgminerClient(ClientSettings settings, Retrying retrying, Clock clock, MinerLanes lanes) {
        this.settings = settings;
        this.lanes = lanes;
        this.retrying = retrying;
        this.clock = clock;
        this.executor = DaemonPool.fixed("cgminer-poll", 2);
        this.socket = new CgminerSocket(executor);
    }

    @Override
    public CompletableFuture<PollResult> poll(MinerEndpoint endpoint, int retries) {
        return lanes.poll(endpoint, () -> retrying.run(Math.min(retries, settings.retries()), executor, () -> attempt(endpoint)));
    }

    private CompletableFuture<PollResult> attempt(MinerEndpoint endpoint) {
        long started = System.nanoTime();
        Conversation c = new Conversation(endpoint, started + settings.timeout().toNanos(),
                dialects.computeIfAbsent(endpoint.address(), a -> new Dialect()));
        return c.run().handle((reading, thrown) -> {
            long latency = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            return thrown == null ? new PollResult.Success(reading, latency)
                    : Failures.from(thrown, latency, settings.timeout().toMillis());
        });
    }

    /** One poll's exchanges with one miner. */
    private final class Conversation {
        private final MinerEndpoint endpoint;
        private final long deadlineNanos;
        private final Dialect dialect;
        private final CgminerReplies replies = new CgminerReplies();
        private final Set<String> asked = new HashSet<>();
        private final List<String> notes = new ArrayList<>();
        /** The first transport failure of summary or stats: what the poll failed of when neither answered. */
        private Throwable coreFailure;

        Conversation(MinerEndpoint endpoint, long deadlineNanos, Dialect dialect) {
            this.endpoint = endpoint;
            this.deadlineNanos = deadlineNanos;
            this.dialect = dialect;
        }

        CompletableFuture<Reading> run() {
            return core().thenCompose(ignored -> version()).thenCompose(ignored -> followUps(0))
                    .thenApply(ignored -> reading());
        }

        /** summary and stats; fails only when neither answered. */
        private CompletableFuture<Void> core() {
            CompletableFuture<Void> got = dialect.singleCommandsOnly ? singles()
                    : ask(COMBINED).exceptionallyCompose(thrown -> {
                        // some firmware answers a combined command by closing or with garbage: try it the old way
                        if (Failures.from(thrown, 0, 0).kind() != Kind.BAD_REPLY) {
                            return CompletableFuture.failedFuture(thrown);
                        }
                        return CompletableFuture.completedFuture(MissingNode.getInstance());
                    }).thenCompose(root -> {
                        JsonNode summary = root.path("summary").path(0);
                        JsonNode stats = root.path("stats").path(0);
                        if (CgminerReplies.error(root) == null && (summary.isObject() || stats.isObject())) {
                            keep("summary", summary);
                            keep("stats", stats);
                            return CompletableFuture.completedFuture(null);
                        }
                        dialect.singleCommandsOnly = true;
                        return singles();
                    });
            return got.thenRun(() -> {
                if (replies.isEmpty()) {
                    throw new CompletionException(coreFailure != null ? coreFailure
                            : new PollException(Kind.BAD_REPLY, "refused both summary and stats ("
                                    + String.join("; ", notes) + ")"));
                }
            });
        }

        /**
         * summary, then stats; a refused summary still asks for stats, but a summary that found nobody listening
         * (refused, reset, timed out) ends the poll: stats would only spend the rest of the time the same way.
         */
        private CompletableFuture<Void> singles() {
            return optional("summary").thenCompose(failure -> {
                if (failure != null) {
                    coreFailure = failure;
                    return CompletableFuture.completedFuture(null);
                }
                return optional("stats").thenAccept(f -> coreFailure = coreFailure != null ? coreFailure : f);
            });
        }

        /** version, else get_version; whichever answered (or that neither did) is reused for a while. */
        private CompletableFuture<Void> version() {
            if (dialect.versionAt != 0 && System.nanoTime() - dialect.versionAt < VERSION_TTL_NANOS) {
                if (dialect.version != null) {
                    replies.put(dialect.versionCommand, dialect.version);
                }
                return CompletableFuture.completedFuture(null);
            }
            return optional("version").thenCompose(ignored -> replies.has("version")
                    ? CompletableFuture.<Throwable>completedFuture(null) : optional("get_version"))
                    .thenRun(() -> {
                        String answered = replies.has("version") ? "version" : replies.has("get_version")
                                ? "get_version" : null;
                        dialect.version = answered == null ? null : replies.reply(answered);
                        dialect.versionCommand = answered == null ? "version" : answered;
                        dialect.versionAt = System.nanoTime();
                    });
        }

        /** Asks what the recognised vendor still needs, then looks again (an Avalon is only known after estats). */
        private CompletableFuture<Void> followUps(int round) {
            Deque<String> todo = new ArrayDeque<>();
            for (String c : CgminerVendor.of(replies).missing(replies)) {
                if (!asked.contains(c) && !dialect.refused.contains(c)) {
                    todo.add(c);
                }
            }
            if (todo.isEmpty() || round >= MAX_ROUNDS) {
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<Throwable> chain = CompletableFuture.completedFuture(null);
            for (String c : todo) {
                chain = chain.thenCompose(ignored -> optional(c)).thenApply(failure -> {
                    if (failure == null && !replies.has(c)) {
                        dialect.refused.add(c);
                    }
                    return failure;
                });
            }
            return chain.thenCompose(ignored -> followUps(round + 1));
        }

        private Reading reading() {
            return CgminerVendor.read(replies, clock.instant(), notes);
        }

        /**
         * Asks one command; a refusal or a lost connection is noted and the poll goes on with what it has.
         *
         * @return the transport failure (nothing usable came back), or null when the miner answered, even "no"
         */
        private CompletableFuture<Throwable> optional(String command) {
            asked.add(command);
            return ask(command).handle((root, thrown) -> {
                if (thrown != null) {
                    notes.add(command + ": " + Failures.from(thrown, 0, settings.timeout().toMillis()).detail());
                    return thrown;
                }
                String refused = CgminerReplies.error(root);
                if (refused != null) {
                    notes.add(command + " refused: " + refused);
                } else {
                    replies.put(command, root);
                }
                return null;
            });
        }

        private void keep(String command, JsonNode reply) {
            if (reply.isObject() && CgminerReplies.error(reply) == null) {
                replies.put(command, reply);
            }
        }

        /** One exchange, given whatever is left of the attempt's time. */
        private CompletableFuture<JsonNode> ask(String command) {
            long leftMs = TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
            if (leftMs <= 0) {
                return CompletableFuture.failedFuture(new TimeoutException());
            }
            String json = "{\"command\":\"" + command + "\"}";
            return socket.exchange(endpoint.host(), endpoint.port(), json, leftMs, settings.maxReplyBytes())
                    .thenApply(bytes -> {
                        try {
                            return CgminerJson.parse(bytes);
                        } catch (PollException e) {
                            throw new CompletionException(e);
                        }
                    });
        }
    }

    @Override
    public void close() {
        socket.close();
        executor.shutdownNow();
    }
}
