package io.github.bitaxemonitor.ops;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How much disk the data takes per month: miners times cycles per month times bytes per row. Bytes per row are
 * measured from the newest data files when there are any (rows differ by vendor and by what the miners report),
 * else taken from a typical row.
 *
 * @param bytesPerRow   measured or typical
 * @param measured      true when measured from data files
 * @param bytesPerMonth for 30 days at this fleet size and interval
 */
public record DiskForecast(double bytesPerRow, boolean measured, double bytesPerMonth) {
    /**
     * A Bitaxe row from the simulator's AxeOS 2.x replies, measured on the files of a 12-miner run: 399.6 bytes (see
     * docs/PERFORMANCE.md); real rows are within a few tens of bytes of it.
     */
    static final double TYPICAL_ROW_BYTES = 400;
    static final Duration MONTH = Duration.ofDays(30);
    /** Enough rows for a stable mean; reading more would make a health check slow on a Pi. */
    private static final long MAX_BYTES_READ = 8L * 1024 * 1024;

    /**
     * @param files data files, oldest first (the newest are measured)
     */
    public static DiskForecast of(List<Path> files, int miners, Duration interval) {
        double perRow = TYPICAL_ROW_BYTES;
        boolean measured = false;
        long bytes = 0;
        long rows = 0;
        for (int i = files.size() - 1; i >= 0 && bytes < MAX_BYTES_READ; i--) {
            long[] counted = count(files.get(i), MAX_BYTES_READ - bytes);
            bytes += counted[0];
            rows += counted[1];
        }
        if (rows > 0) {
            perRow = (double) bytes / rows;
            measured = true;
        }
        double cycles = (double) MONTH.toMillis() / Math.max(1, interval.toMillis());
        return new DiskForecast(perRow, measured, perRow * miners * cycles);
    }

    /**
     * Bytes and rows of the whole rows within the file's first {@code budget} bytes, its header line left out (a
     * budget that ends mid-row must not make rows look shorter than they are); zeros when unreadable.
     */
    private static long[] count(Path file, long budget) {
        long read = 0;
        long rows = 0;
        long headerEnd = -1;
        long lastRowEnd = -1;
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while (read < budget && (n = in.read(buf, 0, (int) Math.min(buf.length, budget - read))) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        if (headerEnd < 0) {
                            headerEnd = read + i + 1;
                        } else {
                            rows++;
                            lastRowEnd = read + i + 1;
                        }
                    }
                }
                read += n;
            }
        } catch (IOException e) {
            return new long[] {0, 0};
        }
        return rows == 0 ? new long[] {0, 0} : new long[] {lastRowEnd - headerEnd, rows};
    }
}
