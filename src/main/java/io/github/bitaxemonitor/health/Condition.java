package io.github.bitaxemonitor.health;

import io.github.bitaxemonitor.model.Status;
import java.util.Objects;

/**
 * One thing that holds about a miner at one poll, with the evidence: {@code HOT asic 73.1C >= 70},
 * {@code REJECT 12.4% > 10}, {@code FAULT power_fault: VIN UNDERVOLTAGE}.
 *
 * @param status what the condition is; its declaration order is its urgency
 * @param text   the whole condition in words, starting with the status label; one line, already safe to store
 * @param value  the measured value the condition is about, null when it has none (a fault text, a failure)
 * @param limit  the threshold it was compared with, null when it has none
 */
public record Condition(Status status, String text, Double value, Double limit) {
    public Condition {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(text, "text");
    }

    /** A condition without a number: a failure, a fault, a state the firmware reports. */
    public static Condition of(Status status, String detail) {
        return new Condition(status, status.label() + (detail == null || detail.isBlank() ? "" : " " + detail), null,
                null);
    }
}
