package io.github.bitaxemonitor.alerts;

/** Delivers one alert somewhere. Called on the dispatcher's thread for this notifier, never on the collector's. */
public interface Notifier {
    /** How messages name it: the config's {@code name}, or its type. */
    String name();

    /**
     * Delivers the alert or throws saying why not, in one line that holds no secret.
     *
     * @throws Exception any failure; the dispatcher retries and finally logs it as an event
     */
    void send(Alert alert) throws Exception;
}
