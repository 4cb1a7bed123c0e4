package io.github.bitaxemonitor.model;

import io.github.bitaxemonitor.text.HostileText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a miner reported in one reply, normalised to the {@link Fields} units and vendor-neutral, before anything was
 * judged: only {@link Field.Role#READING} fields, no address, no status. The collector checks it for plausibility,
 * judges it and turns it into a {@link Sample}.
 *
 * <p>Invariants: immutable; {@code arrived} is never null; {@code notes} are one-line, sanitised remarks on how the
 * reply was read (a field that could not be read, a command the device refused, a fallback taken), for
 * {@code probe} and the logs, never a reason for a status.
 */
public final class Reading {
    private final Object[] values;
    private final Instant arrived;
    private final List<String> notes;

    private Reading(Object[] values, Instant arrived, List<String> notes) {
        this.values = values;
        this.arrived = Objects.requireNonNull(arrived, "arrived");
        this.notes = List.copyOf(notes);
    }

    public <T> T get(Field<T> field) {
        return field.role() == Field.Role.READING ? field.cast(values[field.slot()]) : null;
    }

    /** When the reply was complete. */
    public Instant arrived() {
        return arrived;
    }

    public List<String> notes() {
        return notes;
    }

    void copyInto(Object[] sampleValues) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                sampleValues[i] = values[i];
            }
        }
    }

    public static Builder builder(Instant arrived) {
        return new Builder(new Object[Fields.SLOTS], arrived, new ArrayList<>());
    }

    public Builder toBuilder() {
        return new Builder(values.clone(), arrived, new ArrayList<>(notes));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Reading[");
        for (Field<?> f : Fields.all()) {
            Object v = get(f);
            if (v != null) {
                sb.append(sb.length() > 8 ? ", " : "").append(f.name()).append('=').append(v);
            }
        }
        return sb.append(']').toString();
    }

    /** Mutable; every setter accepts null (unknown). */
    public static final class Builder {
        private final Object[] values;
        private final Instant arrived;
        private final List<String> notes;

        private Builder(Object[] values, Instant arrived, List<String> notes) {
            this.values = values;
            this.arrived = arrived;
            this.notes = notes;
        }

        /** Sets a reading field; identity, judgement and derived fields are not a miner's to set. */
        public <T> Builder set(Field<T> field, T value) {
            if (field.role() != Field.Role.READING) {
                throw new IllegalArgumentException(field.name() + " is not a reading");
            }
            values[field.slot()] = field.cast(value);
            return this;
        }

        /** Sets the field only when it is still unknown: for fallbacks read after the preferred source. */
        public <T> Builder setIfAbsent(Field<T> field, T value) {
            return get(field) == null ? set(field, value) : this;
        }

        public <T> T get(Field<T> field) {
            return field.role() == Field.Role.READING ? field.cast(values[field.slot()]) : null;
        }

        public Builder note(String note) {
            notes.add(HostileText.sanitize(note));
            return this;
        }

        public Reading build() {
            return new Reading(values.clone(), arrived, notes);
        }
    }
}
