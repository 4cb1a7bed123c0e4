package io.github.bitaxemonitor.store;

import io.github.bitaxemonitor.model.Field;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.text.HostileText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Arrays;

/**
 * Recognises, from its bytes alone, a row that is already exactly what {@link SampleCsv#appendRow} writes for it
 * under the current header: every cell in its column's one text form, every number in its plausible range, every text
 * unchanged by {@link HostileText#sanitize} and quoted only as Commons CSV quotes it, every derived cell equal to what
 * the sample gives. For such a line parsing, validating and re-encoding would give back the same line, so readers that
 * need that proof (csv-repair judges every row by it) can skip the round trip, which costs several times more.
 *
 * <p>The check is one-sided: {@link #read} returns a sample only when it is certain; anything unusual (bytes outside
 * printable ASCII, a quote that does not enclose a whole cell, an uncommon number or timestamp form, an empty
 * required cell, a cell that reads as a header name) gives null and the caller takes the full path. Numbers are
 * checked by syntax; timestamps by the encoder's own {@link Timestamps} round trip; text verdicts come from the
 * encoder's own sanitiser and Commons CSV and are cached per distinct cell (miners repeat their host names and pool
 * URLs on every row). CanonicalRowTest proves agreement with the full round trip.
 *
 * <p>Not thread-safe: one instance per reader.
 */
