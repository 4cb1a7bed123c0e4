package io.github.bitaxemonitor.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bitaxemonitor.repair.AtomicFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;

/**
 * The heartbeat on disk: {@value #NAME} in the data directory, JSON, replaced whole (temporary file, fsync, rename)
 * so a reader never sees half of one. Reading treats the file as hostile: it may be huge, truncated, not JSON, or
 * hold values of the wrong type or range; each case is one {@link IOException} whose message says what is wrong.
 */
public final class HeartbeatFile {
    public static final String NAME = "heartbeat.json";
    /** The layout written; a reader refuses another rather than misread it. */
    static final int FORMAT = 1;
    /** A heartbeat is under a kilobyte; a bigger file is not one. */
    private static final int MAX_BYTES = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private HeartbeatFile() {
    }

    /** Where the monitor writing to {@code dataDirectory} keeps its heartbeat. */
    public static Path in(Path dataDirectory) {
        return dataDirectory.resolve(NAME);
    }

    /**
     * @param like a data file whose permissions a new heartbeat takes, so whoever may read the data (the viewer, a
     *             monitoring agent as another user) may read it too; null (or a file gone meanwhile, rotated
     *             away) keeps a new file private
     */
    public static void write(Path file, Heartbeat h, Path like) throws IOException {
        try (AtomicFile f = new AtomicFile(file, like != null && Files.exists(like) ? like : null)) {
            f.out().write(JSON.writeValueAsBytes(toJson(h)));
            f.out().write('\n');
            f.commit();
        }
    }

    /**
     * @throws java.nio.file.NoSuchFileException when there is no heartbeat (the monitor never ran here)
     * @throws IOException                       with a one-line reason when it cannot be read or is not a heartbeat
     */
    public static Heartbeat read(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("not a regular file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new IOException("larger than " + MAX_BYTES / 1024 + " KiB: not a heartbeat");
        }
        JsonNode root;
        try {
            root = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IOException("not JSON (damaged or cut short): line " + e.getLocation().getLineNr()
                    + " column " + e.getLocation().getColumnNr());
        }
        if (root == null || !root.isObject()) {
            throw new IOException("not a JSON object");
        }
        return fromJson(root);
    }

    private static ObjectNode toJson(Heartbeat h) {
        ObjectNode n = JSON.createObjectNode();
        n.put("format", FORMAT);
        n.put("pid", h.pid());
        n.put("started_at", h.startedAt().toString());
        n.put("written_at", h.writtenAt().toString());
        n.put("cycle", h.cycle());
        n.put("cycle_started", h.cycleStarted().toString());
        n.put("cycle_ms", h.cycleTook().toMillis());
        n.put("interval_ms", h.interval().toMillis());
        n.put("miners", h.miners());
        n.put("rows_written", h.rowsWritten());
        n.put("rows_total", h.rowsTotal());
        n.put("write_failures", h.writeFailures());
        if (h.writeError() != null) {
            n.put("write_error", h.writeError());
        }
        n.put("held_rows", h.heldRows());
        n.put("offline", h.offline());
        if (h.stoppedAt() != null) {
            n.put("stopped_at", h.stoppedAt().toString());
        }
        if (h.disk() != null) {
            ObjectNode d = n.putObject("disk");
            d.put("free_bytes", h.disk().freeBytes());
            d.put("used_bytes", h.disk().usedBytes());
            d.put("total_bytes", h.disk().totalBytes());
        }
        ObjectNode p = n.putObject("process");
        putIfKnown(p, "rss_bytes", h.process().rssBytes());
        putIfKnown(p, "open_fds", h.process().openFds());
        putIfKnown(p, "sockets", h.process().sockets());
        ObjectNode o = n.putObject("host");
        putIfKnown(o, "load1", h.host().load1());
        putIfKnown(o, "load5", h.host().load5());
        putIfKnown(o, "load15", h.host().load15());
        putIfKnown(o, "mem_total_bytes", h.host().memTotalBytes());
        putIfKnown(o, "mem_available_bytes", h.host().memAvailableBytes());
        putIfKnown(o, "temperature_c", h.host().temperatureC());
        return n;
    }

    private static void putIfKnown(ObjectNode n, String key, Number v) {
        if (v instanceof Double d) {
            n.put(key, d);
        } else if (v != null) {
            n.put(key, v.longValue());
        }
    }

