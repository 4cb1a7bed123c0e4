package io.github.bitaxemonitor.e2e;

import io.github.bitaxemonitor.collect.Backends;
import io.github.bitaxemonitor.collect.Monitor;
import io.github.bitaxemonitor.config.ConfigLoader;
import io.github.bitaxemonitor.config.MonitorConfig;
import io.github.bitaxemonitor.serve.ServeSettings;
import io.github.bitaxemonitor.serve.Serving;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A running monitor on a config file, serving /metrics and /api/ on a free 127.0.0.1 port, as MonitorCommand does. */
final class ServedMonitor implements AutoCloseable {
    private final Monitor monitor;
    private final Serving serving;
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private final StringWriter log = new StringWriter();

    ServedMonitor(Path config) throws IOException {
        MonitorConfig cfg = ConfigLoader.load(config).withServe(new ServeSettings("127.0.0.1", 0, null));
        PrintWriter w = new PrintWriter(log, true);
        monitor = new Monitor(cfg, config, Backends.production(), Clock.systemUTC(), w, w, true);
        serving = Serving.start(cfg, Clock.systemUTC(), null);
        monitor.addListener(serving);
        Thread t = new Thread(() -> {
            try {
                exit.complete(monitor.runForever());
            } catch (Throwable e) {
                exit.completeExceptionally(e);
            }
        }, "served-monitor");
        t.start();
    }

    /** host:port of its listener. */
    String target() {
        return "127.0.0.1:" + serving.address().getPort();
    }

    /** Stops it as a signal would; its exit code. */
    int stop() throws Exception {
        monitor.stop();
        return exit.get(60, TimeUnit.SECONDS);
    }

    String log() {
        return log.toString();
    }

    @Override
    public void close() throws Exception {
        if (!exit.isDone()) {
            stop();
        }
    }
}
