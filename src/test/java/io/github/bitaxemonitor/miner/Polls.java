package io.github.bitaxemonitor.miner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Waits for a poll and checks the contract every poll keeps: the future completes, and never exceptionally. */
final class Polls {
    private Polls() {
    }

    static PollResult await(CompletableFuture<PollResult> poll) {
        PollResult result = poll.orTimeout(30, TimeUnit.SECONDS).exceptionally(t -> null).join();
        assertThat(poll).isNotCompletedExceptionally();
        assertThat(result).isNotNull();
        return result;
    }

    static PollResult.Failure failure(CompletableFuture<PollResult> poll) {
        PollResult result = await(poll);
        assertThat(result).isInstanceOf(PollResult.Failure.class);
        PollResult.Failure f = (PollResult.Failure) result;
        assertThat(f.detail()).isNotBlank().doesNotContainPattern("[\\x00-\\x1F\\x7F-\\x9F]");
        return f;
    }

    static PollResult.Reading reading(CompletableFuture<PollResult> poll) {
        PollResult result = await(poll);
        assertThat(result).isInstanceOf(PollResult.Reading.class);
        return (PollResult.Reading) result;
    }
}
