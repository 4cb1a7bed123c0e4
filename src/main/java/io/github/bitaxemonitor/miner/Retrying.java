package io.github.bitaxemonitor.miner;

import io.github.bitaxemonitor.miner.PollResult.Kind;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Repeats a failed attempt up to {@code retries} times, waiting {@code base * 2^n} (capped) with +-50 % jitter in
 * between, so a fleet that failed together does not retry in lock-step. Waiting uses a delayed executor: no thread
 * sleeps. REFUSED is final: the miner answered "no", and asking again
 * changes nothing.
 *
 * @param base first backoff, positive
 * @param max  longest backoff, at least {@code base}
 */
record Retrying(Duration base, Duration max) {
    static final Retrying DEFAULT = new Retrying(Duration.ofMillis(250), Duration.ofSeconds(2));

    CompletableFuture<PollResult> run(int retries, Executor executor, Supplier<CompletableFuture<PollResult>> attempt) {
        return attempt(0, retries, executor, attempt);
    }

    private CompletableFuture<PollResult> attempt(int done, int retries, Executor executor,
                                                  Supplier<CompletableFuture<PollResult>> attempt) {
        return attempt.get().thenCompose(result -> {
            if (done >= retries || !worthRetrying(result)) {
                return CompletableFuture.completedFuture(result);
            }
            Executor later = CompletableFuture.delayedExecutor(backoffMillis(done), TimeUnit.MILLISECONDS, executor);
            return CompletableFuture.supplyAsync(() -> null, later)
                    .thenCompose(ignored -> attempt(done + 1, retries, executor, attempt));
        });
    }

    private static boolean worthRetrying(PollResult result) {
        return result instanceof PollResult.Failure f && f.kind() != Kind.REFUSED;
    }

    long backoffMillis(int retriesDone) {
        long ideal = Math.min(max.toMillis(), base.toMillis() << Math.min(retriesDone, 20));
        return Math.max(1, Math.round(ideal * (0.5 + ThreadLocalRandom.current().nextDouble())));
    }
}
