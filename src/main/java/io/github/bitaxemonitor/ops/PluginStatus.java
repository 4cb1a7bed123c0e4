package io.github.bitaxemonitor.ops;

import io.github.bitaxemonitor.model.Status;

/** The four states of the monitoring-plugin convention (Nagios, Icinga, Sensu), whose exit codes they are. */
public enum PluginStatus {
    OK(0), WARNING(1), CRITICAL(2), UNKNOWN(3);

    private final int exitCode;

    PluginStatus(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    /** The colour a view gives it: a doubt is shown as a warning. */
    public Status.Severity severity() {
        return switch (this) {
            case OK -> Status.Severity.OK;
            case WARNING, UNKNOWN -> Status.Severity.WARNING;
            case CRITICAL -> Status.Severity.CRITICAL;
        };
    }

    /** The more urgent of the two; UNKNOWN ranks below CRITICAL, as a known failure says more than a doubt. */
    public PluginStatus worse(PluginStatus other) {
        return rank() >= other.rank() ? this : other;
    }

    private int rank() {
        return switch (this) {
            case OK -> 0;
            case WARNING -> 1;
            case UNKNOWN -> 2;
            case CRITICAL -> 3;
        };
    }
}
