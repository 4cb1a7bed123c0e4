package io.github.bitaxemonitor.config;

import io.github.bitaxemonitor.exit.IoReason;
import io.github.bitaxemonitor.exit.UserException;
import io.github.bitaxemonitor.text.HostileText;
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

    /** Longest path a message shows whole. */
    private static final int MAX_SHOWN_PATH = 200;

    private static String read(Path file) {
        String shown = HostileText.forTerminal(file.toString(), MAX_SHOWN_PATH);
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserException("config file " + shown + " not found: create one with 'cp config.yaml.example "
                    + shown + "' or 'monitor --init" + (file.equals(Path.of("config.yaml")) ? "" : " --config " + shown)
                    + "', then list your miners in it");
        } catch (CharacterCodingException e) {
            throw new UserException(shown + ": not UTF-8 text");
        } catch (IOException e) {
            throw new UserException("cannot read config file " + shown + ": "
                    + HostileText.forTerminal(IoReason.of(e), MAX_SHOWN_PATH * 2));
        }
    }

    /** Validates config text as if it were read from {@code file} (used for messages and relative paths). */
    public static MonitorConfig parse(String text, Path file) {
        return parse(text, file, true);
    }

    private static MonitorConfig parse(String text, Path file, boolean checkWritable) {
        Problems problems = new Problems(HostileText.forTerminal(file.toString(), MAX_SHOWN_PATH));
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
