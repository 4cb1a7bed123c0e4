package io.github.bitaxemonitor.analyze.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bitaxemonitor.analyze.report.Json;
import io.github.bitaxemonitor.text.HostileText;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Named sessions in a small file beside the data ({@code analyze-sessions.jsonl}): one JSON object per line, the
 * whole file rewritten on every change into a temporary file that is forced to disk and renamed over the old one,
 * so a crash leaves the old list or the new one, never half of either. A line that does not read is an error naming
 * the file and line: the file is the user's record, and is never rewritten around damage.
 */
public final class SessionStore {
    public static final String FILE_NAME = "analyze-sessions.jsonl";
    private static final ObjectMapper JSON = Json.mapper();

    private final Path file;

    public SessionStore(Path file) {
        this.file = file;
    }

    /** The store for a data path: beside the files ({@code data/metrics.csv} -> {@code data/analyze-sessions.jsonl}). */
    public static SessionStore beside(Path data) {
        Path dir = Files.isDirectory(data) ? data : data.toAbsolutePath().getParent();
        return new SessionStore(dir.resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    public List<NamedSession> list() throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<NamedSession> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            try {
                Stored s = JSON.readValue(line, Stored.class);
                out.add(new NamedSession(s.id, s.miner, Instant.parse(s.start),
                        s.end == null ? null : Instant.parse(s.end), s.notes));
            } catch (IOException | RuntimeException e) {
                throw new IOException(file + ":" + n + ": not a session line ("
                        + HostileText.forTerminal(String.valueOf(e.getMessage()).lines().findFirst().orElse("")) + ")");
            }
        }
        return out;
    }

    /** Starts a session; a session of the same miner still open is an error (end it first). */
    public NamedSession start(String miner, String notes, Instant now) throws IOException {
        List<NamedSession> all = new ArrayList<>(list());
        for (NamedSession s : all) {
            if (s.open() && s.miner().equalsIgnoreCase(miner)) {
                throw new IllegalStateException("session " + s.id() + " of " + HostileText.forTerminal(miner)
                        + " is still open (end it first: analyze session end --miner ...)");
            }
        }
        int id = all.stream().mapToInt(NamedSession::id).max().orElse(0) + 1;
        NamedSession s = new NamedSession(id, HostileText.sanitize(miner), now, null, HostileText.sanitize(notes));
        all.add(s);
        write(all);
        return s;
    }

    /** Ends the open session of the miner. */
    public NamedSession end(String miner, Instant now) throws IOException {
        List<NamedSession> all = new ArrayList<>(list());
        for (int i = 0; i < all.size(); i++) {
            NamedSession s = all.get(i);
            if (s.open() && s.miner().equalsIgnoreCase(miner)) {
                NamedSession ended = new NamedSession(s.id(), s.miner(), s.start(), now, s.notes());
                all.set(i, ended);
                write(all);
                return ended;
            }
        }
        throw new IllegalStateException("no open session of " + HostileText.forTerminal(miner));
    }

    private void write(List<NamedSession> all) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (NamedSession s : all) {
            sb.append(Json.line(new Stored(s.id(), s.miner(), s.start().toString(),
                    s.end() == null ? null : s.end().toString(), s.notes()))).append('\n');
        }
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + FILE_NAME, ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
            }
            // Same directory, so the rename is atomic: readers see the old list or the new one.
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The line format: plain fields, instants as ISO-8601 text. */
    record Stored(int id, String miner, String start, String end, String notes) {
    }
}
