package io.github.bitaxemonitor.miner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.model.Reading;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
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

    /** A reading seen as the row it would give (address and status are placeholders), for field assertions. */
    static Sample row(PollResult.Success success) {
        return row(success.reading());
    }

    static Sample row(Reading reading) {
        return Sample.builder().timestamp(reading.arrived()).address("reading").status(Status.ONLINE)
                .readings(reading).build();
    }

    static PollResult.Success reading(CompletableFuture<PollResult> poll) {
        PollResult result = await(poll);
        assertThat(result).isInstanceOf(PollResult.Success.class);
        return (PollResult.Success) result;
    }
}
