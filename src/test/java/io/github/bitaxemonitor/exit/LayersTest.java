package io.github.bitaxemonitor.exit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The command line sits on top: nothing below it may depend on it. */
class LayersTest {
    private static final Path MAIN = Path.of("src/main/java/io/github/bitaxemonitor");
    /**
     * Packages owned by another change in flight that still import the cli bridges (cli.UserException, cli.ExitCode);
     * remove an entry when its imports move to this package.
     */
    private static final Set<String> NOT_YET_MOVED = Set.of("repair");

    @Test
    void noPackageBelowTheCommandLineImportsIt() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(MAIN)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !MAIN.relativize(p).startsWith("cli"))
                    .filter(p -> !NOT_YET_MOVED.contains(MAIN.relativize(p).getName(0).toString()))
                    .filter(LayersTest::importsCli)
                    .map(p -> MAIN.relativize(p).toString())
                    .toList();
        }
        assertThat(offenders).as("files below cli that import it").isEmpty();
    }

    private static boolean importsCli(Path file) {
        try {
            return Files.readString(file).contains("import io.github.bitaxemonitor.cli.");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
