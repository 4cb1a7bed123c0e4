package io.github.bitaxemonitor.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.bitaxemonitor.model.Hostnames;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Each miner's last real hostname, so rows keep a name when a reply comes without one (older firmware sends none,
 * {@code ""} or {@code "Unknown"}). Kept as a JSON object keyed by address ({@code "192.168.1.45:80": "bitaxe-gamma"});
 * the original tool's keys without a port are still read. Replaced atomically and only when something changed.
 * The file is read and written without following a link: a save renames a new file over the name, so a link there
 * is replaced, never written through. Used from the collector thread; synchronized so a shutdown save cannot
 * interleave with a cycle.
 */
public final class HostnameCache {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    /** address (or, from the original tool, bare host) -> sanitised hostname; sorted so the file diffs well. */
    private final Map<String, String> names = new TreeMap<>();
    private boolean changed;

    private HostnameCache(Path file) {
        this.file = file;
    }

    /** Reads the cache; a missing file is an empty cache, an unreadable one is logged and treated as empty. */
    public static HostnameCache load(Path file, Consumer<String> log) {
        HostnameCache cache = new HostnameCache(file);
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile()) {
                log.accept("hostname cache " + file + " is not a regular file (" + (a.isSymbolicLink() ? "a link"
                        : "a directory or special file") + "): ignored, starting empty; a link is replaced by a file"
                        + " when a hostname arrives");
                return cache;
            }
            JsonNode root;
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                root = JSON.readTree(in);
            }
            if (root == null || !root.isObject()) {
                throw new IOException("not a JSON object");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String name = e.getValue().isTextual() ? Hostnames.usable(e.getValue().asText()) : null;
                if (name != null) {
                    cache.names.put(e.getKey(), name);
                }
            }
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            return cache;
        } catch (IOException e) {
            log.accept("hostname cache " + file + " unreadable (" + firstLine(e.getMessage())
                    + "): starting empty; it is rewritten when a hostname arrives");
        }
        return cache;
    }

    /**
     * The hostname for a row: the reply's when it is usable (remembering it if new), else the cached one, else null.
     *
     * @param address       the miner's address ({@code host:port})
     * @param host          its host alone, to find entries the original tool wrote
     * @param replyHostname what the miner said, possibly null, blank or "Unknown"
     */
    public synchronized String resolve(String address, String host, String replyHostname) {
        String fresh = Hostnames.usable(replyHostname);
        if (fresh != null) {
            if (!fresh.equals(names.put(address, fresh))) {
                changed = true;
            }
            return fresh;
        }
        String cached = names.get(address);
        return cached != null ? cached : names.get(host);
    }

    /**
     * Writes the file if a hostname changed since the last save, or the file is gone; a failed save is retried on the
     * next call.
     */
    public synchronized boolean saveIfChanged() throws IOException {
        // A file deleted under a running monitor (with its data directory) is written again, not lost for good.
        if (!changed && (names.isEmpty() || Files.exists(file, LinkOption.NOFOLLOW_LINKS))) {
            return false;
        }
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".hostname_cache", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                ByteBuffer buf = ByteBuffer.wrap(JSON.writeValueAsBytes(names));
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        changed = false;
        return true;
    }

    public Path file() {
        return file;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
