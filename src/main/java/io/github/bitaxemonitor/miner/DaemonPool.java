package io.github.bitaxemonitor.miner;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Small thread pools whose threads never keep the JVM alive (a forgotten close must not hang the monitor's exit). */
final class DaemonPool {
    private DaemonPool() {
    }

    static ExecutorService fixed(String name, int threads) {
        return Executors.newFixedThreadPool(threads, factory(name));
    }

    static ThreadFactory factory(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
