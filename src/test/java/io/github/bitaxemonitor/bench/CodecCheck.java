package io.github.bitaxemonitor.bench;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.store.LineSplitter;
import io.github.bitaxemonitor.store.SampleCsv;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Proves that a changed {@link SampleCsv} (tools/bench candidate, BENCH_PATCH) writes and reads exactly what the
 * Commons CSV path does, so a speed-up never changes a stored byte.
 *
 * <ul>
 *   <li>{@code --rows-out FILE}: writes {@code SampleCsv.row} for fleet rows and for rows carrying awkward text
 *       (leading '#', '=', spaces, commas, quotes, empty strings). Run under both builds and compare with cmp.</li>
 *   <li>{@code --parse FILE}: every line of FILE plus a set of damaged lines goes through {@code SampleCsv.parseLine}
 *       and through a plain Commons CSV parse; any difference (cells, or one failing where the other does not) is
 *       printed and the exit code is 1.</li>
 * </ul>
 */
public final class CodecCheck {
    private static final String[] AWKWARD = {
        "", " ", "#tag", "!bang", "\"quoted\"", "a,b", "trailing ", " leading", "=SUM(A1)", "'=SUM(A1)", "-5",
        "tab\there", "caf\u00e9", "\u00a0nbsp", "x\"y", "end,", ",start", "$", "%", "~", "a\\b",
    };
    private static final String[] DAMAGED = {
        "", ",", ",,", "a,\"b", "a,\"b\"c", "\"a\"\"b\",c", "a\rb", "a,b\r", "\"\"", "\u0000,\u0000", " , ",
    };

    public static void main(String[] args) throws IOException {
        Args a = Args.parse(args, "--rows-out", "--parse");
        String rowsOut = a.value("--rows-out", null);
        String parse = a.value("--parse", null);
        if (rowsOut != null) {
            writeRows(Path.of(rowsOut));
        }
        if (parse != null && !parseMatches(Path.of(parse))) {
            System.exit(1);
        }
    }

    private static void writeRows(Path out) throws IOException {
        FleetModel fleet = new FleetModel(40);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int m = 0; m < 40; m++) {
                for (long t = 1_790_000_000L; t < 1_790_000_000L + 86_400; t += 600) {
                    w.write(SampleCsv.row(fleet.sample(m, t)));
                    w.write('\n');
                }
            }
            for (String s : AWKWARD) {
                Sample x = fleet.sample(1, 1_790_000_000L).toBuilder()
                        .alias(s).hostname(s).poolUrl(s).poolUser(s).faults(s).error(s).build();
                w.write(SampleCsv.row(x));
                w.write('\n');
            }
        }
        System.out.println("rows written to " + out);
    }

    private static boolean parseMatches(Path file) throws IOException {
        List<String> lines = new ArrayList<>(List.of(DAMAGED));
        try (InputStream in = Files.newInputStream(file)) {
            LineSplitter.split(in, l -> lines.add(l.text()));
        }
        long differences = 0;
        for (String line : lines) {
            String ours = outcome(() -> SampleCsv.parseLine(line).toString());
            String reference = outcome(() -> reference(line).toString());
            if (!ours.equals(reference)) {
                differences++;
                System.out.println("DIFF line=" + line + "\n  ours=" + ours + "\n  reference=" + reference);
            }
        }
        System.out.printf("parse check lines=%d differences=%d%n", lines.size(), differences);
        return differences == 0;
    }

    /** What Commons CSV makes of a line, with SampleCsv's rules for empty and multi-record input. */
    private static List<String> reference(String line) throws IOException {
        try (CSVParser p = CSVParser.parse(new StringReader(line), SampleCsv.FORMAT)) {
            List<CSVRecord> records = p.getRecords();
            if (records.size() > 1) {
                throw new IOException("more than one record");
            }
            return records.isEmpty() ? List.of("") : records.get(0).toList();
        }
    }

    private interface Attempt {
        String run() throws Exception;
    }

    /** The cells as text, or "FAILS" when parsing throws (which exception does not matter). */
    private static String outcome(Attempt attempt) {
        try {
            return attempt.run();
        } catch (Exception e) {
            return "FAILS";
        }
    }
}
