package io.github.bitaxemonitor.miner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;

class RetryingTest {
    private final Retrying retrying = new Retrying(Duration.ofMillis(100), Duration.ofMillis(1000));

    @RepeatedTest(20)
    void backoffDoublesPerRetryWithinHalfToOneAndAHalfTimesAndIsCapped() {
        assertThat(retrying.backoffMillis(0)).isBetween(50L, 150L);
        assertThat(retrying.backoffMillis(1)).isBetween(100L, 300L);
        assertThat(retrying.backoffMillis(2)).isBetween(200L, 600L);
        assertThat(retrying.backoffMillis(10)).isBetween(500L, 1500L);
        assertThat(retrying.backoffMillis(1000)).isBetween(500L, 1500L);
    }
}
