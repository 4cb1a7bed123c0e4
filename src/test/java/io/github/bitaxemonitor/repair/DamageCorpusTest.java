package io.github.bitaxemonitor.repair;

import static io.github.bitaxemonitor.repair.Fixture.concat;
import static io.github.bitaxemonitor.repair.Fixture.header;
import static io.github.bitaxemonitor.repair.Fixture.lines;
import static io.github.bitaxemonitor.repair.Fixture.row;
import static io.github.bitaxemonitor.repair.Fixture.sample;
import static io.github.bitaxemonitor.repair.Fixture.utf8;
import static io.github.bitaxemonitor.repair.Fixture.withCell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.store.LineSplitter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One generated damaged file per kind of damage: analyze names the kind and line, repair keeps exactly the listed
 * rows, quarantines exactly the listed lines verbatim, and repairing the result changes nothing.
 */
class DamageCorpusTest {
    @TempDir
    Path dir;

    /**
     * @param kind        the problem analyze must report, at {@code line}
     * @param survivors   the rows the repaired file must hold, in order
     * @param quarantined the line numbers that must be in the quarantine file, verbatim
     */
    record Case(String name, byte[] content, ProblemKind kind, long line, List<String> survivors,
                List<Long> quarantined) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> corpus() {
        String extraHeader = header() + ",location";
        String oldHeader = "timestamp_utc,address,alias,hostname,status,device_family,hashrate_ghs,power_w,asic_temp_c";
        Sample.Builder old = Sample.builder().timestamp(Fixture.T0).address("127.0.0.9").hostname("old-axe")
                .status(Status.ONLINE).deviceFamily("bitaxe").hashrateGhs(480.25).powerW(12.5).asicTempC(51.0);
        String tooLong = "x".repeat(LineSplitter.DEFAULT_MAX_LINE + 10);
        return Stream.of(
                new Case("missing header", lines(row(0), row(1)), ProblemKind.MISSING_HEADER, 1,
                        List.of(row(0), row(1)), List.of()),
                new Case("foreign header without our columns", lines("time,ip,hashrate", "2026-11-20T10:00:00Z,x,1"),
                        ProblemKind.FOREIGN_HEADER, 1, List.of(), List.of(1L, 2L)),
                new Case("foreign header with an extra column", lines(extraHeader, row(0) + ",shelf 2", row(1) + ","),
                        ProblemKind.FOREIGN_HEADER, 1, List.of(row(0), row(1)), List.of(1L, 2L)),
                new Case("older schema", lines(oldHeader,
                        "2026-11-20T10:00:00Z,127.0.0.9,,old-axe,ONLINE,bitaxe,480.25,12.5,51"),
                        ProblemKind.OLD_SCHEMA, 1, List.of(Fixture.row(old)), List.of()),
                new Case("header repeated", lines(header(), row(0), header(), row(1)), ProblemKind.REPEATED_HEADER, 3,
                        List.of(row(0), row(1)), List.of()),
                new Case("wrong column count", lines(header(), row(0), row(1).substring(0, row(1).lastIndexOf(',')),
                        row(2)), ProblemKind.WRONG_COLUMN_COUNT, 3, List.of(row(0), row(2)), List.of(3L)),
                new Case("unterminated quote", lines(header(), row(0), row(1).replace(",127.0.0.2,", ",\"127.0.0.2,"),
                        row(2)), ProblemKind.MALFORMED_CSV, 3, List.of(row(0), row(2)), List.of(3L)),
                new Case("torn last line", concat(lines(header(), row(0), row(1)), utf8(row(2).substring(0, 50))),
                        ProblemKind.TORN_LINE, 4, List.of(row(0), row(1)), List.of(4L)),
                new Case("line too long", lines(header(), row(0), tooLong, row(1)), ProblemKind.LINE_TOO_LONG, 3,
                        List.of(row(0), row(1)), List.of(3L)),
                new Case("NUL bytes", concat(lines(header(), row(0)), utf8("\0\0\0" + row(1) + "\n\0\0\0\0\n"),
                        lines(row(2))), ProblemKind.NUL_BYTES, 3, List.of(row(0), row(1), row(2)), List.of(3L)),
                // the bytes land in conditions, the last text column; only the empty boolean column follows it
                new Case("invalid UTF-8", concat(lines(header()), utf8(withoutLastCell(row(0).replace("bitaxe-gamma",
                        "bitaxe"))), new byte[] {(byte) 0xFF, (byte) 0xFE, ',', '\n'}),
                        ProblemKind.INVALID_UTF8, 2, List.of(row(sample(0).hostname("bitaxe").conditions("\uFFFD\uFFFD"))),
                        List.of(2L)),
                new Case("BOM", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, lines(header(), row(0))),
                        ProblemKind.BOM, 1, List.of(row(0)), List.of()),
                new Case("CRLF mixed with LF", utf8(header() + "\r\n" + row(0) + "\r\n" + row(1) + "\n"),
                        ProblemKind.CRLF, 2, List.of(row(0), row(1)), List.of()),
                new Case("CR inside a line", lines(header(), row(0).replace("bitaxe-gamma", "bitaxe-\rgamma")),
                        ProblemKind.STRAY_CR, 2, List.of(row(0)), List.of(2L)),
                new Case("blank line", lines(header(), row(0), "", row(1)), ProblemKind.BLANK_LINE, 3,
                        List.of(row(0), row(1)), List.of()),
                new Case("unusable status", lines(header(), row(0), withCell(row(1), "status", "BANANA")),
                        ProblemKind.UNUSABLE_ROW, 3, List.of(row(0)), List.of(3L)),
                new Case("garbage bytes in the address", concat(lines(header(), row(0)),
                        utf8(row(1).substring(0, row(1).indexOf(",127.0.0.2,") + 1)),
                        new byte[] {(byte) 0xFF, (byte) 0xFE, 0x01, 'x'},
                        utf8(row(1).substring(row(1).indexOf(",127.0.0.2,") + 10) + "\n"), lines(row(2))),
                        ProblemKind.UNUSABLE_ROW, 3, List.of(row(0), row(2)), List.of(3L)),
                new Case("address that is no host", lines(header(), row(0), withCell(row(1), "address", "rack 1 shelf"),
                        withCell(row(2), "address", "[::1]:4028")),
                        ProblemKind.UNUSABLE_ROW, 3, List.of(row(0), row(sample(2).address("[::1]:4028"))), List.of(3L)),
                new Case("non-numeric value", lines(header(), withCell(row(0), "hashrate_ghs", "abc")),
                        ProblemKind.BAD_VALUE, 2, List.of(row(sample(0).hashrateGhs(null))), List.of(2L)),
                new Case("implausible value", lines(header(), withCell(row(0), "asic_temp_c", "4000")),
                        ProblemKind.IMPLAUSIBLE_VALUE, 2, List.of(row(sample(0).asicTempC(null))), List.of(2L)),
                new Case("formula in a text cell", lines(header(), withCell(row(0), "hostname", "=cmd|calc")),
                        ProblemKind.UNSAFE_TEXT, 2, List.of(row(sample(0).hostname("'=cmd|calc"))), List.of(2L)),
                new Case("duplicate rows", lines(header(), row(0), row(1), row(1), row(2), row(0)),
                        ProblemKind.DUPLICATE_ROW, 4, List.of(row(0), row(1), row(2)), List.of()),
                new Case("out of order", lines(header(), row(3), row(0)), ProblemKind.OUT_OF_ORDER, 3,
                        List.of(row(3), row(0)), List.of()),
                new Case("in the future", lines(header(), row(sample(0).timestamp(Fixture.T0.plusSeconds(10 * 86_400)))),
                        ProblemKind.FUTURE_TIMESTAMP, 2,
                        List.of(row(sample(0).timestamp(Fixture.T0.plusSeconds(10 * 86_400)))), List.of()),
                new Case("empty file", new byte[0], ProblemKind.EMPTY_FILE, 0, List.of(), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void analyzeNamesTheDamageAndRepairKeepsExactlyTheIntactRows(Case c) throws IOException {
        Path in = dir.resolve("metrics.csv");
        Files.write(in, c.content());

        assertThat(Fixture.problems(in)).extracting(Problem::kind, Problem::line).contains(tuple(c.kind(), c.line()));

        Fixture.Repaired repaired = Fixture.repair(in, dir.resolve("out.csv"));
        assertThat(repaired.rows()).containsExactlyElementsOf(c.survivors());
        assertThat(repaired.quarantinedLines()).containsExactlyElementsOf(c.quarantined());
        List<byte[]> original = Fixture.physicalLines(c.content());
        for (Fixture.Entry e : repaired.quarantine()) {
            assertThat(e.bytes()).as("line %d verbatim", e.line()).isEqualTo(original.get((int) e.line() - 1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void repairingTheRepairedFileChangesNothing(Case c) throws IOException {
        Path in = dir.resolve("metrics.csv");
        Files.write(in, c.content());
        Fixture.Repaired once = Fixture.repair(in, dir.resolve("once.csv"));

        Fixture.Repaired twice = Fixture.repair(dir.resolve("once.csv"), dir.resolve("twice.csv"));

        assertThat(twice.output()).isEqualTo(once.output());
        assertThat(twice.quarantine()).isEmpty();
        assertThat(Files.exists(Quarantine.beside(dir.resolve("twice.csv")))).isFalse();
    }

    /** A row without its last (empty) cell: what comes before the final comma. */
    private static String withoutLastCell(String row) {
        return row.substring(0, row.lastIndexOf(','));
    }
}
