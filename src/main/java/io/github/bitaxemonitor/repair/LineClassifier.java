package io.github.bitaxemonitor.repair;

import io.github.bitaxemonitor.config.Addresses;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.store.CanonicalRow;
import io.github.bitaxemonitor.store.RawLine;
import io.github.bitaxemonitor.store.SampleCsv;
import io.github.bitaxemonitor.text.HostileText;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Decides the fate of every line of one file, in file order, and reports every problem on the way. It is the single
 * judgement behind analyze, repair, stats and merge, so they never disagree about a file. State is per file (the
 * header in force, recent rows, each miner's last timestamp) and bounded whatever the file size.
 *
 * <p>A row survives when, once stripped of a BOM, NULs and CRs, it is one CSV record with as many cells as its header
 * and a usable timestamp, address and status. It is then re-encoded exactly as the monitor writes it (current header,
 * implausible numbers emptied), which is what makes repairing a repaired file change nothing. Most lines of a healthy
 * file already are exactly that; {@link CanonicalRow} recognises them from their bytes, and they skip the round trip
 * (same verdict, same sample, same text: FastPathTest compares both paths line by line).
 */
final class LineClassifier {
    private static final int MAX_DETAIL = 200;
    /** Addresses already found valid; a fleet has few, so parsing each row's address again is skipped. */
    private static final int GOOD_ADDRESSES_KEPT = 4096;

    private final String file;
    private final Consumer<Problem> problems;
    private final Consumer<ScannedLine> lines;
    private final DuplicateWindow duplicates;
    private final OrderCheck order;
    /** The header rows are read under; null until the first line with content. */
    private Header header;
    private final Set<String> goodAddresses = new HashSet<>();

    LineClassifier(String file, Clock clock, int duplicateWindow, Consumer<Problem> problems,
                   Consumer<ScannedLine> lines) {
        this.file = file;
        this.problems = problems;
        this.lines = lines;
        this.duplicates = new DuplicateWindow(duplicateWindow);
        this.order = new OrderCheck(clock);
    }

    /**
     * What {@link CanonicalRow} makes of a line that could be a row as the monitor writes it: its sample when the
     * line is one, null otherwise. A pure function of the line, so it may run ahead of {@link #accept} on another
     * thread.
     */
    static Sample canonical(CanonicalRow rows, RawLine raw) {
        return raw.terminated() && !raw.truncated() && !raw.crlf() ? rows.read(raw.bytes()) : null;
    }

    /**
     * Judges the next line of the file.
     *
     * @param canonical {@link #canonical} of the line, or null to judge it the full way
     */
    void accept(RawLine raw, Sample canonical) {
        if (canonical != null && header != null && header.kind() == null) {
            keep(raw, canonical, raw.bytes(), null, 0);
            return;
        }
        long n = raw.number();
        if (raw.truncated()) {
            report(n, ProblemKind.LINE_TOO_LONG, "more than " + raw.bytes().length + " bytes");
            lines.accept(ScannedLine.quarantined(raw, ProblemKind.LINE_TOO_LONG));
            return;
        }
        Cleaned c = clean(raw);
        if (!raw.terminated()) {
            report(n, ProblemKind.TORN_LINE, c.text.isBlank() ? "" : "\"" + excerpt(c.text) + "\"");
            lines.accept(c.text.isBlank() ? ScannedLine.dropped(raw, ProblemKind.TORN_LINE)
                    : ScannedLine.quarantined(raw, ProblemKind.TORN_LINE));
            return;
        }
        if (c.text.isBlank()) {
            ProblemKind why = c.alteredBy != null ? c.alteredBy : ProblemKind.BLANK_LINE;
            if (c.alteredBy == null) {
                report(n, ProblemKind.BLANK_LINE, "");
            }
            lines.accept(ScannedLine.dropped(raw, why));
            return;
        }
        List<String> cells;
        try {
            cells = SampleCsv.parseLine(c.text);
        } catch (SampleCsv.MalformedRowException e) {
            report(n, ProblemKind.MALFORMED_CSV, HostileText.forTerminal(e.getMessage()));
            lines.accept(ScannedLine.quarantined(raw, ProblemKind.MALFORMED_CSV));
            return;
        }
        if (Header.isHeader(cells)) {
            acceptHeader(raw, cells);
            return;
        }
        if (header == null) {
            header = Header.current();
            boolean words = c.text.chars().noneMatch(Character::isDigit);
            if (words) {
                report(n, ProblemKind.FOREIGN_HEADER, "\"" + excerpt(c.text) + "\"; the current schema was assumed");
                lines.accept(ScannedLine.quarantined(raw, ProblemKind.FOREIGN_HEADER));
                return;
            }
            report(n, ProblemKind.MISSING_HEADER, "");
        }
        acceptRow(raw, cells, c.alteredBy);
    }

    /** Reports a file that held nothing; call after the last line. */
    void finish() {
        if (header == null) {
            report(0, ProblemKind.EMPTY_FILE, "");
        }
    }

    private void acceptHeader(RawLine raw, List<String> cells) {
        Header h = Header.of(cells);
        if (header != null) {
            report(raw.number(), ProblemKind.REPEATED_HEADER,
                    h.names().equals(header.names()) ? "" : "with different columns; they apply from here on");
        }
        if (h.kind() != null && (header == null || !h.names().equals(header.names()))) {
            report(raw.number(), h.kind(), h.detail());
        }
        header = h;
        // A foreign header is the only key to the quarantined rows that used its unknown columns: keep it too.
        lines.accept(h.kind() == ProblemKind.FOREIGN_HEADER
                ? ScannedLine.quarantined(raw, ProblemKind.FOREIGN_HEADER) : ScannedLine.header(raw));
    }

    private void acceptRow(RawLine raw, List<String> cells, ProblemKind cleanedBy) {
        long n = raw.number();
        Header header = this.header.forRow(cells);
        if (cells.size() != header.decoder().width()) {
            report(n, ProblemKind.WRONG_COLUMN_COUNT,
                    "expected " + header.decoder().width() + " cells, found " + cells.size());
            lines.accept(ScannedLine.quarantined(raw, ProblemKind.WRONG_COLUMN_COUNT));
            return;
        }
        List<String> bad = new ArrayList<>(2);
        Sample decoded = header.decoder().decode(cells, bad::add);
        if (decoded == null) {
            report(n, ProblemKind.UNUSABLE_ROW, String.join("; ", bad));
            lines.accept(ScannedLine.quarantined(raw, ProblemKind.UNUSABLE_ROW));
            return;
        }
        if (!bad.isEmpty()) {
            report(n, ProblemKind.BAD_VALUE, String.join("; ", bad) + " (emptied)");
        }
        List<String> implausible = new ArrayList<>(2);
        Sample sample = SampleCsv.validate(decoded, implausible::add);
        if (!implausible.isEmpty()) {
            report(n, ProblemKind.IMPLAUSIBLE_VALUE,
                    HostileText.forTerminal(String.join(", ", implausible)) + " (emptied)");
        }
        boolean unsafeText = implausible.isEmpty() && !sample.equals(decoded);
        if (unsafeText) {
            report(n, ProblemKind.UNSAFE_TEXT, "");
        }
        ProblemKind cause = !bad.isEmpty() ? ProblemKind.BAD_VALUE
                : !implausible.isEmpty() ? ProblemKind.IMPLAUSIBLE_VALUE
                : unsafeText ? ProblemKind.UNSAFE_TEXT
                : header.losesData(cells) ? ProblemKind.FOREIGN_HEADER
                : cleanedBy;
        String canonical = SampleCsv.row(sample);
        keep(raw, sample, canonical.getBytes(StandardCharsets.UTF_8), cause, bad.size() + implausible.size());
    }

    /**
     * The checks every usable row gets, whichever way it was read: duplicates, order and clock.
     *
     * @param canonical the row as the monitor writes it, in UTF-8
     * @param cause     why the row was altered on the way; null when it was not
     */
    private void keep(RawLine raw, Sample sample, byte[] canonical, ProblemKind cause, int emptied) {
        long n = raw.number();
        String badAddress = addressProblem(sample.address());
        if (badAddress != null) {
            // The address is the miner's identity: a row under a garbage one would be a phantom miner everywhere.
            report(n, ProblemKind.UNUSABLE_ROW, badAddress);
            lines.accept(ScannedLine.quarantined(raw, ProblemKind.UNUSABLE_ROW));
            return;
        }
        if (duplicates.seen(canonical)) {
            report(n, ProblemKind.DUPLICATE_ROW, "");
            lines.accept(ScannedLine.dropped(raw, ProblemKind.DUPLICATE_ROW));
            return;
        }
        Instant before = order.outOfOrder(sample.address(), sample.timestamp());
        if (before != null) {
            report(n, ProblemKind.OUT_OF_ORDER, HostileText.forTerminal(sample.address()) + " " + sample.timestamp()
                    + " after " + before);
        }
        if (order.inFuture(sample.timestamp())) {
            report(n, ProblemKind.FUTURE_TIMESTAMP, sample.timestamp().toString());
        }
        lines.accept(new ScannedLine(raw, ScannedLine.Disposition.ROW, cause, sample,
                new String(canonical, StandardCharsets.UTF_8), cause != null, emptied));
    }

    /**
     * Why an address cell is not one the config could have named (host, host:port, [v6]:port, as {@link Addresses}
     * reads them), or null when it is one.
     */
    private String addressProblem(String address) {
        if (goodAddresses.contains(address)) {
            return null;
        }
        try {
            Addresses.parse(address);
        } catch (Addresses.BadAddress e) {
            return "address \"" + excerpt(address) + "\": " + e.getMessage();
        }
        if (goodAddresses.size() >= GOOD_ADDRESSES_KEPT) {
            goodAddresses.clear();
        }
        goodAddresses.add(address);
        return null;
    }

    /** The line as text without BOM, NULs and CRs; reports each of those. */
    private Cleaned clean(RawLine raw) {
        byte[] b = raw.bytes();
        long n = raw.number();
        if (raw.crlf()) {
            report(n, ProblemKind.CRLF, "");
        }
        boolean bom = raw.startsWithBom();
        if (bom) {
            report(n, ProblemKind.BOM, n == 1 ? "" : "not at the start of the file (files were concatenated?)");
        }
        int nul = 0;
        int cr = 0;
        for (byte x : b) {
            nul += x == 0 ? 1 : 0;
            cr += x == '\r' ? 1 : 0;
        }
        if (nul > 0) {
            report(n, ProblemKind.NUL_BYTES, nul + " removed");
        }
        if (cr > 0) {
            report(n, ProblemKind.STRAY_CR, cr + " removed");
        }
        boolean utf8 = raw.validUtf8();
        if (!utf8) {
            report(n, ProblemKind.INVALID_UTF8, "bad sequences read as U+FFFD");
        }
        ProblemKind alteredBy = nul > 0 ? ProblemKind.NUL_BYTES : cr > 0 ? ProblemKind.STRAY_CR
                : !utf8 ? ProblemKind.INVALID_UTF8 : null;
        if (!bom && nul == 0 && cr == 0) {
            return new Cleaned(raw.text(), alteredBy);
        }
        byte[] out = new byte[b.length];
        int len = 0;
        for (int i = bom ? 3 : 0; i < b.length; i++) {
            if (b[i] != 0 && b[i] != '\r') {
                out[len++] = b[i];
            }
        }
        return new Cleaned(new String(out, 0, len, StandardCharsets.UTF_8), alteredBy);
    }

    private void report(long line, ProblemKind kind, String detail) {
        problems.accept(new Problem(file, line, kind, detail));
    }

    private static String excerpt(String text) {
        String t = text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) + "..." : text;
        return HostileText.forTerminal(t);
    }

    /**
     * @param text      the content to parse
     * @param alteredBy why bytes that could have been data were removed or replaced (NUL, CR, bad UTF-8); null when
     *                  none were (a BOM is not data)
     */
    private record Cleaned(String text, ProblemKind alteredBy) {
    }
}
