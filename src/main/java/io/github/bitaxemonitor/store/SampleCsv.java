package io.github.bitaxemonitor.store;

import io.github.bitaxemonitor.model.Field;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.text.HostileText;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns samples into CSV rows and back, using Apache Commons CSV for quoting and parsing. Rows are always one physical
 * line: stored text never contains a line break ({@link HostileText#sanitize}), which is what lets readers find row
 * boundaries, torn last lines and the newest rows without parsing from the start of a file.
 */
public final class SampleCsv {
    /** RFC 4180 with LF line ends; quotes only where needed. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').build();

    private SampleCsv() {
    }

    /** Appends one row (with its trailing LF) for this sample. */
    public static void appendRow(Sample sample, StringBuilder out) {
        Sample stored = asStored(sample);
        boolean first = true;
        try {
            for (Field<?> c : CsvSchema.columns()) {
                Object value = c.get(stored);
                if (first || c.type() == Field.Type.TEXT) {
                    FORMAT.print(cell(c, value), out, first);
                } else {
                    // Numbers, timestamps, statuses and booleans are our own digits, letters, '.', '-' and ':',
                    // which never need quoting; Commons CSV's per-cell checks cost more than the rest of the row.
                    out.append(',');
                    appendCell(c, value, out);
                }
                first = false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        out.append('\n');
    }

    /**
     * The sample as a reader of the file will see it: readings at their stored precision. Derived figures are computed
     * from this, so that they agree with the cells they come from and reading a row back and writing it again gives
     * the same line (csv-repair relies on that: repairing a file the monitor wrote changes nothing).
     */
    private static Sample asStored(Sample sample) {
        Sample.Builder b = null;
        for (Field<?> c : CsvSchema.columns()) {
            if (c.type() == Field.Type.DECIMAL && !c.derived() && c.get(sample) instanceof Double v) {
                double back = storedValue(v);
                if (Double.compare(back, v) != 0) {
                    b = b == null ? sample.toBuilder() : b;
                    b.setValue(c, back);
                }
            }
        }
        return b == null ? sample : b.build();
    }

    /**
     * What {@code Double.parseDouble(formatDecimal(v, 6))} gives, without the text: below 10^7 the text is the exact
     * decimal scaled / 10^6, and dividing the exact integer by 10^6 rounds to the same double that parsing does.
     */
    static double storedValue(double v) {
        if (!Double.isFinite(v) || v == Math.rint(v)) {
            return v;
        }
        if (Math.abs(v) >= 1e7) {
            return Double.parseDouble(formatDecimal(v, 6));
        }
        return Math.round(v * 1e6) / 1e6;
    }

    /** One row as a string without the line terminator. */
    public static String row(Sample sample) {
        StringBuilder sb = new StringBuilder(512);
        appendRow(sample, sb);
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    /**
     * Splits one physical line into cells with Commons CSV.
     *
     * @throws MalformedRowException when the line is not valid CSV (an unterminated quote, text after a closing quote)
     */
    public static List<String> parseLine(String line) {
        if (line.indexOf('"') < 0 && line.indexOf('\r') < 0) {
            return splitUnquoted(line);
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(line), FORMAT)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                return List.of("");
            }
            if (records.size() > 1) {
                throw new MalformedRowException("line holds more than one record");
            }
            return records.get(0).toList();
        } catch (UncheckedIOException e) {
            throw malformed(e.getCause());
        } catch (IOException | IllegalStateException e) {
            throw malformed(e);
        }
    }

    /** Commons CSV's messages name its internals ("(startline 1) EOF reached before..."); users get the gist. */
    private static MalformedRowException malformed(Throwable e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("EOF reached before encapsulated token finished")) {
            return new MalformedRowException("not valid CSV: a quoted cell is not closed");
        }
        if (m.startsWith("Invalid char between encapsulated token and delimiter")) {
            return new MalformedRowException("not valid CSV: text after a closing quote");
        }
        return new MalformedRowException("not valid CSV: " + m.replaceFirst("^\\((start)?line \\d+\\) ", ""));
    }

    /**
     * Under RFC 4180 a line without a quote character can only mean one thing: cells between commas. Most rows are
     * like that, and building a Commons CSV parser (with its 8 KB buffer) per line made reading ~10x slower; Commons
     * CSV still decides every line that has a quote. SampleCsvTest checks both paths agree.
     */
    private static List<String> splitUnquoted(String line) {
        List<String> cells = new ArrayList<>(CsvSchema.columns().size());
        int start = 0;
        for (int comma; (comma = line.indexOf(',', start)) >= 0; start = comma + 1) {
            cells.add(line.substring(start, comma));
        }
        cells.add(line.substring(start));
        return cells;
    }

    /**
     * Makes a sample fit for storage: text is sanitised and every number outside its column's plausible range is
     * dropped (stored empty), so a 4,000 degree or negative-watt reading never reaches a file.
     *
     * @param rejected receives "column=value" for every dropped number
     */
    public static Sample validate(Sample sample, Consumer<String> rejected) {
        Sample.Builder b = sample.toBuilder();
        for (Field<?> c : CsvSchema.columns()) {
            if (c.derived()) {
                continue;
            }
            Object v = c.get(sample);
            if (v instanceof String s) {
                String clean = HostileText.sanitize(s);
                if (!s.equals(clean)) {
                    b.setValue(c, clean);
                }
            } else if (v instanceof Number n && c.numeric() && !c.plausible(n.doubleValue())) {
                rejected.accept(c.name() + "=" + n);
                b.setValue(c, null);
            }
        }
        return b.build();
    }

    /** A decoder for rows under this header; columns are matched by name, unknown ones ignored. */
    public static Decoder decoder(List<String> header) {
        return new Decoder(header);
    }

    /** Decodes rows of one file. Immutable and thread-safe. */
    public static final class Decoder {
        /** For each header position, the schema column it maps to, or null for a column this version does not know. */
        private final Field<?>[] byPosition;
        private final int width;

        private Decoder(List<String> header) {
            width = header.size();
            byPosition = new Field<?>[width];
            for (int i = 0; i < width; i++) {
                Field<?> c = CsvSchema.column(header.get(i).strip());
                byPosition[i] = c != null && !c.derived() ? c : null;
            }
        }

        /** The number of cells every row under this header must have. */
        public int width() {
            return width;
        }

        /**
         * Decodes one row. A cell that does not parse as its column's type is reported and left empty; a row whose
         * timestamp, address or status is unusable cannot be a sample, and yields null.
         *
         * @param problems receives one message per bad cell, naming the column
         */
        public Sample decode(List<String> cells, Consumer<String> problems) {
            if (cells.size() != width) {
                problems.accept("expected " + width + " cells, found " + cells.size());
                return null;
            }
            Sample.Builder b = Sample.builder();
            for (int i = 0; i < width; i++) {
                Field<?> c = byPosition[i];
                String text = cells.get(i);
                if (c == null || text.isEmpty()) {
                    continue;
                }
                Object value = parseCell(c, text);
                if (value == null) {
                    problems.accept(c.name() + ": not a valid " + c.type().name().toLowerCase() + " '"
                            + HostileText.forTerminal(text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'");
                } else {
                    b.setValue(c, value);
                }
            }
            try {
                return b.build();
            } catch (NullPointerException missingRequired) {
                problems.accept("missing " + missingRequired.getMessage());
                return null;
            }
        }
    }

    /** The text of a cell, or null when the value is absent. */
    static String cell(Field<?> c, Object v) {
        StringBuilder sb = new StringBuilder(24);
        return appendCell(c, v, sb) ? sb.toString() : null;
    }

    /** Appends the text of a cell; false (and nothing appended) when the value is absent. */
    static boolean appendCell(Field<?> c, Object v, StringBuilder out) {
        if (v == null) {
            return false;
        }
        switch (c.type()) {
            case DECIMAL -> {
                return appendDecimal(((Number) v).doubleValue(), places(c), out);
            }
            case STATUS -> out.append(((Status) v).name());
            case TIMESTAMP -> out.append(Timestamps.format((Instant) v));
            default -> out.append(v);
        }
        return true;
    }

    /** Decimal places a DECIMAL column keeps: readings six, derived figures three (see {@link #formatDecimal}). */
    static int places(Field<?> c) {
        return c.derived() ? 3 : 6;
    }

    /** Parses a cell as its column's type; null when it does not parse. */
    static Object parseCell(Field<?> c, String text) {
        try {
            return switch (c.type()) {
                case TIMESTAMP -> Timestamps.parse(text);
                case STATUS -> Status.parse(text);
                case TEXT -> text;
                case DECIMAL -> {
                    double d = Double.parseDouble(text);
                    yield Double.isFinite(d) ? d : null;
                }
                case INTEGER -> Long.parseLong(text);
                case BOOLEAN -> "true".equalsIgnoreCase(text) ? Boolean.TRUE
                        : "false".equalsIgnoreCase(text) ? Boolean.FALSE : null;
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Plain decimal text, never exponent form (spreadsheets and Miller read it as is): readings keep up to six decimal
     * places (5093.75 mV is 5.09375 V exactly), derived figures three. Below 10^7 the value is rounded to an integer
     * count of 10^-places and printed from that (exact, and far cheaper than Double.toString); larger values are
     * rare (difficulties) and go through BigDecimal.
     */
    public static String formatDecimal(double v, int places) {
        StringBuilder sb = new StringBuilder(24);
        return appendDecimal(v, places, sb) ? sb.toString() : null;
    }

    /** Appends {@link #formatDecimal}'s text; false (and nothing appended) for NaN and infinities. */
    static boolean appendDecimal(double v, int places, StringBuilder sb) {
        if (!Double.isFinite(v)) {
            return false;
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            sb.append((long) v);
            return true;
        }
        if (Math.abs(v) >= 1e7) {
            sb.append(new BigDecimal(v).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
            return true;
        }
        long scale = POWERS_OF_TEN[places];
        long scaled = Math.round(v * scale);
        long magnitude = Math.abs(scaled);
        long whole = magnitude / scale;
        long fraction = magnitude % scale;
        if (scaled < 0) {
            sb.append('-');
        }
        sb.append(whole);
        if (fraction != 0) {
            int digits = places;
            while (fraction % 10 == 0) {
                fraction /= 10;
                digits--;
            }
            sb.append('.');
            int at = sb.length();
            sb.append(fraction);
            for (int pad = digits - (sb.length() - at); pad > 0; pad--) {
                sb.insert(at, '0');
            }
        }
        return true;
    }

    private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    /** A line that cannot be read as a CSV record. */
    public static final class MalformedRowException extends RuntimeException {
        public MalformedRowException(String message) {
            super(message);
        }
    }
}
