package io.github.bitaxemonitor.store;

import io.github.bitaxemonitor.model.Sample;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One CSV column: its header name (units in the name), its type, how to read it from a {@link Sample}, how to set it on
 * a builder (null for derived columns, which are recomputed rather than trusted when read back) and, for numbers, the
 * plausible range outside of which a reading is stored empty instead of as garbage.
 */
public record Column(String name, Type type, Function<Sample, Object> getter,
                     BiConsumer<Sample.Builder, Object> setter, double min, double max) {

    /** The cell types; each has one text form in the file. */
    public enum Type { TIMESTAMP, STATUS, TEXT, DECIMAL, INTEGER, BOOLEAN }

    /** Derived columns are written for spreadsheet users but never read back. */
    public boolean derived() {
        return setter == null;
    }

    public boolean numeric() {
        return type == Type.DECIMAL || type == Type.INTEGER;
    }

    /** True when a numeric value lies in the plausible range. */
    public boolean plausible(double value) {
        return !Double.isNaN(value) && value >= min && value <= max;
    }
}
