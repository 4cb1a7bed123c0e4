package io.github.bitaxemonitor.model;

import io.github.bitaxemonitor.text.Decimals;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/**
 * One field of a {@link Sample}, declared once in {@link Fields}: everything every part of the product needs to know
 * about it. The CSV schema, the JSON documents, the detail pane, the plausibility check and the metrics exposition are
 * all derived from these declarations, so adding a field is one declaration (plus the client code that reads it).
 *
 * <p>Invariants: {@code name} is a lower-case CSV header name with its unit in it ({@code hashrate_ghs}); {@code min <=
 * max} and both are meaningful only for numeric fields; a derived field has a {@code derive} function and no storage
 * slot, every other field has a slot and no function.
 *
 * @param <T> the Java type of the value: {@link Type#javaType()}
 */
public final class Field<T> {

    /** The value types; each has one text form in the CSV files. */
    public enum Type {
        TIMESTAMP(Instant.class), STATUS(Status.class), TEXT(String.class), DECIMAL(Double.class),
        INTEGER(Long.class), BOOLEAN(Boolean.class);

        private final Class<?> javaType;

        Type(Class<?> javaType) {
            this.javaType = javaType;
        }

        public Class<?> javaType() {
            return javaType;
        }
    }

    /** Who sets a field, which decides who may set it and what checks apply. */
    public enum Role {
        /** Which row this is: timestamp, address, the configured alias, the resolved hostname. */
        IDENTITY,
        /** What the miner reported, normalised; numbers are checked against the plausible range. */
        READING,
        /** The collector's verdict on the reading: status and the conditions behind it. */
        JUDGEMENT,
        /** What the collector itself measured or was told (poll latency, the failure text). */
        COLLECTOR,
        /** Computed from other fields of the same sample; written for spreadsheet users, never read back. */
        DERIVED
    }

    /**
     * How the field is exposed to Prometheus, in base units and Prometheus naming.
     *
     * @param name  the metric name without the exporter's prefix, e.g. {@code hashrate_hashes_per_second}
     * @param scale multiplies the stored value into the base unit (GH/s to H/s: 1e9)
     * @param kind  gauge, or counter for monotonic counts (their names end in {@code _total})
     */
    public record Metric(String name, double scale, MetricKind kind) {
    }

    public enum MetricKind { GAUGE, COUNTER }

    /** Where a field is shown to people: views lay fields out by group, in this order, each under its label. */
    public enum Group {
        ROW("Row"), HEALTH("Health"), HASHRATE("Hashrate"), POWER("Power"), CLOCK("Clock"),
        TEMPERATURE("Temps"), FANS("Fans"), SHARES("Shares"), POOL("Pool"), DEVICE("Device");

        private final String title;

        Group(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private final String name;
    private final Type type;
    private final Role role;
    private final String unit;
    private final String description;
    private final double min;
    private final double max;
    private final int decimals;
    private final Metric metric;
    private final Group group;
    private final String label;
    private final Function<Sample, T> derive;
    private final int slot;

    Field(String name, Type type, Role role, String unit, String description, double min, double max, int decimals,
          Metric metric, Group group, String label, Function<Sample, T> derive, int slot) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.role = Objects.requireNonNull(role, "role");
        this.unit = unit == null ? "" : unit;
        this.description = Objects.requireNonNull(description, "description");
        this.min = min;
        this.max = max;
        this.decimals = decimals;
        this.metric = metric;
        this.group = Objects.requireNonNull(group, "group");
        this.label = Objects.requireNonNull(label, "label");
        this.derive = derive;
        this.slot = slot;
        if ((role == Role.DERIVED) != (derive != null) || (derive != null) == (slot >= 0) || min > max) {
            throw new IllegalArgumentException("inconsistent declaration of field " + name);
        }
    }

    /** The CSV column and JSON key. */
    public String name() {
        return name;
    }

    public Type type() {
        return type;
    }

    public Role role() {
        return role;
    }

    /** The unit as shown to people ("GH/s", "C", "W"); empty for unit-less fields. */
    public String unit() {
        return unit;
    }

    /** One line saying what the field holds, for docs, help texts and metric HELP lines. */
    public String description() {
        return description;
    }

    /** Lowest plausible value (numeric fields). */
    public double min() {
        return min;
    }

    /** Highest plausible value (numeric fields). */
    public double max() {
        return max;
    }

    /** Decimals shown to people (the CSV keeps more). */
    public int decimals() {
        return decimals;
    }

    /** How Prometheus sees the field; null when it is not exported (text, identity). */
    public Metric metric() {
        return metric;
    }

    /** The group the field is shown in. */
    public Group group() {
        return group;
    }

    /** A short name for the field within its group ("1m", "VR"), for people. */
    public String label() {
        return label;
    }

    public boolean derived() {
        return role == Role.DERIVED;
    }

    public boolean numeric() {
        return type == Type.DECIMAL || type == Type.INTEGER;
    }

    /** Timestamp, address and status: a row without them cannot be a sample. */
    public boolean required() {
        return this == Fields.TIMESTAMP || this == Fields.ADDRESS || this == Fields.STATUS;
    }

    /** True when a numeric value lies in the plausible range (NaN never does). */
    public boolean plausible(double value) {
        return value >= min && value <= max;
    }

    /** The value in a sample (computed for derived fields); null when absent. */
    @SuppressWarnings("unchecked")
    public T get(Sample sample) {
        return derive != null ? derive.apply(sample) : (T) sample.slot(slot);
    }

    /** The index of the stored value in a sample; -1 for derived fields. */
    int slot() {
        return slot;
    }

    /** Casts a value to this field's type, refusing anything else (values read from files come untyped). */
    @SuppressWarnings("unchecked")
    public T cast(Object value) {
        if (value != null && !type.javaType().isInstance(value)) {
            throw new IllegalArgumentException(name + " holds " + type + ", not " + value.getClass().getSimpleName());
        }
        return (T) value;
    }

    /**
     * The value as people read it: decimals as declared with the unit ("1094.2 GH/s"), statuses by label, "-" when
     * absent. Text is returned as stored (already sanitised); terminal views still escape it for display.
     */
    public String show(Object value) {
        if (value == null) {
            return "-";
        }
        String suffix = unit.isEmpty() ? "" : unit.equals("%") || unit.equals("C") ? unit : " " + unit;
        return switch (type) {
            case DECIMAL -> Decimals.fixed((Double) value, decimals) + suffix;
            case INTEGER -> value + suffix;
            case STATUS -> ((Status) value).label();
            default -> value.toString();
        };
    }

    @Override
    public String toString() {
        return name;
    }
}
