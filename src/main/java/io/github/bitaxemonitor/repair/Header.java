package io.github.bitaxemonitor.repair;

import io.github.bitaxemonitor.model.Field;
import io.github.bitaxemonitor.store.CsvSchema;
import io.github.bitaxemonitor.store.SampleCsv;
import io.github.bitaxemonitor.text.HostileText;
import java.util.ArrayList;
import java.util.List;

/**
 * The header a file's rows are read under, and how it relates to the current schema.
 *
 * @param names    the header cells, stripped; never empty
 * @param decoder  decodes rows under these names (mapped by name)
 * @param unknown  positions of columns the schema does not know: their data cannot be carried into the output
 * @param kind     null for the current header, OLD_SCHEMA for a known subset, FOREIGN_HEADER otherwise
 * @param detail   terminal-safe explanation of {@code kind}; empty when kind is null
 */
record Header(List<String> names, SampleCsv.Decoder decoder, int[] unknown, ProblemKind kind, String detail) {
    static final String TIMESTAMP = "timestamp_utc";
    private static final List<String> REQUIRED = List.of(TIMESTAMP, "address", "status");
    private static final Header CURRENT = of(CsvSchema.header());

    /** The header of files the monitor writes today. */
    static Header current() {
        return CURRENT;
    }

    /** True when the cells are a header line: every header this schema ever had starts its rows with a timestamp. */
    static boolean isHeader(List<String> cells) {
        for (String c : cells) { // every line passes here: no stream
            if (c.strip().equals(TIMESTAMP)) {
                return true;
            }
        }
        return false;
    }

    static Header of(List<String> cells) {
        List<String> names = cells.stream().map(String::strip).toList();
        List<String> unknownNames = new ArrayList<>();
        List<Integer> unknownAt = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Field<?> c = CsvSchema.column(names.get(i));
            if (c == null) {
                unknownNames.add(names.get(i));
                unknownAt.add(i);
            }
        }
        int[] unknown = unknownAt.stream().mapToInt(Integer::intValue).toArray();
        SampleCsv.Decoder decoder = SampleCsv.decoder(names);
        List<String> missingRequired = REQUIRED.stream().filter(r -> !names.contains(r)).toList();
        if (!unknownNames.isEmpty() && damagedCurrent(names)) {
            return new Header(CURRENT.names, CURRENT.decoder, CURRENT.unknown, ProblemKind.FOREIGN_HEADER,
                    "a damaged copy of the current header (unknown " + list(unknownNames) + "); read as the current one");
        }
        if (!unknownNames.isEmpty() || !missingRequired.isEmpty()) {
            String detail = (unknownNames.isEmpty() ? "" : "unknown columns " + list(unknownNames))
                    + (missingRequired.isEmpty() ? "" : (unknownNames.isEmpty() ? "" : "; ")
                    + "no " + list(missingRequired) + " column, rows cannot be read");
            return new Header(names, decoder, unknown, ProblemKind.FOREIGN_HEADER, detail);
        }
        if (names.equals(CsvSchema.header())) {
            return new Header(names, decoder, unknown, null, "");
        }
        return new Header(names, decoder, unknown, ProblemKind.OLD_SCHEMA,
                names.size() + " of " + CsvSchema.header().size() + " columns, mapped by name");
    }

    /**
     * The header to read these cells under: this one, or the current one when this is foreign and the row does not fit
     * it but fits the current header (a header line damaged by a cut or an inserted comma must not cost every row).
     */
    Header forRow(List<String> cells) {
        if (kind == ProblemKind.FOREIGN_HEADER && cells.size() != names.size()
                && cells.size() == CsvSchema.header().size()) {
            return current();
        }
        return this;
    }

    /** Same width as the current header, and every known name in its current place: only some names were garbled. */
    private static boolean damagedCurrent(List<String> names) {
        List<String> current = CsvSchema.header();
        if (names.size() != current.size()) {
            return false;
        }
        for (int i = 0; i < names.size(); i++) {
            if (CsvSchema.column(names.get(i)) != null && !names.get(i).equals(current.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** True when a row under this header has data in a column that cannot be carried over. */
    boolean losesData(List<String> cells) {
        for (int i : unknown) {
            if (i < cells.size() && !cells.get(i).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static String list(List<String> names) {
        List<String> shown = names.size() > 5 ? names.subList(0, 5) : names;
        return HostileText.forTerminal(String.join(", ", shown)) + (names.size() > 5 ? ", ..." : "");
    }
}
