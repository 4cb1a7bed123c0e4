package io.github.bitaxemonitor.serve;

import io.github.bitaxemonitor.collect.CycleListener;
import io.github.bitaxemonitor.collect.CycleReport;
import io.github.bitaxemonitor.config.MonitorConfig;
import io.github.bitaxemonitor.export.api.ApiRoutes;
import io.github.bitaxemonitor.export.api.EventLog;
import io.github.bitaxemonitor.export.metrics.MonitorMetrics;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Map;

/**
 * {@code /metrics} and the REST API of a running monitor, as one observer of its cycles: each finished cycle is handed
 * to the exposition (and through it to the API); stopping the monitor closes the listener.
 */
public final class Serving implements CycleListener {
    private final MonitorMetrics metrics;
    private final HttpListener listener;
    private final ServeSettings settings;

    private Serving(MonitorMetrics metrics, HttpListener listener, ServeSettings settings) {
        this.metrics = metrics;
        this.listener = listener;
        this.settings = settings;
    }

    /**
     * Binds {@code config.serve()} and starts serving (before the first cycle: {@code /api/health} then says
     * "starting").
     *
     * @param events the alerts' event log for {@code /api/events}; null until alerts are configured
     * @throws IOException when the address cannot be bound
     */
    public static Serving start(MonitorConfig config, Clock clock, EventLog events) throws IOException {
        ServeSettings s = config.serve();
        MonitorMetrics metrics = new MonitorMetrics(clock);
        ApiRoutes api = new ApiRoutes(metrics.lastCycle(), config.csvPath(), config.pollInterval(), clock, events);
        HttpListener listener = HttpListener.start(s, Map.of("/metrics", metrics.handler(), "/api/", api));
        return new Serving(metrics, listener, s);
    }

    /** The bound address (the real port when 0 was asked for). */
    public InetSocketAddress address() {
        return listener.address();
    }

    /** The start-up line: where, and who may ask. */
    public String describe() {
        InetSocketAddress a = listener.address();
        String where = "http://" + (settings.host().indexOf(':') >= 0 ? "[" + settings.host() + "]" : settings.host())
                + ":" + a.getPort();
        return "metrics: " + where + "/metrics and " + where + "/api/ ("
                + (settings.token() == null ? "loopback only, no token"
                : (settings.isLoopback() ? "loopback" : "listening beyond this machine on " + settings.display())
                + ": every request needs the " + settings.token()) + ")";
    }

    @Override
    public void cycleCompleted(CycleReport report) {
        metrics.cycleCompleted(report);
    }

    @Override
    public void stopped() {
        try {
            metrics.stopped();
        } finally {
            listener.close();
        }
    }
}
