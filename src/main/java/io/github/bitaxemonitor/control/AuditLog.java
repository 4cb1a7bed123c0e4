package io.github.bitaxemonitor.control;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.text.HostileText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every action on a miner, one JSON object per line in {@value #FILE_NAME} beside the data files: when, from where
 * (cli, benchmark, viewer, recovery), what, on which miner, the values before and after, and the result. Lines are
 * only ever appended, each with one write and forced to disk, and never through a link. Values from miners are
 * sanitised before they are stored.
 */
public final class AuditLog {
    public static final String FILE_NAME = "control-audit.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Clock clock;

    public AuditLog(Path dataDirectory, Clock clock) {
        this.file = dataDirectory.resolve(FILE_NAME);
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /**
     * One action's record.
     *
     * @param source  "cli", "benchmark", "viewer" or "recovery"
     * @param session benchmark session id, or null
     * @param action  restart, identify, pause, resume, set, rollback, ...
     * @param before  settings before (may be empty)
     * @param after   settings asked for or read after (may be empty)
     * @param ok      whether the miner took it
     * @param detail  the device's words or the reason it failed
     */
    public record Entry(String source, String session, String action, MinerEndpoint miner, Map<String, Object> before,
            Map<String, Object> after, boolean ok, String detail) {
    }

    /** Appends one line; throws UncheckedIOException when the log cannot be written (the caller says so). */
    public synchronized void append(Entry e) {
        ObjectNode n = JSON.createObjectNode();
        n.put("time", clock.instant().toString());
        n.put("source", e.source());
        if (e.session() != null) {
            n.put("session", e.session());
        }
        n.put("action", e.action());
        n.put("address", e.miner().address());
        if (e.miner().alias() != null) {
            n.put("alias", HostileText.sanitize(e.miner().alias()));
        }
        n.set("before", JSON.valueToTree(e.before()));
        n.set("after", JSON.valueToTree(e.after()));
        n.put("result", e.ok() ? "ok" : "failed");
        n.put("detail", HostileText.sanitize(e.detail()));
        byte[] line = (n.toString() + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                ByteBuffer b = ByteBuffer.wrap(line);
                while (b.hasRemaining()) {
                    ch.write(b);
                }
                ch.force(false);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot append to the audit log " + file + ": " + ex.getMessage(), ex);
        }
    }

    /** The last {@code max} entries about one miner, oldest first, as stored (for the detail pane). */
    public List<String> recent(String address, int max) throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return out;
        }
        String key = "\"address\":" + JSON.writeValueAsString(address);
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.contains(key)) {
                out.add(line);
                if (out.size() > max) {
                    out.remove(0);
                }
            }
        }
        return out;
    }
}