public final class CanonicalRow {
    private static final Field<?>[] COLUMNS = CsvSchema.columns().toArray(new Field<?>[0]);
    private static final int WIDTH = COLUMNS.length;
    /** Slots of the text verdict cache (direct-mapped, so memory stays bounded whatever the file holds). */
    private static final int CACHE_SLOTS = 4096;
    private static final double[] POWERS = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6};
    private static final long[] LONG_POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};
    /** Statuses whose name reads back as themselves (so a cell holding the name is canonical), by ordinal. */
    private static final byte[][] STATUS_NAMES = statusNames();
    private static final byte[] TRUE = Boolean.TRUE.toString().getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FALSE = Boolean.FALSE.toString().getBytes(StandardCharsets.US_ASCII);

    /** The text of a derived cell, as the encoder writes it (reused: every row has several). */
    private final StringBuilder derived = new StringBuilder(32);
    /** End offset (exclusive) of each cell of the line being read. */
    private final int[] ends = new int[WIDTH];
    private final byte[][] cachedBytes = new byte[CACHE_SLOTS][];
    /** The text for the cached bytes when it is canonical; null when it is not (a negative verdict is cached too). */
    private final String[] cachedText = new String[CACHE_SLOTS];

    /**
     * The sample of a line (without its terminator) that is canonical under the current header; null when the line is
     * not, or not certainly, canonical.
     */
    public Sample read(byte[] line) {
        if (!splitCells(line)) {
            return null;
        }
        Sample.Builder b = Sample.builder();
        int start = 0;
        for (int i = 0; i < WIDTH; i++) {
            Field<?> c = COLUMNS[i];
            int end = ends[i];
            if (end > start && !c.derived()) {
                Object v = value(c, line, start, end);
                if (v == null) {
                    return null;
                }
                b.setValue(c, v);
            }
            start = end + 1;
        }
        Sample s;
        try {
            s = b.build();
        } catch (NullPointerException missingRequired) {
            return null;
        }
        return derivedCellsMatch(s, line) ? s : null;
    }

    /**
     * Finds the cell ends; false unless the line has exactly the schema's width of printable-ASCII cells, each either
     * free of quotes or quoted as a whole (RFC 4180: doubled quotes inside, the closing one right before a comma or the
     * end of the line). A quoted cell's range includes its quotes.
     */
    private boolean splitCells(byte[] line) {
        int cell = 0;
        int cellStart = 0;
        for (int i = 0; i < line.length; i++) {
            byte x = line[i];
            if (x > ',' && x < 0x7F) {
                continue; // most bytes: digits, letters, '.', '-', ':'
            }
            if (x == ',') {
                if (cell == WIDTH - 1) {
                    return false;
                }
                ends[cell++] = i;
                cellStart = i + 1;
            } else if (x == '"') {
                if (i != cellStart) {
                    return false;
                }
                i = closingQuote(line, i + 1);
                if (i < 0 || i + 1 < line.length && line[i + 1] != ',') {
                    return false;
                }
            } else if (x < 0x20 || x >= 0x7F) { // bytes are signed: non-ASCII is negative
                return false;
            }
        }
        if (cell != WIDTH - 1 || line.length == 0) {
            return false;
        }
        ends[cell] = line.length;
        return true;
    }

    /** The index of the quote that closes a quoted cell whose content starts at {@code from}; -1 when none does. */
    private static int closingQuote(byte[] line, int from) {
        for (int i = from; i < line.length; i++) {
            byte x = line[i];
            if (x == '"') {
                if (i + 1 < line.length && line[i + 1] == '"') {
                    i++;
                } else {
                    return i;
                }
            } else if (x < 0x20 || x >= 0x7F) {
                return -1;
            }
        }
        return -1;
    }

    private Object value(Field<?> c, byte[] b, int from, int to) {
        return switch (c.type()) {
            case TIMESTAMP -> instant(b, from, to);
            case STATUS -> status(b, from, to);
            case TEXT -> text(b, from, to);
            case DECIMAL -> decimal(c, b, from, to);
            case INTEGER -> integer(c, b, from, to);
            case BOOLEAN -> equal(TRUE, b, from, to) ? Boolean.TRUE : equal(FALSE, b, from, to) ? Boolean.FALSE : null;
        };
    }

    /** Derived cells are whatever the encoder computes from the sample: compare with its own text for them. */
    private boolean derivedCellsMatch(Sample s, byte[] line) {
        int start = 0;
        for (int i = 0; i < WIDTH; i++) {
            Field<?> c = COLUMNS[i];
            int end = ends[i];
            if (c.derived()) {
                derived.setLength(0);
                boolean present = SampleCsv.appendCell(c, c.get(s), derived);
                if (present ? !equal(derived, line, start, end)
                        || c.type() == Field.Type.TEXT && text(line, start, end) == null : end != start) {
                    return false;
                }
            }
            start = end + 1;
        }
        return true;
    }

    /**
     * A text cell's value when the cell is canonical; null otherwise. Canonical: sanitising the value changes nothing,
     * Commons CSV prints it exactly as the cell is (quoted or not), and it is not a column name (a line holding one
     * could be a header line, which readers decide on the full path).
     */
    private String text(byte[] b, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + b[i];
        }
        int slot = (h ^ (h >>> 16)) & (CACHE_SLOTS - 1);
        byte[] cached = cachedBytes[slot];
        if (cached != null && Arrays.equals(cached, 0, cached.length, b, from, to)) {
            return cachedText[slot];
        }
        String cell = new String(b, from, to - from, StandardCharsets.US_ASCII);
        cachedBytes[slot] = Arrays.copyOfRange(b, from, to);
        cachedText[slot] = canonicalText(cell);
        return cachedText[slot];
    }

    /** The value of a cell (quotes removed) when printing that value gives the cell back; null otherwise. */
    private static String canonicalText(String cell) {
        String t = cell.startsWith("\"") ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
        if (!t.equals(HostileText.sanitize(t)) || CsvSchema.column(t.strip()) != null) {
            return null;
        }
        StringBuilder printed = new StringBuilder(cell.length() + 3);
        try {
            SampleCsv.FORMAT.print(t, printed, false); // as a cell after the first: the delimiter, then the cell
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return printed.length() == cell.length() + 1 && printed.indexOf(cell) == 1 ? t : null;
    }

    /**
     * A decimal in the encoder's form ({@link SampleCsv#formatDecimal}): an integer below 10^15, or below 10^7 with
     * one to the column's places of fraction digits, the last not 0; no sign but '-', no leading zero, no "-0". The
     * value is the exact scaled integer divided by a power of ten, which rounds exactly as parsing the text does.
     */
    private static Double decimal(Field<?> c, byte[] b, int from, int to) {
        boolean negative = b[from] == '-';
        int i = negative ? from + 1 : from;
        int intStart = i;
        long whole = 0;
        for (; i < to && isDigit(b[i]); i++) {
            whole = whole * 10 + (b[i] - '0');
        }
        int intDigits = i - intStart;
        if (intDigits == 0 || intDigits > 15 || intDigits > 1 && b[intStart] == '0') {
            return null;
        }
        double v;
        if (i == to) {
            if (negative && whole == 0) {
                return null;
            }
            v = whole;
        } else {
            if (b[i] != '.' || intDigits > 7) {
                return null;
            }
            int fracStart = ++i;
            long fraction = 0;
            for (; i < to && isDigit(b[i]); i++) {
                fraction = fraction * 10 + (b[i] - '0');
            }
            int digits = i - fracStart;
            if (i != to || digits == 0 || digits > SampleCsv.places(c) || b[to - 1] == '0') {
                return null;
            }
            v = (whole * LONG_POWERS[digits] + fraction) / POWERS[digits];
        }
        v = negative ? -v : v;
        return c.plausible(v) ? v : null;
    }

    /** An integer as Long.toString writes it, at most 18 digits (no overflow), in the column's plausible range. */
    private static Long integer(Field<?> c, byte[] b, int from, int to) {
        boolean negative = b[from] == '-';
        int i = negative ? from + 1 : from;
        int digits = to - i;
        if (digits == 0 || digits > 18 || digits > 1 && b[i] == '0' || negative && b[i] == '0') {
            return null;
        }
        long v = 0;
        for (; i < to; i++) {
            if (!isDigit(b[i])) {
                return null;
            }
            v = v * 10 + (b[i] - '0');
        }
        v = negative ? -v : v;
        return c.plausible(v) ? v : null;
    }

    /** A timestamp cell whose text is exactly what the encoder writes for the instant it reads as. */
    private static Instant instant(byte[] b, int from, int to) {
        String text = new String(b, from, to - from, StandardCharsets.US_ASCII);
        try {
            Instant t = Timestamps.parse(text);
            return Timestamps.format(t).equals(text) ? t : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Status status(byte[] b, int from, int to) {
        for (int i = 0; i < STATUS_NAMES.length; i++) {
            if (STATUS_NAMES[i] != null && equal(STATUS_NAMES[i], b, from, to)) {
                return Status.values()[i];
            }
        }
        return null;
    }

    private static byte[][] statusNames() {
        Status[] all = Status.values();
        byte[][] names = new byte[all.length][];
        for (Status s : all) {
            if (SampleCsv.parseCell(CsvSchema.column("status"), s.name()) == s) {
                names[s.ordinal()] = s.name().getBytes(StandardCharsets.US_ASCII);
            }
        }
        return names;
    }

    private static boolean isDigit(byte x) {
        return x >= '0' && x <= '9';
    }

    private static boolean equal(byte[] expected, byte[] b, int from, int to) {
        return Arrays.equals(expected, 0, expected.length, b, from, to);
    }

    private static boolean equal(CharSequence expected, byte[] b, int from, int to) {
        if (expected.length() != to - from) {
            return false;
        }
        for (int i = 0; i < expected.length(); i++) {
            if (expected.charAt(i) != b[from + i]) {
                return false;
            }
        }
        return true;
    }
}
