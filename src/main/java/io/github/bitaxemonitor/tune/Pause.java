package io.github.bitaxemonitor.tune;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark's waits, and its stop: a wait ends early when {@link #stop()} is called (Ctrl-C, SIGTERM, an
 * error elsewhere). Tests give a pause that advances a simulated clock instead of waiting.
 */
public interface Pause {
    /** Waits; false when stopped (now or before). */
    boolean await(Duration d);

    void stop();

    boolean stopped();

    /** Real time, ended early by a latch. */
    static Pause realTime() {
        CountDownLatch stop = new CountDownLatch(1);
        return new Pause() {
            @Override
            public boolean await(Duration d) {
                try {
                    return !stop.await(d.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stop.countDown();
                    return false;
                }
            }

            @Override
            public void stop() {
                stop.countDown();
            }

            @Override
            public boolean stopped() {
                return stop.getCount() == 0;
            }
        };
    }
}
