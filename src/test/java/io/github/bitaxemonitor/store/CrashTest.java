package io.github.bitaxemonitor.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.github.bitaxemonitor.model.Sample;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writer process with SIGKILL at random moments - during JVM start, open and repair, appends, rotations and
 * backups - and after every kill reopens the files and proves: every complete row is intact and decodes to exactly
 * the sample that was written, every acknowledged cycle is present in full, nothing before the last acknowledgement
 * was lost, and no line is torn after open. A SIGKILL cannot stop a write() half-way, so some kills are followed by
 * appending a torn row by hand, as a power cut would leave it. Reproduce a failure with -Dcrash.seed=N (printed).
 */
class CrashTest {
    private static final int KILLS = Integer.getInteger("crash.kills", 15);

    @TempDir
    Path tmp;

    /**
     * The process under test; it must print {@code ACK <n>} once cycle n is durable. This is the one place to change
     * to point the test at the real {@code monitor}.
     */
    private static List<String> childCommand(Path csvPath, Path backupDir, int run) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Xmx64m",
                "-cp", cp, CrashChild.class.getName(), csvPath.toString(), backupDir.toString(), Integer.toString(run));
    }

    @Test
    void sigkillAtRandomMomentsNeverLosesAnAcknowledgedCycleOrLeavesABrokenRow() throws Exception {
        long seed = Long.getLong("crash.seed", System.nanoTime());
        System.out.println("CrashTest seed " + seed + " (-Dcrash.seed=" + seed + " reproduces the kill schedule)");
        Random rnd = new Random(seed);
        StoreSettings settings = CrashRows.settings(tmp.resolve("data").resolve("metrics.csv"), tmp.resolve("backups"));
        List<Integer> lastAcks = new ArrayList<>();
        boolean lockChecked = false;
        int acknowledged = 0;

        for (int run = 0; run < KILLS; run++) {
            Path stdout = tmp.resolve("child-" + run + ".out");
            Path stderr = tmp.resolve("child-" + run + ".err");
            Process child = new ProcessBuilder(childCommand(settings.csvPath(), settings.backupDir(), run))
                    .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            try {
                if (rnd.nextInt(4) == 0) {
                    Thread.sleep(rnd.nextInt(1500)); // anywhere: JVM start, lock, repair, first cycles
                } else {
                    awaitAck(child, stdout, rnd.nextInt(25), stderr);
                    if (!lockChecked) {
                        assertThatThrownBy(() -> CsvMetricsStore.open(settings, Clock.systemUTC(), l -> { }))
                                .hasMessageContaining("another monitor (pid " + child.pid() + ")");
                        lockChecked = true;
                    }
                    Thread.sleep(rnd.nextInt(25));
                }
            } finally {
                child.destroyForcibly();
                assertThat(child.waitFor(20, TimeUnit.SECONDS)).as("child exits after SIGKILL").isTrue();
            }
            int lastAck = lastAck(stdout);
            lastAcks.add(lastAck);
            acknowledged += lastAck + 1;

            long torn = rnd.nextInt(3) == 0 ? tearNewestFile(settings, rnd) : 0;
            try (CsvMetricsStore reopened = CsvMetricsStore.open(settings, Clock.systemUTC(), l -> { })) {
                assertThat(reopened.openReport().tornBytesDropped()).as("seed %d run %d", seed, run)
                        .isGreaterThanOrEqualTo(torn);
            }
            verifyData(settings, lastAcks, seed);
        }

        cleanRunWithInlineBackup(settings, lastAcks);
        verifyData(settings, lastAcks, seed);
        verifyBackups(settings);
        assertThat(lockChecked).as("a live child's lock was seen").isTrue();
        assertThat(acknowledged).as("kills landed after some acknowledged cycles").isGreaterThan(KILLS);
    }

    /**
     * The highest n of the child's {@code ACK n} lines. Its stdout goes to a file, not a pipe: what a killed process
     * wrote to a file is never lost, while bytes left in a pipe can be. A line cut by the kill ("ACK 1" of "ACK 12")
     * can only look smaller, so the maximum is safe.
     */
    private static int lastAck(Path stdout) throws IOException {
        int last = -1;
        for (String line : Files.readAllLines(stdout, StandardCharsets.US_ASCII)) {
            if (line.matches("ACK \\d+")) {
                last = Math.max(last, Integer.parseInt(line.substring(4)));
            }
        }
        return last;
    }

    private static void awaitAck(Process child, Path stdout, int target, Path stderr) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (lastAck(stdout) < target) {
            if (!child.isAlive() || System.nanoTime() > deadline) {
                fail("child did not acknowledge cycle " + target + " (alive=" + child.isAlive() + "): "
                        + Files.readString(stderr));
            }
            Thread.sleep(3);
        }
    }

    /** Appends the start of a row without its LF to the newest file, as a power cut mid-write would; returns its length. */
    private static long tearNewestFile(StoreSettings settings, Random rnd) throws IOException {
        Path newest = DataFiles.of(settings.csvPath()).newest();
        if (newest == null) {
            return 0;
        }
        String row = SampleCsv.row(SampleCsv.validate(CrashRows.sample(999, 0, 0), r -> { }));
        byte[] torn = row.substring(0, 1 + rnd.nextInt(row.length() - 1)).getBytes(StandardCharsets.UTF_8);
        Files.write(newest, torn, StandardOpenOption.APPEND);
        return torn.length;
    }

    private static void verifyData(StoreSettings settings, List<Integer> lastAcks, long seed) throws IOException {
        Map<Long, Map<Long, Set<Long>>> seen = new HashMap<>();
        for (Path file : DataFiles.of(settings.csvPath()).list()) {
            for (Sample s : StoreFixture.readValid(file)) {
                Sample expected = SampleCsv.validate(CrashRows.sample(s.uptimeS(), s.sharesAccepted(), s.fanRpm()),
                        r -> { });
                assertThat(s).as("seed %d: row in %s", seed, file).isEqualTo(expected);
                boolean first = seen.computeIfAbsent(s.uptimeS(), k -> new HashMap<>())
                        .computeIfAbsent(s.sharesAccepted(), k -> new HashSet<>()).add(s.fanRpm());
                assertThat(first).as("seed %d: row written once: %s", seed, s).isTrue();
            }
        }
        for (int run = 0; run < lastAcks.size(); run++) {
            int ack = lastAcks.get(run);
            Map<Long, Set<Long>> cycles = seen.getOrDefault((long) run, Map.of());
            for (long c = 0; c <= ack; c++) {
                assertThat(cycles.getOrDefault(c, Set.of())).as("seed %d: run %d acknowledged cycle %d", seed, run, c)
                        .hasSize(CrashRows.MINERS);
            }
            long unacknowledged = ack + 1L; // the one cycle that may have become durable just before its ACK
            assertThat(cycles.keySet()).as("seed %d: run %d has nothing after cycle %d", seed, run, unacknowledged)
                    .allSatisfy(c -> assertThat(c).isLessThanOrEqualTo(unacknowledged));
        }
    }

    /**
     * One last run that is not killed, its backups inline, so at least one backup is certain to exist whatever the
     * kills hit: on a slow machine every background backup can be cut off, and then nothing would be left to verify.
     */
    private static void cleanRunWithInlineBackup(StoreSettings settings, List<Integer> lastAcks) throws IOException {
        int run = lastAcks.size();
        try (CsvMetricsStore store = CsvMetricsStore.open(settings, Clock.systemUTC(), l -> { }, AppendFile::open,
                Runnable::run)) {
            for (int c = 0; c < settings.backupEvery(); c++) {
                store.appendCycle(CrashRows.cycle(run, c));
            }
        }
        lastAcks.add(settings.backupEvery() - 1);
    }

    private static void verifyBackups(StoreSettings settings) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(settings.backupDir())) {
            files = list.toList();
        }
        assertThat(files).as("no unfinished backup after open").noneMatch(p -> p.toString().endsWith(".tmp"));
        assertThat(files).isNotEmpty().hasSizeLessThanOrEqualTo(settings.backupKeep());
        for (Path gz : files) {
            Path plain = Files.createTempFile(settings.backupDir().getParent(), "backup", ".csv");
            try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
                Files.write(plain, in.readAllBytes());
            }
            assertThat(StoreFixture.readValid(plain)).as("backup %s", gz).isNotEmpty();
            Files.delete(plain);
        }
    }
}
