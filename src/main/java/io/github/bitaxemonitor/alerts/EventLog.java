package io.github.bitaxemonitor.alerts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * {@code events.jsonl} beside the data: one JSON object a line for every alert decided and every delivery that failed,
 * so {@code viewer --events} can show what was said and what could not be. Appends are whole lines under a lock.
 */
public final class EventLog {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    /**
     * One line of the log.
     *
     * @param time     when it happened (ISO-8601)
     * @param event    alert, delivery_failed, dropped
     * @param type     fired, recovered, news, test; null for delivery events
     * @param notifier for delivery events: which notifier
     * @param error    for delivery events: why, one line without secrets
     */
    public record Event(String time, String event, String type, String rule, String severity, String miner,
                        String address, String text, String notifier, String error) {
    }

    /** Past this size the log moves to {@code events.jsonl.1} (replacing the one before) and starts afresh. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private final Path file;
    private final long maxBytes;

    public EventLog(Path file) {
        this(file, MAX_BYTES);
    }

    EventLog(Path file, long maxBytes) {
        this.file = file;
        this.maxBytes = maxBytes;
    }

    /** The file the log rotates into. */
    public static Path previous(Path file) {
        return file.resolveSibling(file.getFileName() + ".1");
    }

    public Path file() {
        return file;
    }

    void alert(Alert a) throws IOException {
        append(new Event(a.time().toString(), "alert", a.typeKey(), a.rule(), a.severity().name(), a.miner(),
                a.address(), a.text(), null, null));
    }

    void delivery(String event, Alert a, String notifier, String error, Instant now) throws IOException {
        append(new Event(now.toString(), event, a.typeKey(), a.rule(), a.severity().name(), a.miner(), a.address(),
                a.text(), notifier, error));
    }

    private synchronized void append(Event e) throws IOException {
        byte[] line = (JSON.writeValueAsString(e) + "\n").getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (Files.exists(file) && Files.size(file) + line.length > maxBytes) {
            Files.move(file, previous(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Files.write(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    }

    /** Every event in the file, oldest first; a line that is not an event (torn, edited) is skipped. */
    public static java.util.List<Event> read(Path file) throws IOException {
        java.util.List<Event> out = new java.util.ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            for (String line : (Iterable<String>) lines::iterator) {
                try {
                    out.add(JSON.readValue(line, Event.class));
                } catch (IOException e) {
                    // A torn last line from a crash, or a line someone edited: the rest is still worth showing.
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw new IOException(file + ": " + e.getCause().getMessage());
        }
        return out;
    }
}
