package io.github.bitaxemonitor.ops;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads what Linux tells about this process and machine from /proc and /sys. Each fact is read on its own and is
 * null when its file is missing or says something unexpected (another OS, a container without /sys): an unknown
 * fact must never read as zero. The root is a parameter so tests can give a made-up /proc.
 */
final class HostFacts {
    /** A thermal zone's file is a few bytes; a larger one is not what we think it is. */
    private static final long MAX_SMALL_FILE = 64 * 1024;
    /** Fewer zones than any board has, so a strange /sys cannot make a heartbeat slow. */
    private static final int MAX_ZONES = 64;

    private final Path root;

    HostFacts(Path root) {
        this.root = root;
    }

    static HostFacts system() {
        return new HostFacts(Path.of("/"));
    }

    Heartbeat.Resources process() {
        return new Heartbeat.Resources(statusKb("VmRSS"), fds(false), fds(true));
    }

    Heartbeat.Host host() {
        Double[] load = loadAverage();
        return new Heartbeat.Host(load[0], load[1], load[2], meminfoKb("MemTotal"), meminfoKb("MemAvailable"),
                hottestZone());
    }

    /** A "Key:   1234 kB" line of /proc/self/status, in bytes. */
    private Long statusKb(String key) {
        return kbLine(root.resolve("proc/self/status"), key);
    }

    private Long meminfoKb(String key) {
        return kbLine(root.resolve("proc/meminfo"), key);
    }

    private static Long kbLine(Path file, String key) {
        List<String> lines = lines(file);
        for (String line : lines) {
            if (line.startsWith(key + ":")) {
                String[] parts = line.substring(key.length() + 1).trim().split("\\s+");
                try {
                    long n = Long.parseLong(parts[0]);
                    boolean kb = parts.length > 1 && parts[1].equalsIgnoreCase("kB");
                    return n < 0 ? null : kb ? n * 1024 : n;
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** Open descriptors, or only those that are sockets; null without /proc/self/fd. */
    private Integer fds(boolean socketsOnly) {
        Path dir = root.resolve("proc/self/fd");
        if (!Files.isDirectory(dir)) {
            return null;
        }
        int n = 0;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path fd : ds) {
                if (!socketsOnly) {
                    n++;
                    continue;
                }
                try {
                    if (Files.readSymbolicLink(fd).toString().startsWith("socket:")) {
                        n++;
                    }
                } catch (IOException | UnsupportedOperationException closedMeanwhile) {
                    // the descriptor was closed between the listing and the look: it is no socket of ours now
                }
            }
        } catch (IOException e) {
            return null;
        }
        // The listing itself holds a descriptor, which is not the monitor's.
        return socketsOnly ? n : Math.max(0, n - 1);
    }

    private Double[] loadAverage() {
        List<String> lines = lines(root.resolve("proc/loadavg"));
        Double[] load = new Double[3];
        if (!lines.isEmpty()) {
            String[] parts = lines.get(0).trim().split("\\s+");
            for (int i = 0; i < 3 && i < parts.length; i++) {
                load[i] = number(parts[i]);
            }
        }
        return load;
    }

    /** The hottest thermal zone in degrees Celsius (the kernel reports millidegrees); null when there is none. */
    private Double hottestZone() {
        Path dir = root.resolve("sys/class/thermal");
        if (!Files.isDirectory(dir)) {
            return null;
        }
        Double hottest = null;
        int seen = 0;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "thermal_zone*")) {
            for (Path zone : ds) {
                if (++seen > MAX_ZONES) {
                    break;
                }
                List<String> lines = lines(zone.resolve("temp"));
                Double milli = lines.isEmpty() ? null : number(lines.get(0).trim());
                // Sensors that are absent report nonsense (-273 C, 0, or millions): not a temperature.
                if (milli != null && milli > -50_000 && milli < 200_000 && milli != 0) {
                    double c = milli / 1000.0;
                    hottest = hottest == null ? c : Math.max(hottest, c);
                }
            }
        } catch (IOException e) {
            return hottest;
        }
        return hottest;
    }

    private static Double number(String s) {
        try {
            double d = Double.parseDouble(s);
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The file's lines, or none when it is missing, unreadable or too large to be what we expect. */
    private static List<String> lines(Path file) {
        try {
            // /proc files report size 0; the cap is for regular files that pretend to be them.
            if (!Files.isReadable(file) || Files.size(file) > MAX_SMALL_FILE) {
                return List.of();
            }
            return Files.readAllLines(file);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
