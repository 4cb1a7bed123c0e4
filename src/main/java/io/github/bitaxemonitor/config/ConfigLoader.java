package io.github.bitaxemonitor.config;

import io.github.bitaxemonitor.cli.UserException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads {@code config.yaml}. Every user mistake becomes a {@link UserException} (exit 2) naming file, line and column. */
public final class ConfigLoader {
    private ConfigLoader() {
    }

    /**
     * Loads and validates a config file. Relative paths in it are taken from the file's directory.
     *
     * @throws ConfigException listing every problem found, one line each
     * @throws UserException   when the file is missing or unreadable (saying how to create one)
     */
    public static MonitorConfig load(Path file) {
        return parse(read(file), file);
    }

    /**
     * Loads a config for a reader of the data (the viewer): the same checks, except that the data and backup
     * directories need not be writable.
     */
    public static MonitorConfig loadForReading(Path file) {
        return parse(read(file), file, false);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserException("config file " + file + " not found: create one with 'cp config.yaml.example "
                    + file + "' or 'monitor --init" + (file.equals(Path.of("config.yaml")) ? "" : " --config " + file)
                    + "', then list your miners in it");
        } catch (CharacterCodingException e) {
            throw new UserException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new UserException("cannot read config file " + file + ": " + e.getMessage());
        }
    }

    /** Validates config text as if it were read from {@code file} (used for messages and relative paths). */
    public static MonitorConfig parse(String text, Path file) {
        return parse(text, file, true);
    }

    private static MonitorConfig parse(String text, Path file, boolean checkWritable) {
        Problems problems = new Problems(file.toString());
        YamlTree.Node root;
        try {
            root = YamlTree.parse(text);
        } catch (YamlTree.SyntaxError e) {
            problems.add(e.pos, "not valid YAML: " + e.getMessage());
            problems.throwIfAny();
            throw new AssertionError("unreachable");
        }
        Path dir = file.toAbsolutePath().getParent();
        MonitorConfig config = new ConfigReader(dir, problems, checkWritable).read(root);
        problems.throwIfAny();
        return config;
    }
}
