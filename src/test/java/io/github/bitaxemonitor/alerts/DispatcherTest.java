package io.github.bitaxemonitor.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.testing.TestClock;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Delivery off the collector thread: a hung notifier delays only itself, a failing one becomes an event. */
class DispatcherTest {
    @TempDir
    Path dir;

    /** Blocks every send until released, as a webhook whose server accepted and never answered. */
    static final class Hung implements Notifier {
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public String name() {
            return "hung";
        }

        @Override
        public void send(Alert alert) throws InterruptedException {
            release.await();
        }
    }

    @Test
    void aHungNotifierNeverDelaysTheCycleNorTheOthers() throws Exception {
        Hung hung = new Hung();
        CountDownLatch delivered = new CountDownLatch(2);
        List<String> got = new CopyOnWriteArrayList<>();
        Notifier fast = new Notifier() {
            @Override
            public String name() {
                return "fast";
            }

            @Override
            public void send(Alert alert) {
                got.add(alert.title());
                delivered.countDown();
            }
        };
        try (Dispatcher d = new Dispatcher(List.of(hung, fast), new EventLog(dir.resolve("events.jsonl")),
                new TestClock(NotifiersTest.ALERT.time()), Duration.ofMillis(1), p -> { })) {
            long t0 = System.nanoTime();
            d.deliver(NotifiersTest.ALERT);
            d.deliver(NotifiersTest.ALERT);
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofMillis(200));
            assertThat(delivered.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(got).hasSize(2);
            hung.release.countDown();
        }
    }

    @Test
    void aNotifierThatKeepsFailingIsRetriedThenLoggedAsAnEvent() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        CountDownLatch reported = new CountDownLatch(1);
        List<String> problems = new ArrayList<>();
        Notifier broken = new Notifier() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public void send(Alert alert) throws IOException {
                attempts.incrementAndGet();
                throw new IOException("HTTP 500");
            }
        };
        Path log = dir.resolve("events.jsonl");
        try (Dispatcher d = new Dispatcher(List.of(broken), new EventLog(log),
                new TestClock(NotifiersTest.ALERT.time()), Duration.ofMillis(1), p -> {
                    synchronized (problems) {
                        problems.add(p);
                    }
                    reported.countDown();
                })) {
            d.deliver(NotifiersTest.ALERT);
            assertThat(reported.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(attempts.get()).isEqualTo(Dispatcher.ATTEMPTS);
        assertThat(problems).singleElement().asString().contains("broken could not deliver HOT for gamma-1")
                .contains("HTTP 500");
        List<EventLog.Event> events = EventLog.read(log);
        assertThat(events).extracting(EventLog.Event::event).containsExactly("alert", "delivery_failed");
        assertThat(events.get(1).error()).isEqualTo("after 3 attempts: HTTP 500");
        assertThat(events.get(1).notifier()).isEqualTo("broken");
    }
}
