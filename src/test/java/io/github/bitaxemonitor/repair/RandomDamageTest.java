package io.github.bitaxemonitor.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Damages valid files at random places (fixed seeds, so a failure replays) and proves that repair keeps every row
 * the damage did not touch, in order, quarantines lines verbatim, accounts for every line, and is idempotent.
 */
class RandomDamageTest {
    private static final int ROWS = 60;
    /** Bytes garbage is drawn from: CSV syntax, line breaks, NUL, bytes that are invalid UTF-8 alone, letters, digits. */
    private static final byte[] GARBAGE = {',', '"', '\n', '\r', 0, (byte) 0xFF, (byte) 0xC3, 'a', 'Z', '9', '.', ' ',
        '=', '-'};
    /** Problems a repaired file may still have: repair keeps rows in file order and does not judge the clock. */
    private static final Set<ProblemKind> ALLOWED_AFTER_REPAIR =
            EnumSet.of(ProblemKind.OUT_OF_ORDER, ProblemKind.FUTURE_TIMESTAMP);

    @TempDir
    Path dir;

    /**
     * One line of the file being damaged.
     *
     * @param original the row index it holds unchanged, or -1 (header, copy, or touched by damage)
     */
    private record Line(byte[] bytes, int original) {
    }

    static Stream<Long> seeds() {
        return LongStream.range(0, 100).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void repairKeepsEveryIntactRowInOrderAndQuarantinesTheRest(long seed) throws IOException {
        Random random = new Random(seed);
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(Fixture.utf8(Fixture.header()), -1));
        for (int i = 0; i < ROWS; i++) {
            lines.add(new Line(Fixture.utf8(Fixture.row(i)), i));
        }
        int damages = 1 + random.nextInt(5);
        for (int d = 0; d < damages; d++) {
            damage(lines, random);
        }
        byte[] content = serialise(lines);
        int cut = random.nextInt(4) == 0 ? random.nextInt(content.length + 1) : content.length;
        byte[] damaged = Arrays.copyOf(content, cut);
        List<String> intact = intactRows(lines, cut);
        Path in = dir.resolve("metrics.csv");
        Files.write(in, damaged);

        Fixture.Repaired repaired = Fixture.repair(in, dir.resolve("out.csv"));

        assertThat(isSubsequence(intact, repaired.rows())).as("intact rows kept in order, seed %d", seed).isTrue();
        List<byte[]> physical = Fixture.physicalLines(damaged);
        for (Fixture.Entry e : repaired.quarantine()) {
            assertThat(e.bytes()).as("line %d verbatim", e.line()).isEqualTo(physical.get((int) e.line() - 1));
        }
        Tally tally = new Tally();
        FileScan.scan(in, "metrics.csv", Fixture.SCAN, Progress.none(), p -> { }, tally);
        long dropped = tally.dropped().values().stream().mapToLong(Long::longValue).sum();
        long quarantined = tally.quarantined().values().stream().mapToLong(Long::longValue).sum();
        assertThat(tally.lines()).isEqualTo(physical.size());
        assertThat(tally.rows() + tally.headers() + dropped + quarantined).isEqualTo(tally.lines());
        assertThat(repaired.rows()).hasSize((int) tally.rows());
        assertThat(repaired.quarantine()).hasSize((int) (quarantined + tally.altered()));

        Path once = dir.resolve("out.csv");
        assertThat(Fixture.problems(once)).extracting(Problem::kind).allMatch(ALLOWED_AFTER_REPAIR::contains);
        Fixture.Repaired twice = Fixture.repair(once, dir.resolve("twice.csv"));
        assertThat(twice.output()).isEqualTo(repaired.output());
    }

    private static void damage(List<Line> lines, Random random) {
        int i = random.nextInt(lines.size());
        byte[] b = lines.get(i).bytes();
        switch (random.nextInt(4)) {
            case 0 -> { // garbage bytes inserted anywhere in a line
                byte[] junk = new byte[1 + random.nextInt(8)];
                for (int k = 0; k < junk.length; k++) {
                    junk[k] = GARBAGE[random.nextInt(GARBAGE.length)];
                }
                lines.set(i, new Line(insert(b, random.nextInt(b.length + 1), junk), -1));
            }
            case 1 -> { // cut mid-line: the rest of the line and its LF are lost, the next line runs on
                byte[] head = Arrays.copyOf(b, random.nextInt(b.length + 1));
                if (i + 1 < lines.size()) {
                    lines.set(i, new Line(insert(head, head.length, lines.remove(i + 1).bytes()), -1));
                } else {
                    lines.set(i, new Line(head, -1));
                }
            }
            case 2 -> { // a line written again, later
                int at = i + 1 + random.nextInt(lines.size() - i);
                lines.add(at, new Line(b, -1));
            }
            default -> { // a NUL, CR or BOM injected
                byte[][] injections = {{0}, {'\r'}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}};
                lines.set(i, new Line(insert(b, random.nextInt(b.length + 1),
                        injections[random.nextInt(injections.length)]), -1));
            }
        }
    }

    private static byte[] serialise(List<Line> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Line l : lines) {
            out.writeBytes(l.bytes());
            out.write('\n');
        }
        return out.toByteArray();
    }

    /** Rows still whole (with their LF) within the first {@code cut} bytes and never touched. */
    private static List<String> intactRows(List<Line> lines, int cut) {
        List<String> intact = new ArrayList<>();
        long end = 0;
        for (Line l : lines) {
            end += l.bytes().length + 1;
            if (end > cut) {
                break;
            }
            if (l.original() >= 0) {
                intact.add(new String(l.bytes(), StandardCharsets.UTF_8));
            }
        }
        return intact;
    }

    private static byte[] insert(byte[] into, int at, byte[] what) {
        byte[] out = new byte[into.length + what.length];
        System.arraycopy(into, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(into, at, out, at + what.length, into.length - at);
        return out;
    }

    private static boolean isSubsequence(List<String> wanted, List<String> in) {
        Iterator<String> it = in.iterator();
        outer:
        for (String w : wanted) {
            while (it.hasNext()) {
                if (it.next().equals(w)) {
                    continue outer;
                }
            }
            return false;
        }
        return true;
    }
}
