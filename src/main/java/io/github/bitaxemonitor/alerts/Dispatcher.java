package io.github.bitaxemonitor.alerts;

import io.github.bitaxemonitor.text.HostileText;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Delivers alerts off the collector thread: each notifier has its own bounded queue and thread, so a notifier that
 * hangs or is down delays only itself. Every alert is logged; a failed or dropped delivery is logged as an event of
 * its own, after retries with doubling pauses.
 */
public final class Dispatcher implements Sink, AutoCloseable {
    public static final int QUEUE_SIZE = 100;
    public static final int ATTEMPTS = 3;
    public static final Duration FIRST_PAUSE = Duration.ofSeconds(2);
    /** Per notifier: a flapping fleet must not get the owner's ntfy topic or bot rate-limited by the service. */
    public static final int PER_MINUTE = 20;

    private final EventLog log;
    private final Clock clock;
    private final Consumer<String> problems;
    private final Duration firstPause;
    private final List<Lane> lanes = new ArrayList<>();

    /**
     * @param firstPause the pause before the second attempt; each further pause doubles it
     * @param problems   receives one line when the events log cannot be written
     */
    public Dispatcher(List<Notifier> notifiers, EventLog log, Clock clock, Duration firstPause,
                      Consumer<String> problems) {
        this.log = log;
        this.clock = clock;
        this.firstPause = firstPause;
        this.problems = problems;
        for (Notifier n : notifiers) {
            Lane lane = new Lane(n);
            lanes.add(lane);
            lane.thread.start();
        }
    }

    /** Logs the alert and queues it for every notifier; never blocks. */
    @Override
    public void hold(Alert alert, String why) {
        logged(() -> log.delivery("held", alert, null, why, alert.time()));
    }

    @Override
    public void deliver(Alert alert) {
        logged(() -> log.alert(alert));
        for (Lane lane : lanes) {
            if (!lane.queue.offer(alert)) {
                logged(() -> log.delivery("dropped", alert, lane.notifier.name(), "queue of " + QUEUE_SIZE
                        + " full", clock.instant()));
            }
        }
    }

    /** Stops the threads; what is still queued is not delivered (the events log has it). */
    @Override
    public void close() {
        lanes.forEach(l -> l.thread.interrupt());
        for (Lane l : lanes) {
            try {
                l.thread.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private interface LogWrite {
        void run() throws IOException;
    }

    private void logged(LogWrite w) {
        try {
            w.run();
        } catch (IOException e) {
            problems.accept("alerts: cannot write the events log " + log.file() + ": " + e.getMessage());
        }
    }

    /** The one line a failure is reported as: its own message, or its type when it has none. */
    static String why(Exception e) {
        String m = e.getMessage();
        return HostileText.forTerminal(m == null || m.isBlank() ? e.getClass().getSimpleName() : m, 200);
    }

    private final class Lane implements Runnable {
        final Notifier notifier;
        final BlockingQueue<Alert> queue = new ArrayBlockingQueue<>(QUEUE_SIZE);
        final Thread thread;
        /** When the last alert's delivery started (System.nanoTime), for the rate limit; 0: none yet. */
        long lastSend;

        Lane(Notifier notifier) {
            this.notifier = notifier;
            this.thread = new Thread(this, "alerts-" + notifier.name());
            thread.setDaemon(true);
        }

        @Override
        public void run() {
            try {
                while (true) {
                    deliver(queue.take());
                }
            } catch (InterruptedException e) {
                // Stopping.
            }
        }

        private void deliver(Alert alert) throws InterruptedException {
            // The limit spaces alerts, not retries (they have their backoff); it sleeps, so it is measured in real
            // time, never on the injectable clock the events are stamped with.
            long wait = lastSend == 0 ? 0 : lastSend + TimeUnit.MINUTES.toNanos(1) / PER_MINUTE - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            lastSend = System.nanoTime();
            long pause = firstPause.toMillis();
            for (int attempt = 1; ; attempt++) {
                try {
                    notifier.send(alert);
                    return;
                } catch (InterruptedException e) {
                    throw e;
                } catch (Exception e) {
                    if (attempt == ATTEMPTS) {
                        String why = "after " + ATTEMPTS + " attempts: " + why(e);
                        logged(() -> log.delivery("delivery_failed", alert, notifier.name(), why, clock.instant()));
                        problems.accept("alerts: " + notifier.name() + " could not deliver " + alert.rule() + " for "
                                + alert.miner() + ": " + why);
                        return;
                    }
                    TimeUnit.MILLISECONDS.sleep(pause);
                    pause *= 2;
                }
            }
        }
    }
}
