package io.github.bitaxemonitor.analyze.session;

import java.time.Instant;
import java.util.Objects;

/**
 * A test session the user named (seed 003's workflow: start one, run a configuration for hours, end it).
 *
 * @param id    1, 2, 3, ... in the order started
 * @param miner the miner as the user gave it (name or address)
 * @param start when it was started
 * @param end   when it was ended; null while running
 * @param notes free text; may be null
 */
public record NamedSession(int id, String miner, Instant start, Instant end, String notes) {
    public NamedSession {
        Objects.requireNonNull(miner, "miner");
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("session " + id + " ends before it starts");
        }
    }

    public boolean open() {
        return end == null;
    }

    /** The label a segment it starts carries. */
    public String label() {
        return "session " + id + (notes == null || notes.isBlank() ? "" : " (" + notes + ")");
    }
}
