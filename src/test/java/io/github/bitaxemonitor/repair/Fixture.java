package io.github.bitaxemonitor.repair;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.store.CsvSchema;
import io.github.bitaxemonitor.store.SampleCsv;
import io.github.bitaxemonitor.testing.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds metrics files for the tests (valid rows as the monitor writes them) and runs the tool on them. */
final class Fixture {
    static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    /** "Now" for every scan: a day after the rows, so none is in the future and none is stale within two days. */
    static final Clock CLOCK = Clock.fixed(T0.plusSeconds(86_400), ZoneOffset.UTC);
    static final ScanOptions SCAN = new ScanOptions(CLOCK, DuplicateWindow.DEFAULT_WINDOW);
    static final ReportOptions QUIET = new ReportOptions(false, true);
    static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream());

    private Fixture() {
    }

    /** Sample i: three miners in turn, ten seconds apart, every one distinct. */
    static Sample.Builder sample(int i) {
        return Samples.gamma("127.0.0." + (1 + i % 3), T0.plusSeconds(10L * i)).sharesAccepted(15_000L + i);
    }

    /** Row i exactly as the monitor writes it (no terminator). */
    static String row(int i) {
        return SampleCsv.row(SampleCsv.validate(sample(i).build(), r -> { }));
    }

    static String row(Sample.Builder b) {
        return SampleCsv.row(b.build());
    }

    static String header() {
        return CsvSchema.headerLine();
    }

    /** The lines joined, each LF-terminated. */
    static byte[] lines(String... lines) {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            sb.append(l).append('\n');
        }
        return utf8(sb.toString());
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** A valid file of rows 0..n-1. */
    static byte[] validFile(int n) {
        String[] lines = new String[n + 1];
        lines[0] = header();
        for (int i = 0; i < n; i++) {
            lines[i + 1] = row(i);
        }
        return lines(lines);
    }

    /** Cells of a row with one cell replaced. */
    static String withCell(String row, String column, String value) {
        List<String> cells = new ArrayList<>(SampleCsv.parseLine(row));
        cells.set(CsvSchema.header().indexOf(column), value);
        return String.join(",", cells);
    }

    /** Problems a scan reports. */
    static List<Problem> problems(Path file) throws IOException {
        List<Problem> found = new ArrayList<>();
        FileScan.scan(file, file.getFileName().toString(), SCAN, Progress.none(), found::add, l -> { });
        return found;
    }

    /** Repairs {@code in} into {@code out}, quietly; returns what was written. */
    static Repaired repair(Path in, Path out) throws IOException {
        int code = Repairer.run(in, new Repairer.Options(out, false, null, false), SCAN, QUIET, NOWHERE);
        assertThat(code).isZero();
        return Repaired.read(out);
    }

    /** The physical lines of some bytes, split at LF only, as the splitter does (the last piece may be torn). */
    static List<byte[]> physicalLines(byte[] content) {
        List<byte[]> result = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < content.length; i++) {
            if (content[i] == '\n') {
                result.add(Arrays.copyOfRange(content, start, i));
                start = i + 1;
            }
        }
        if (start < content.length) {
            result.add(Arrays.copyOfRange(content, start, content.length));
        }
        return result;
    }

    /** One entry of a quarantine file: source line number, problem kind and the verbatim bytes. */
    record Entry(long line, ProblemKind kind, byte[] bytes) {
    }

    /** A repair's output lines and quarantine entries. */
    record Repaired(byte[] output, List<String> lines, List<Entry> quarantine) {
        static Repaired read(Path out) throws IOException {
            byte[] bytes = Files.readAllBytes(out);
            List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
            List<Entry> entries = new ArrayList<>();
            Path q = Quarantine.beside(out);
            if (Files.exists(q)) {
                for (byte[] l : physicalLines(Files.readAllBytes(q))) {
                    if (l.length > 0 && l[0] == '#') {
                        continue;
                    }
                    int tab1 = indexOf(l, 0);
                    int tab2 = indexOf(l, tab1 + 1);
                    String where = new String(l, 0, tab1, StandardCharsets.UTF_8);
                    entries.add(new Entry(Long.parseLong(where.substring(where.lastIndexOf(':') + 1)),
                            ProblemKind.valueOf(new String(l, tab1 + 1, tab2 - tab1 - 1, StandardCharsets.UTF_8)),
                            Arrays.copyOfRange(l, tab2 + 1, l.length)));
                }
            }
            return new Repaired(bytes, lines, entries);
        }

        /** The rows, without the header. */
        List<String> rows() {
            assertThat(lines.get(0)).isEqualTo(header());
            return lines.subList(1, lines.size());
        }

        List<Long> quarantinedLines() {
            return quarantine.stream().map(Entry::line).toList();
        }

        private static int indexOf(byte[] b, int from) {
            for (int i = from; i < b.length; i++) {
                if (b[i] == '\t') {
                    return i;
                }
            }
            throw new AssertionError("quarantine entry without tab");
        }
    }
}
