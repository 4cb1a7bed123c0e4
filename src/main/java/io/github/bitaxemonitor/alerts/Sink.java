package io.github.bitaxemonitor.alerts;

/** Where the engine's decisions go: delivered to the notifiers, or only logged (muted, quiet hours). */
interface Sink {
    void deliver(Alert alert);

    /** Logs the alert as held back, with why, and delivers it nowhere. */
    void hold(Alert alert, String why);
}
