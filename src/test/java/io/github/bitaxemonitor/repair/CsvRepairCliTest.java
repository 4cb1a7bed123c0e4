package io.github.bitaxemonitor.repair;

import static io.github.bitaxemonitor.repair.Fixture.header;
import static io.github.bitaxemonitor.repair.Fixture.lines;
import static io.github.bitaxemonitor.repair.Fixture.row;
import static io.github.bitaxemonitor.repair.Fixture.withCell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bitaxemonitor.cli.Main;
import io.github.bitaxemonitor.cli.UserException;
import io.github.bitaxemonitor.store.LineSplitter;
import io.github.bitaxemonitor.testing.ConsoleCapture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The subcommands through {@code cli.Main.run}: exit codes, output, and what happens to files on disk. */
class CsvRepairCliTest {
    private static final FileTime OLD = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));

    @TempDir
    Path dir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private int run(String... args) {
        String[] all = Stream.concat(Stream.of("csv-repair"), Stream.of(args)).toArray(String[]::new);
        return Main.run(all);
    }

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        Files.setLastModifiedTime(p, OLD);
        return p;
    }

    private Path damaged() throws IOException {
        return write("metrics.csv", lines(header(), row(0), "garbage,\"", row(1), row(1)));
    }

    @Test
    void staleAfterTakesTheSameDurationsAsEveryOtherOption() throws IOException {
        Path clean = write("clean.csv", Fixture.validFile(5));

        for (String d : List.of("1h", "90s", "7d", "PT15M")) {
            console.reset();
            assertThat(run("stats", "--stale-after", d, clean.toString())).as(d).isZero();
            assertThat(console.err()).as(d).isEmpty();
        }
        console.reset();
        assertThat(run("stats", "--stale-after", "1x", clean.toString())).isEqualTo(2);
        assertThat(console.err().lines().findFirst().orElse("")).contains("'--stale-after'", "'1x' is not a duration",
                "15m").doesNotContain("java.");
    }

    @Test
    void mergeRefusesToWriteOverOneOfItsInputsHoweverItIsNamed() throws IOException {
        Path a = write("a.csv", Fixture.validFile(5));
        byte[] before = Files.readAllBytes(a);
        Path link = dir.resolve("link.csv");
        Files.createSymbolicLink(link, a);

        for (String out : List.of(a.toString(), dir.resolve(".").resolve("a.csv").toString(), link.toString())) {
            console.reset();
            assertThat(run("merge", "--force", out, a.toString())).as(out).isEqualTo(2);
            assertThat(console.err().strip()).as(out).contains("is one of the inputs").doesNotContain("\n");
        }
        assertThat(Files.readAllBytes(a)).isEqualTo(before);
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void aRowWithAGarbageAddressIsNoMinerInStatsOrMerge() throws IOException {
        Path a = write("a.csv", lines(header(), row(0), withCell(row(1), "address", "\uFFFD\uFFFDx"), row(2)));
        Path out = dir.resolve("out.csv");

        assertThat(run("stats", "--json", a.toString())).isZero();
        JsonNode stats = new ObjectMapper().readTree(console.out());
        assertThat(stats.get("miners")).hasSize(2);
        assertThat(run("merge", "-q", out.toString(), a.toString())).isZero();
        assertThat(Files.readAllLines(out)).containsExactly(header(), row(0), row(2));
        assertThat(Files.readString(Quarantine.beside(out))).contains("a.csv:3\tUNUSABLE_ROW\t");
    }

    private Path gzip(Path plain, String name) throws IOException {
        Path gz = dir.resolve(name);
        try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(plain, out);
        }
        return gz;
    }

    @Test
    void backupsAreReadDecompressedByEverySubcommand() throws IOException {
        Path plain = write("metrics.csv", lines(header(), row(0), "garbage,\"", "x".repeat(LineSplitter.DEFAULT_MAX_LINE
                + 5), row(1), row(1), row(2)));
        Path gz = gzip(plain, "metrics-20261120T101530.123Z.csv.gz");

        for (String cmd : List.of("analyze", "stats")) {
            console.reset();
            int plainCode = run(cmd, "--json", plain.toString());
            String plainOut = console.out().replace(plain.toString(), "F");
            console.reset();
            assertThat(run(cmd, "--json", gz.toString())).as(cmd).isEqualTo(plainCode);
            assertThat(console.out().replace(gz.toString(), "F")).as(cmd).isEqualTo(plainOut);
        }
        assertThat(run("repair", "-q", plain.toString(), "-o", dir.resolve("p.csv").toString())).isZero();
        assertThat(run("repair", "-q", gz.toString(), "-o", dir.resolve("g.csv").toString())).isZero();
        assertThat(Files.readAllBytes(dir.resolve("g.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("p.csv")));
        assertThat(Files.readString(Quarantine.beside(dir.resolve("g.csv"))).replace(gz.toString(), "F"))
                .isEqualTo(Files.readString(Quarantine.beside(dir.resolve("p.csv"))).replace(plain.toString(), "F"));
        assertThat(run("merge", "-q", dir.resolve("m.csv").toString(), gz.toString())).isZero();
        assertThat(Files.readAllBytes(dir.resolve("m.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("p.csv")));
    }

    @Test
    void repairInPlaceOfAGzipFileIsRefused() throws IOException {
        Path gz = gzip(write("metrics.csv", Fixture.validFile(3)), "b.csv.gz");
        byte[] before = Files.readAllBytes(gz);

        assertThat(run("repair", "--in-place", gz.toString())).isEqualTo(2);
        assertThat(console.err()).contains("gzip file: repair it to a new file with -o, or gunzip it first");
        assertThat(Files.readAllBytes(gz)).isEqualTo(before);
        assertThat(run("repair", "-q", gz.toString())).isZero();
        assertThat(dir.resolve("b.repaired.csv")).exists();
    }

    @Test
    void aWriteErrorOnStandardOutputIsOneLineAndExitOne() throws IOException {
        Path clean = write("clean.csv", Fixture.validFile(3));
        System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()) {
            @Override
            public boolean checkError() {
                return true; // what a PrintStream says after its stream refused a write (/dev/full)
            }
        });

        assertThat(run("stats", clean.toString())).isEqualTo(1);
        assertThat(console.err()).contains("cannot write to standard output");
    }

    @Test
    void mergeRefusesAnInputGivenTwice() throws IOException {
        Path a = write("a.csv", Fixture.validFile(5));
        Path out = dir.resolve("out.csv");

        assertThat(run("merge", out.toString(), a.toString(), dir.resolve("./a.csv").toString())).isEqualTo(2);
        assertThat(console.err()).contains("given twice as input");
        assertThat(out).doesNotExist();
    }

    @Test
    void repairRefusesAnOutputThatIsTheInputThroughALink() throws IOException {
        Path a = write("a.csv", lines(header(), row(0), "garbage,\""));
        byte[] before = Files.readAllBytes(a);
        Path link = dir.resolve("link.csv");
        Files.createSymbolicLink(link, a);

        assertThat(run("repair", "--force", a.toString(), "-o", link.toString())).isEqualTo(2);
        assertThat(console.err()).contains("is the input");
        assertThat(Files.readAllBytes(a)).isEqualTo(before);
    }

    @Test
    void analyzeOfACleanFileExitsZero() throws IOException {
        Path clean = write("clean.csv", Fixture.validFile(5));

        assertThat(run("analyze", clean.toString())).isZero();
        assertThat(console.out()).contains("no problems");
        assertThat(console.err()).as("no progress bar when stderr is not a terminal").isEmpty();
    }

    @Test
    void analyzeOfADamagedFileListsFileAndLineAndExitsOne() throws IOException {
        Path bad = damaged();

        assertThat(run("analyze", bad.toString())).isEqualTo(1);
        assertThat(console.out()).contains(bad + ":3: unterminated quote or malformed CSV", bad + ":5: duplicate row",
                "2 problems");
    }

    @Test
    void analyzeOfAMissingFileIsOneLineAndExitsTwo() {
        assertThat(run("analyze", dir.resolve("nope.csv").toString())).isEqualTo(2);
        assertThat(console.err().strip()).doesNotContain("\n").contains("nope.csv: no such file");
    }

    @Test
    void badUsageExitsTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("analyze")).isEqualTo(2);
        assertThat(run("analyze", "--no-such-option", "x.csv")).isEqualTo(2);
        assertThat(console.err()).doesNotContain("Exception");
    }

    @Test
    void analyzeListsTheFirstProblemsOfAKindAndCountsTheRest() throws IOException {
        String[] lines = new String[32];
        lines[0] = header();
        lines[1] = row(0);
        Arrays.fill(lines, 2, 32, "");
        Path blanks = write("blanks.csv", lines(lines));

        assertThat(run("analyze", blanks.toString())).isEqualTo(1);
        assertThat(console.out().lines().filter(l -> l.contains(": blank line"))).hasSize(ProblemLog.DEFAULT_LIMIT);
        assertThat(console.out()).contains("(... and 10 more not listed)");
    }

    @Test
    void analyzeJsonIsMachineReadable() throws IOException {
        Path bad = damaged();

        assertThat(run("analyze", "--json", bad.toString())).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(console.out());
        assertThat(report.get("problems").asLong()).isEqualTo(2);
        JsonNode file = report.get("files").get(0);
        assertThat(file.get("byKind").get("DUPLICATE_ROW").asLong()).isEqualTo(1);
        assertThat(file.get("listed").get("MALFORMED_CSV").get(0).get("line").asLong()).isEqualTo(3);
    }

    @Test
    void quietAnalyzePrintsNothingButKeepsTheExitCode() throws IOException {
        assertThat(run("analyze", "-q", damaged().toString())).isEqualTo(1);
        assertThat(console.out()).isEmpty();
    }

    @Test
    void repairNeverTouchesTheOriginal() throws IOException {
        Path bad = damaged();
        byte[] before = Files.readAllBytes(bad);

        assertThat(run("repair", bad.toString())).isZero();

        assertThat(Files.readAllBytes(bad)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(bad)).isEqualTo(OLD);
        assertThat(Files.readAllLines(dir.resolve("metrics.repaired.csv"))).containsExactly(header(), row(0), row(1));
        assertThat(Files.readString(dir.resolve("metrics.repaired.csv.quarantine.txt"))).contains("garbage,\"");
        assertThat(console.out()).contains("kept 2 rows", "quarantined 1 lines", "dropped 1 lines: duplicate row");
    }

    @Test
    void repairRefusesToOverwriteAnExistingOutputUnlessForced() throws IOException {
        Path bad = damaged();
        Path existing = write("mine.csv", Fixture.utf8("precious\n"));

        assertThat(run("repair", bad.toString(), "-o", existing.toString())).isEqualTo(2);
        assertThat(Files.readString(existing)).isEqualTo("precious\n");
        assertThat(console.err()).contains("already exists");

        assertThat(run("repair", bad.toString(), "-o", existing.toString(), "--force")).isZero();
        assertThat(Files.readAllLines(existing)).containsExactly(header(), row(0), row(1));
    }

    @Test
    void repairInPlaceKeepsABackupOfTheOriginalFirst() throws IOException {
        Path bad = damaged();
        byte[] before = Files.readAllBytes(bad);
        Path backups = dir.resolve("keep");

        assertThat(run("repair", "--in-place", "--backup-dir", backups.toString(), bad.toString())).isZero();

        assertThat(Files.readAllLines(bad)).containsExactly(header(), row(0), row(1));
        try (Stream<Path> kept = Files.list(backups)) {
            List<Path> all = kept.toList();
            assertThat(all).hasSize(1);
            assertThat(Files.readAllBytes(all.get(0))).isEqualTo(before);
        }
        assertThat(Files.exists(dir.resolve("metrics.csv.quarantine.txt"))).isTrue();
    }

    @Test
    void repairInPlaceOfACleanFileLeavesItUntouched() throws IOException {
        Path clean = write("clean.csv", Fixture.validFile(5));

        assertThat(run("repair", "--in-place", clean.toString())).isZero();

        assertThat(Files.getLastModifiedTime(clean)).isEqualTo(OLD);
        assertThat(Files.exists(dir.resolve("backups"))).isFalse();
        assertThat(console.out()).contains("already clean");
    }

    @Test
    void repairRejectsOutputAndInPlaceTogether() throws IOException {
        assertThat(run("repair", "--in-place", "-o", "x.csv", damaged().toString())).isEqualTo(2);
    }

    @Test
    void statsAndMergeExitZero() throws IOException {
        Path a = write("a.csv", Fixture.validFile(6));
        Path merged = dir.resolve("merged.csv");

        assertThat(run("stats", "--json", a.toString())).isZero();
        JsonNode stats = new ObjectMapper().readTree(console.out());
        assertThat(stats.get("rows").asLong()).isEqualTo(6);
        assertThat(stats.get("miners")).hasSize(3);

        Path copy = write("copy.csv", Fixture.validFile(6));
        assertThat(run("merge", "-q", merged.toString(), a.toString(), copy.toString())).isZero();
        assertThat(Files.readAllLines(merged)).hasSize(7);
        assertThat(run("merge", merged.toString(), a.toString())).as("existing OUT").isEqualTo(2);
    }

    @Test
    void outputsTakeTheInputsPermissionsNotThePrivateOnesOfATemporaryFile() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class));
        Path bad = damaged();
        Set<PosixFilePermission> perms = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(bad, perms);

        assertThat(run("repair", bad.toString())).isZero();
        assertThat(run("repair", "--in-place", bad.toString())).isZero();

        assertThat(Files.getPosixFilePermissions(dir.resolve("metrics.repaired.csv"))).isEqualTo(perms);
        assertThat(Files.getPosixFilePermissions(bad)).isEqualTo(perms);
    }

    @Test
    void anOutputThatCannotBeWrittenIsOneLineAndExitOne() throws IOException {
        Path bad = damaged();
        Path notADirectory = write("plain.txt", Fixture.utf8("x"));

        assertThat(run("repair", bad.toString(), "-o", notADirectory.resolve("out.csv").toString())).isEqualTo(1);

        assertThat(console.err().strip()).doesNotContain("\n").doesNotContain("Exception").contains("plain.txt");
    }

    @Test
    void inPlaceRepairOfAFileSomeoneAppendsToMeanwhileReplacesNothing() throws IOException {
        Path bad = damaged();
        Progress appendDuringScan = new Progress() {
            private boolean appended;

            @Override
            public void advance(long bytes) {
                if (appended) {
                    return;
                }
                appended = true;
                try {
                    Files.write(bad, Fixture.lines(row(2)), StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() {
            }
        };

        assertThatThrownBy(() -> Repairer.run(bad, new Repairer.Options(null, true, null, false), Fixture.SCAN,
                Fixture.QUIET, Fixture.NOWHERE, appendDuringScan))
                .isInstanceOf(UserException.class).hasMessageContaining("changed while");

        assertThat(Files.readAllLines(bad)).endsWith(row(2)).contains("garbage,\"");
        assertThat(Files.exists(dir.resolve("backups"))).isFalse();
    }

    @Test
    void hostileBytesFromAFileReachTheTerminalOnlyAsVisibleEscapes() throws IOException {
        String evil = "\u001B]0;pwned\u0007\u001B[2J\u202E";
        Path file = write("evil.csv", Fixture.concat(lines(header(), row(Fixture.sample(0).alias("x" + evil))),
                Fixture.utf8("torn" + evil)));

        assertThat(run("analyze", file.toString())).isEqualTo(1);
        assertThat(run("stats", file.toString())).isZero();

        assertThat(console.out()).doesNotContain("\u001B", "\u0007", "\u202E").contains("\\x1B", "\\u202E");
    }
}