    private static Heartbeat fromJson(JsonNode n) throws IOException {
        long format = count(n, "format", Integer.MAX_VALUE);
        if (format != FORMAT) {
            throw new IOException("format " + format + ", this version reads format " + FORMAT);
        }
        // In the file's order, so the first problem reported is the first one in the file.
        long pid = count(n, "pid", Long.MAX_VALUE);
        Instant startedAt = instant(n, "started_at", true);
        Instant writtenAt = instant(n, "written_at", true);
        long cycle = count(n, "cycle", Long.MAX_VALUE);
        Instant cycleStarted = instant(n, "cycle_started", true);
        Duration took = Duration.ofMillis(count(n, "cycle_ms", Duration.ofDays(1).toMillis()));
        Duration interval = Duration.ofMillis(count(n, "interval_ms", Duration.ofDays(1).toMillis()));
        if (interval.isZero()) {
            throw new IOException("interval_ms is 0");
        }
        int miners = (int) count(n, "miners", Integer.MAX_VALUE);
        int rowsWritten = (int) count(n, "rows_written", Integer.MAX_VALUE);
        long rowsTotal = count(n, "rows_total", Long.MAX_VALUE);
        int writeFailures = (int) count(n, "write_failures", Integer.MAX_VALUE);
        String writeError = text(n, "write_error");
        int held = (int) count(n, "held_rows", Integer.MAX_VALUE);
        int offline = (int) count(n, "offline", Integer.MAX_VALUE);
        Instant stoppedAt = instant(n, "stopped_at", false);
        Heartbeat.Disk d = null;
        JsonNode disk = object(n, "disk");
        if (!disk.isEmpty()) {
            d = new Heartbeat.Disk(count(disk, "free_bytes", Long.MAX_VALUE), count(disk, "used_bytes", Long.MAX_VALUE),
                    count(disk, "total_bytes", Long.MAX_VALUE));
        }
        JsonNode p = object(n, "process");
        JsonNode o = object(n, "host");
        return new Heartbeat(pid, startedAt, writtenAt, cycle, cycleStarted, took, interval, miners, rowsWritten,
                rowsTotal, writeFailures, writeError, held, offline, stoppedAt, d,
                new Heartbeat.Resources(optionalCount(p, "rss_bytes"), optionalInt(p, "open_fds"),
                        optionalInt(p, "sockets")),
                new Heartbeat.Host(optionalNumber(o, "load1"), optionalNumber(o, "load5"), optionalNumber(o, "load15"),
                        optionalCount(o, "mem_total_bytes"), optionalCount(o, "mem_available_bytes"),
                        optionalNumber(o, "temperature_c")));
    }

    /** A required whole number in 0..max. */
    private static long count(JsonNode n, String key, long max) throws IOException {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            throw new IOException("no " + key);
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < 0 || v.asLong() > max) {
            throw new IOException(key + " is not a whole number from 0 to " + max);
        }
        return v.asLong();
    }

    private static JsonNode object(JsonNode n, String key) throws IOException {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            return JSON.createObjectNode();
        }
        if (!v.isObject()) {
            throw new IOException(key + " is not an object");
        }
        return v;
    }

    private static Long optionalCount(JsonNode n, String key) throws IOException {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : count(n, key, Long.MAX_VALUE);
    }

    private static Integer optionalInt(JsonNode n, String key) throws IOException {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : (int) count(n, key, Integer.MAX_VALUE);
    }

    private static Double optionalNumber(JsonNode n, String key) throws IOException {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber() || !Double.isFinite(v.asDouble()) || Math.abs(v.asDouble()) > 1e9) {
            throw new IOException(key + " is not a number");
        }
        return v.asDouble();
    }

    private static String text(JsonNode n, String key) throws IOException {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new IOException(key + " is not text");
        }
        return v.asText();
    }

    private static Instant instant(JsonNode n, String key, boolean required) throws IOException {
        String s = text(n, key);
        if (s == null) {
            if (required) {
                throw new IOException("no " + key);
            }
            return null;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeException e) {
            throw new IOException(key + " is not a time (ISO-8601, e.g. 2026-12-06T03:00:00Z)");
        }
    }
}
