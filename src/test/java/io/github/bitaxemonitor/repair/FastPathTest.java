package io.github.bitaxemonitor.repair;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.store.CanonicalRow;
import io.github.bitaxemonitor.store.LineSplitter;
import io.github.bitaxemonitor.store.RandomRows;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The canonical-row fast path changes nothing: files of random rows, damaged lines, duplicates, rows out of order,
 * repeated, older and foreign headers and CRLF lines are scanned with and without it, and every problem and every
 * line's fate (disposition, cause, sample, canonical text, emptied values) must be the same.
 */
class FastPathTest {
    private static final String OLD_HEADER = "timestamp_utc,address,alias,hostname,status,device_family,hashrate_ghs";

    static Stream<Long> seeds() {
        return LongStream.range(0, 40).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void scanningWithTheFastPathGivesTheSameProblemsAndLinesAsWithout(long seed) {
        byte[] file = randomFile(seed);

        Scan fast = scan(file, true);
        Scan full = scan(file, false);

        assertThat(fast.problems).as("seed %d", seed).containsExactlyElementsOf(full.problems);
        assertThat(fast.lines).as("seed %d", seed).containsExactlyElementsOf(full.lines);
        assertThat(fast.lines).as("seed %d: rows were kept", seed)
                .anyMatch(l -> l.disposition() == ScannedLine.Disposition.ROW);
    }

    static byte[] randomFile(long seed) {
        Random random = new Random(seed);
        RandomRows rows = new RandomRows(seed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (random.nextInt(5) != 0) {
            line(out, Fixture.header().getBytes(StandardCharsets.UTF_8));
        }
        List<byte[]> written = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            byte[] row = random.nextInt(3) == 0 ? rows.line(rows.sample())
                    : Fixture.row(i).getBytes(StandardCharsets.UTF_8);
            switch (random.nextInt(40)) {
                case 0 -> row = rows.damage(row);
                case 1 -> row = written.isEmpty() ? row : written.get(random.nextInt(written.size()));
                case 2 -> line(out, Fixture.header().getBytes(StandardCharsets.UTF_8));
                case 3 -> line(out, OLD_HEADER.getBytes(StandardCharsets.UTF_8));
                case 4 -> line(out, (Fixture.header() + ",location").getBytes(StandardCharsets.UTF_8));
                case 5 -> row = concat(row, new byte[] {'\r'});
                default -> { }
            }
            written.add(row);
            line(out, row);
        }
        return out.toByteArray();
    }

    private static void line(ByteArrayOutputStream out, byte[] line) {
        out.writeBytes(line);
        out.write('\n');
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static Scan scan(byte[] file, boolean fastPath) {
        Scan scan = new Scan(new ArrayList<>(), new ArrayList<>());
        LineClassifier classifier = new LineClassifier("metrics.csv", Fixture.CLOCK, 50, scan.problems::add,
                l -> scan.lines.add(Fate.of(l)));
        CanonicalRow rows = new CanonicalRow();
        LineSplitter splitter = new LineSplitter(raw ->
                classifier.accept(raw, fastPath ? LineClassifier.canonical(rows, raw) : null));
        splitter.feed(file, 0, file.length);
        splitter.finish();
        classifier.finish();
        return scan;
    }

    record Scan(List<Problem> problems, List<Fate> lines) {
    }

    /** A scanned line without its raw bytes (an array, which records compare by identity): its number stands for it. */
    record Fate(long number, ScannedLine.Disposition disposition, ProblemKind cause, Object sample,
                        String canonical, boolean altered, int emptied) {
        static Fate of(ScannedLine l) {
            return new Fate(l.raw().number(), l.disposition(), l.cause(), l.sample(), l.canonical(), l.altered(),
                    l.emptied());
        }
    }
}
