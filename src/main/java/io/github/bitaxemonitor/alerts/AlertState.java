package io.github.bitaxemonitor.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bitaxemonitor.repair.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * What has fired and when, by rule and miner ("OFFLINE|10.0.0.5"), written atomically after every change so a
 * restart neither re-sends an alert still in its cooldown nor forgets to send the recovery of one that is active.
 */
final class AlertState {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One rule for one miner: active (fired and not yet recovered) and when it last sent. */
    record Entry(boolean active, long lastSentMs) {
    }

    private final Path file;
    private final Map<String, Entry> entries;

    private AlertState(Path file, Map<String, Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /**
     * The state in {@code file}; empty when it does not exist yet.
     *
     * @throws IOException when it exists but cannot be read or is not a state file (it is then left as it is)
     */
    static AlertState load(Path file) throws IOException {
        Map<String, Entry> entries = new TreeMap<>();
        try {
            byte[] bytes = Files.readAllBytes(file);
            Map<?, ?> raw = JSON.readValue(bytes, Map.class);
            for (Map.Entry<?, ?> e : raw.entrySet()) {
                if (e.getValue() instanceof Map<?, ?> m && m.get("lastSentMs") instanceof Number n) {
                    entries.put(String.valueOf(e.getKey()), new Entry(Boolean.TRUE.equals(m.get("active")),
                            n.longValue()));
                }
            }
        } catch (NoSuchFileException e) {
            // First run: nothing has fired yet.
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IOException(file + " is not an alert state file (" + e.getClass().getSimpleName()
                    + "); move it away to start afresh");
        }
        return new AlertState(file, entries);
    }

    static String key(AlertRule rule, String address) {
        return rule.name() + "|" + address;
    }

    boolean active(String key) {
        Entry e = entries.get(key);
        return e != null && e.active();
    }

    /** True while the cooldown after the last message of this key runs. */
    boolean coolingDown(String key, Instant now, AlertRule rule) {
        Entry e = entries.get(key);
        return e != null && now.toEpochMilli() - e.lastSentMs() < rule.cooldown().toMillis();
    }

    void fired(String key, Instant now, boolean staysActive) {
        entries.put(key, new Entry(staysActive, now.toEpochMilli()));
    }

    /** The cooldown still counts from the firing, so a flapping miner alerts at most once per cooldown. */
    void recovered(String key) {
        Entry e = entries.get(key);
        if (e != null) {
            entries.put(key, new Entry(false, e.lastSentMs()));
        }
    }

    void save() throws IOException {
        try (AtomicFile f = new AtomicFile(file, null)) {
            f.out().write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(entries));
            f.commit();
        }
    }
}
