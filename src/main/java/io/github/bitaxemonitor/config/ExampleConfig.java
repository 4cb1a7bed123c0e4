package io.github.bitaxemonitor.config;

import io.github.bitaxemonitor.exit.IoReason;
import io.github.bitaxemonitor.exit.UserException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The commented example config. The jar carries a copy of the top-level {@code config.yaml.example} (a test keeps the
 * two identical) so {@code monitor --init} works wherever the jar is.
 */
public final class ExampleConfig {
    private static final String RESOURCE = "config.yaml.example";

    private ExampleConfig() {
    }

    public static String text() {
        try (InputStream in = ExampleConfig.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("example config missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the example to {@code file}; never replaces an existing file (it may be the user's real config). A path
     * that cannot take it is a usage mistake (exit 2) named in one line.
     */
    public static void writeTo(Path file) {
        if (Files.isDirectory(file)) {
            throw new UserException(file + " is a directory: name the config file to write, e.g. " + file.resolve(
                    "config.yaml"));
        }
        Path parent = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UserException("cannot write " + file + ": its directory cannot be created: " + IoReason.of(e));
        }
        try {
            Files.writeString(file, text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new UserException(file + " already exists: edit it, or remove it first to start from the example");
        } catch (IOException e) {
            throw new UserException("cannot write " + file + ": " + IoReason.of(e));
        }
    }
}
