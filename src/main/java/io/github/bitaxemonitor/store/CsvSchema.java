package io.github.bitaxemonitor.store;

import io.github.bitaxemonitor.model.Field;
import io.github.bitaxemonitor.model.Fields;
import java.util.List;

/**
 * The metrics file schema (documented in docs/CSV-FORMAT.md): the {@link Fields} registry, one column per field in
 * declaration order. The header line names every column; readers map columns by name, so files written by an older
 * schema (fewer columns) still read. Add fields only at the end.
 */
public final class CsvSchema {
    /** Bumped when columns are added; older headers are a prefix-compatible subset mapped by name. */
    public static final int VERSION = 3;

    private static final List<String> HEADER = Fields.all().stream().map(Field::name).toList();
    private static final String HEADER_LINE = String.join(",", HEADER);

    private CsvSchema() {
    }

    /** Every column, in file order. */
    public static List<Field<?>> columns() {
        return Fields.all();
    }

    /** The column with this header name, or null when the name is not part of the schema. */
    public static Field<?> column(String name) {
        return Fields.byName(name);
    }

    /** The header names, in file order. */
    public static List<String> header() {
        return HEADER;
    }

    /** The header line as written to files (no line terminator). */
    public static String headerLine() {
        return HEADER_LINE;
    }
}
