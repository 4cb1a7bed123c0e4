package io.github.bitaxemonitor.collect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostnameCacheTest {
    private static final String ADDR = "127.0.0.45:80";
    private static final String HOST = "127.0.0.45";

    @TempDir
    Path dir;

    private final List<String> log = new ArrayList<>();

    private HostnameCache load() {
        return HostnameCache.load(dir.resolve("hostname_cache.json"), log::add);
    }

    @Test
    void aRealHostnameIsRememberedAndPersisted() throws IOException {
        HostnameCache cache = load();
        assertThat(cache.resolve(ADDR, HOST, "bitaxe-gamma")).isEqualTo("bitaxe-gamma");
        assertThat(cache.saveIfChanged()).isTrue();

        assertThat(load().resolve(ADDR, HOST, null)).isEqualTo("bitaxe-gamma");
        assertThat(new ObjectMapper().readValue(dir.resolve("hostname_cache.json").toFile(), Map.class))
                .isEqualTo(Map.of(ADDR, "bitaxe-gamma"));
        assertThat(log).isEmpty();
    }

    @Test
    void aReplyWithoutAUsableHostnameGetsTheCachedOne() {
        HostnameCache cache = load();
        cache.resolve(ADDR, HOST, "bitaxe-gamma");
        for (String useless : new String[] {null, "", "   ", "Unknown", "unknown", "\u001b[31m\u0007"}) {
            assertThat(cache.resolve(ADDR, HOST, useless)).as("reply hostname %s", useless).isEqualTo("bitaxe-gamma");
        }
        assertThat(cache.resolve("127.0.9.9:80", "127.0.9.9", "")).isNull();
    }

    @Test
    void aNewRealHostnameReplacesTheCachedOne() throws IOException {
        HostnameCache cache = load();
        cache.resolve(ADDR, HOST, "bitaxe-gamma");
        cache.saveIfChanged();
        assertThat(cache.resolve(ADDR, HOST, "gamma-renamed")).isEqualTo("gamma-renamed");
        assertThat(cache.saveIfChanged()).isTrue();
        assertThat(load().resolve(ADDR, HOST, null)).isEqualTo("gamma-renamed");
    }

    @Test
    void savedOnlyWhenSomethingChanged() throws IOException {
        HostnameCache cache = load();
        assertThat(cache.saveIfChanged()).isFalse();
        assertThat(dir.resolve("hostname_cache.json")).doesNotExist();
        cache.resolve(ADDR, HOST, "bitaxe-gamma");
        assertThat(cache.saveIfChanged()).isTrue();
        cache.resolve(ADDR, HOST, "bitaxe-gamma");
        cache.resolve(ADDR, HOST, "");
        assertThat(cache.saveIfChanged()).isFalse();
    }

    @Test
    void replacedAtomicallyLeavingNoTemporaryFiles() throws IOException {
        Path file = dir.resolve("hostname_cache.json");
        Files.writeString(file, "{\"" + ADDR + "\": \"old\"}");
        Object before = Files.readAttributes(file, "unix:ino").get("ino");
        HostnameCache cache = load();
        cache.resolve(ADDR, HOST, "new-name");
        cache.saveIfChanged();

        // A new file was moved over the old one (a reader sees old or new, never half of one).
        assertThat(Files.readAttributes(file, "unix:ino").get("ino")).isNotEqualTo(before);
        assertThat(Files.readString(file)).contains("new-name").doesNotContain("old");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void hostileHostnamesAreStoredSanitised() throws IOException {
        HostnameCache cache = load();
        assertThat(cache.resolve(ADDR, HOST, "=evil\u001b[2J\u202Ename\n")).isEqualTo("'=evilname");
        cache.saveIfChanged();
        assertThat(Files.readString(dir.resolve("hostname_cache.json"))).doesNotContain("\u001b");
    }

    @Test
    void theOriginalToolsCacheKeyedByHostIsStillRead() throws IOException {
        Files.writeString(dir.resolve("hostname_cache.json"), "{\"" + HOST + "\": \"bitaxe1\", \"x\": 5}");
        assertThat(load().resolve(ADDR, HOST, null)).isEqualTo("bitaxe1");
    }

    @Test
    void anUnreadableCacheIsLoggedAndStartsEmpty() throws IOException {
        Files.writeString(dir.resolve("hostname_cache.json"), "{not json");
        HostnameCache cache = load();
        assertThat(cache.resolve(ADDR, HOST, null)).isNull();
        assertThat(log).singleElement().asString().startsWith("hostname cache " + dir.resolve("hostname_cache.json")
                + " unreadable (");
    }

    @Test
    void aLinkedCacheIsNeitherReadThroughNorWrittenThroughButReplaced() throws IOException {
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.json"), "{\"127.0.0.45:80\": \"planted\"}");
        Path file = Files.createSymbolicLink(dir.resolve("hostname_cache.json"), elsewhere);

        HostnameCache cache = load();
        assertThat(cache.resolve(ADDR, HOST, null)).isNull();
        cache.resolve(ADDR, HOST, "bitaxe-gamma");
        cache.saveIfChanged();

        assertThat(log).singleElement().asString().contains("is not a regular file (a link)");
        assertThat(Files.readString(elsewhere)).isEqualTo("{\"127.0.0.45:80\": \"planted\"}");
        assertThat(Files.isSymbolicLink(file)).isFalse();
        assertThat(load().resolve(ADDR, HOST, null)).isEqualTo("bitaxe-gamma");
    }

    @Test
    void aCacheFileDeletedWhileRunningIsWrittenAgain() throws IOException {
        HostnameCache cache = load();
        cache.resolve(ADDR, HOST, "bitaxe-gamma");
        cache.saveIfChanged();
        assertThat(cache.saveIfChanged()).as("nothing changed").isFalse();

        Files.delete(dir.resolve("hostname_cache.json"));

        assertThat(cache.saveIfChanged()).isTrue();
        assertThat(load().resolve(ADDR, HOST, null)).isEqualTo("bitaxe-gamma");
    }
}
