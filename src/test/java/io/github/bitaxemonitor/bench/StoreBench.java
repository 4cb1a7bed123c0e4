package io.github.bitaxemonitor.bench;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.store.CsvMetricsStore;
import io.github.bitaxemonitor.store.DataFiles;
import io.github.bitaxemonitor.store.SampleCsv;
import io.github.bitaxemonitor.store.StoreSettings;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cost of one cycle's append through the real store ({@link CsvMetricsStore}: one write, forced to disk) on top
 * of existing history, next to a plain append of the same bytes without and with a force, which isolates the cost of
 * the fsync. With {@code --backup true} it also times one background backup of the current data file, from the
 * append that requests it until the compressed copy is in place.
 *
 * <p>Usage: {@code StoreBench --csv-path DIR/metrics.csv [--miners 1000] [--cycles 30] [--warmup 10] [--backup false]};
 * the history
 * under csv_path is appended to (run it on a copy). Prints one {@code key=value} line.
 */
public final class StoreBench {
    public static void main(String[] args) throws Exception {
        Args a = Args.parse(args, "--csv-path", "--miners", "--cycles", "--backup", "--warmup");
        Path csvPath = Path.of(a.value("--csv-path", "data/metrics.csv"));
        int miners = (int) a.number("--miners", 1000);
        int cycles = (int) a.number("--cycles", 30);
        boolean backup = Boolean.parseBoolean(a.value("--backup", "false"));
        int warmup = backup ? 0 : (int) a.number("--warmup", 10);
        Path backups = csvPath.toAbsolutePath().getParent().resolveSibling("backups");
        StoreSettings settings = new StoreSettings(csvPath, StoreSettings.Rotation.DAILY, 100_000_000L, backups,
                backup ? 1 : 0, 10);
        FleetModel fleet = new FleetModel(miners);
        Clock clock = Clock.systemUTC();
        double[] append = new double[cycles];
        long rowBytes = 0;
        long openNs = System.nanoTime();
        try (CsvMetricsStore store = CsvMetricsStore.open(settings, clock, line -> { })) {
            openNs = System.nanoTime() - openNs;
            for (int i = 0; i < warmup; i++) { // JIT warm-up: the first cycles of a fresh JVM are not what a monitor pays
                store.appendCycle(cycle(fleet, clock.instant().getEpochSecond()));
            }
            for (int i = 0; i < cycles; i++) {
                List<Sample> cycle = cycle(fleet, clock.instant().getEpochSecond());
                long t0 = System.nanoTime();
                store.appendCycle(cycle);
                append[i] = (System.nanoTime() - t0) / 1e6;
            }
            if (backup) {
                Path file = DataFiles.of(csvPath).newest();
                long t0 = System.nanoTime();
                long found = waitForBackup(backups, 120_000);
                System.out.printf("backup file=%s file_bytes=%d backup_ms=%.1f gz_bytes=%d%n", file.getFileName(),
                        Files.size(file), (System.nanoTime() - t0) / 1e6 + append[cycles - 1], found);
                return;
            }
        }
        byte[] bytes = encode(cycle(fleet, clock.instant().getEpochSecond()));
        rowBytes = bytes.length;
        Path scratch = Files.createTempFile(csvPath.toAbsolutePath().getParent(), "plain-append", ".csv");
        double[] plain = new double[cycles];
        double[] forced = new double[cycles];
        try (FileChannel ch = FileChannel.open(scratch, StandardOpenOption.APPEND)) {
            for (int i = 0; i < cycles; i++) {
                long t0 = System.nanoTime();
                ch.write(ByteBuffer.wrap(bytes));
                plain[i] = (System.nanoTime() - t0) / 1e6;
                t0 = System.nanoTime();
                ch.write(ByteBuffer.wrap(bytes));
                ch.force(false);
                forced[i] = (System.nanoTime() - t0) / 1e6;
            }
        } finally {
            Files.deleteIfExists(scratch);
        }
        System.out.printf("store miners=%d cycles=%d cycle_bytes=%d open_ms=%.1f append_median_ms=%.2f append_p90_ms=%.2f"
                        + " append_max_ms=%.2f plain_write_median_ms=%.3f write_fsync_median_ms=%.2f%n", miners, cycles,
                rowBytes, openNs / 1e6, median(append), pct(append, 0.9), pct(append, 1.0), median(plain), median(forced));
    }

    private static List<Sample> cycle(FleetModel fleet, long t) {
        List<Sample> out = new ArrayList<>(fleet.miners());
        for (int m = 0; m < fleet.miners(); m++) {
            out.add(fleet.sample(m, t));
        }
        return out;
    }

    private static byte[] encode(List<Sample> samples) {
        StringBuilder sb = new StringBuilder(samples.size() * 600);
        samples.forEach(s -> SampleCsv.appendRow(s, sb));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Waits until a finished backup (a .csv.gz, not a temporary file) is in {@code dir}; returns its size. */
    private static long waitForBackup(Path dir, long timeoutMs) throws IOException, InterruptedException {
        long until = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < until) {
            if (Files.isDirectory(dir)) {
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.csv.gz")) {
                    for (Path p : ds) {
                        return Files.size(p);
                    }
                }
            }
            Thread.sleep(5);
        }
        throw new IOException("no backup appeared in " + dir + " within " + timeoutMs + " ms");
    }

    private static double median(double[] v) {
        return pct(v, 0.5);
    }

    private static double pct(double[] v, double p) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.floor(p * (s.length - 1) + 0.5))];
    }
}
