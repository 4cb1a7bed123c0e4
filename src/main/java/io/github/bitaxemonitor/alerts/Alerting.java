package io.github.bitaxemonitor.alerts;

import io.github.bitaxemonitor.collect.CycleListener;
import io.github.bitaxemonitor.collect.CycleReport;
import java.io.IOException;
import java.time.Clock;
import java.util.function.Consumer;

/** The monitor's alerting as one observer of its cycles: the engine decides, the dispatcher delivers. */
public final class Alerting implements CycleListener {
    private final AlertEngine engine;
    private final Dispatcher dispatcher;

    private Alerting(AlertEngine engine, Dispatcher dispatcher) {
        this.engine = engine;
        this.dispatcher = dispatcher;
    }

    /**
     * @param problems receives one line for each thing that went wrong (state not saved, delivery failed)
     * @throws IOException when the state file exists but cannot be read
     */
    public static Alerting start(AlertSettings settings, Clock clock, Consumer<String> problems) throws IOException {
        EventLog log = new EventLog(settings.eventsLog());
        Dispatcher d = new Dispatcher(Notifiers.create(settings.notifiers()), log, clock, Dispatcher.FIRST_PAUSE,
                problems);
        try {
            return new Alerting(new AlertEngine(settings, d, problems), d);
        } catch (IOException e) {
            d.close();
            throw e;
        }
    }

    @Override
    public void cycleCompleted(CycleReport report) {
        engine.cycleCompleted(report);
    }

    @Override
    public void stopped() {
        dispatcher.close();
    }
}
