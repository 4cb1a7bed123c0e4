package io.github.bitaxemonitor.collect;

/**
 * Observes the collector: alerts, metrics export, heartbeat and the console line are listeners of the cycle rather
 * than code inside it. Listeners run on the collector thread after the cycle's write, in the order they were added;
 * each must return quickly (hand slow work, such as delivering a notification, to its own thread) and must not
 * throw: a listener that does is reported and skipped, and the collector goes on.
 */
public interface CycleListener {
    /** One cycle has been polled, judged and written (or its write failed: see {@link CycleReport#written()}). */
    void cycleCompleted(CycleReport report);

    /** The monitor is stopping; the last cycle has been reported. Release what the listener holds. */
    default void stopped() {
    }
}
