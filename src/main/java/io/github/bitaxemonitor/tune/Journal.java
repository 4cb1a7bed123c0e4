package io.github.bitaxemonitor.tune;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bitaxemonitor.miner.DeviceSettings;
import io.github.bitaxemonitor.miner.SettingsChange;
import io.github.bitaxemonitor.repair.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The promise to put a miner back: one small file per benchmarked miner in {@value #DIR_NAME} beside the data,
 * written durably (temporary file, fsync, atomic rename) before the first change and removed only once the original
 * settings are back on the device. A file found at start-up means a benchmark died (SIGKILL, power cut) with the
 * miner at test settings; {@link Recovery} then restores it.
 */
public final class Journal {
    public static final String DIR_NAME = "benchmark-journal";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;

    public Journal(Path dataDirectory) {
        this.dir = dataDirectory.resolve(DIR_NAME);
    }

    /**
     * One miner's promise.
     *
     * @param session  the benchmark session that made it
     * @param address  the miner's configured address ({@code host:port})
     * @param original the settings to put back
     */
    public record Entry(String session, String address, DeviceSettings original) {
    }

    public Path dir() {
        return dir;
    }

    /** Records the original settings durably; returns only once they are on disk. */
    public void write(Entry e) throws IOException {
        ObjectNode n = JSON.createObjectNode();
        n.put("session", e.session());
        n.put("address", e.address());
        DeviceSettings o = e.original();
        ObjectNode s = n.putObject("original");
        putIfSet(s, "frequency_mhz", o.frequencyMhz());
        putIfSet(s, "core_voltage_mv", o.coreVoltageMv());
        putIfSet(s, "temp_target_c", o.tempTargetC());
        if (o.fan() != null) {
            s.put("fan_auto", o.fan().auto());
            s.put("fan_percent", o.fan().percent());
        }
        Files.createDirectories(dir);
        try (AtomicFile f = new AtomicFile(file(e.address()), null)) {
            f.out().write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(n));
            f.commit();
        }
    }

    /** The promise is kept: the miner is back at its original settings. */
    public void remove(String address) throws IOException {
        Files.deleteIfExists(file(address));
    }

    /** True when no promise is open (the common start: nothing to restore, nothing to connect to). */
    public boolean isEmpty() throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
            return !files.iterator().hasNext();
        }
    }

    /** Every promise still open, oldest session first; a file that cannot be read is reported, not skipped. */
    public List<Entry> open(List<String> unreadable) throws IOException {
        List<Entry> out = new ArrayList<>();
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
            for (Path p : files) {
                try {
                    out.add(read(Files.readString(p, StandardCharsets.UTF_8)));
                } catch (IOException | RuntimeException ex) {
                    unreadable.add(p + ": " + ex.getMessage());
                }
            }
        }
        out.sort((a, b) -> a.session().compareTo(b.session()));
        return out;
    }

    private static Entry read(String text) throws IOException {
        JsonNode n = JSON.readTree(text);
        JsonNode s = n.path("original");
        SettingsChange.Fan fan = s.has("fan_auto") ? s.get("fan_auto").asBoolean() ? SettingsChange.Fan.AUTO
                : new SettingsChange.Fan(false, s.path("fan_percent").asInt()) : null;
        DeviceSettings original = new DeviceSettings(intOrNull(s, "frequency_mhz"), intOrNull(s, "core_voltage_mv"),
                fan, intOrNull(s, "temp_target_c"), List.of(), List.of());
        String address = n.path("address").asText("");
        if (address.isEmpty()) {
            throw new IOException("no address");
        }
        return new Entry(n.path("session").asText(""), address, original);
    }

    private static Integer intOrNull(JsonNode n, String key) {
        return n.hasNonNull(key) ? n.get(key).asInt() : null;
    }

    private static void putIfSet(ObjectNode n, String key, Integer v) {
        if (v != null) {
            n.put(key, v);
        }
    }

    private Path file(String address) {
        return dir.resolve(address.replaceAll("[^A-Za-z0-9.-]", "_") + ".json");
    }
}
