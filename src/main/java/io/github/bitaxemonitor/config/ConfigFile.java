package io.github.bitaxemonitor.config;

import io.github.bitaxemonitor.exit.IoReason;
import io.github.bitaxemonitor.exit.UserException;
import io.github.bitaxemonitor.text.HostileText;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;

/**
 * Reads and replaces config.yaml for the commands that edit it (add, remove, discover --add, setup). A new text is
 * written only when the loader accepts it (a list emptied by remove excepted), and atomically: a temporary file
 * beside it, forced to disk, then renamed over it with the old file's permissions, so a crash leaves the old or the
 * new file, never half of one, and a running monitor never reads a torn file.
 */
public final class ConfigFile {
    private static final int MAX_SHOWN_PATH = 200;

    private ConfigFile() {
    }

    /** The text, or "" when the file does not exist yet. */
    public static String readOrEmpty(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return "";
        } catch (IOException e) {
            throw new UserException("cannot read " + shown(file) + ": " + IoReason.of(e));
        }
    }

    /** The loader's problems with a text, one line each; empty when it would load. */
    public static List<String> problems(String text, Path file) {
        try {
            ConfigLoader.parse(text, file);
            return List.of();
        } catch (ConfigException e) {
            return e.problems();
        }
    }

    /** True when the only problem is an empty miner list (what remove of the last miner leaves). */
    static boolean onlyNoMiners(List<String> problems) {
        return problems.size() == 1 && problems.get(0).contains("no miners configured yet");
    }

    /**
     * Replaces the file with {@code after} when the loader accepts it; otherwise refuses in one line, naming the first
     * problem (and whether it was there before this edit).
     */
    public static void replace(Path file, String before, String after) {
        List<String> problems = problems(after, file);
        if (!problems.isEmpty() && !onlyNoMiners(problems)) {
            boolean old = !problems(before, file).isEmpty() && !before.isEmpty();
            throw new UserException((old ? "the config has a problem; fix it first: "
                    : "this change would make the config invalid: ") + problems.get(0));
        }
        write(file, after);
    }

    /** Writes a whole text atomically (no check). */
    public static void write(Path file, String text) {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path temp = null;
        try {
            if (Files.isSymbolicLink(target)) {
                throw new UserException(shown(file) + " is a symbolic link: edit the file it points to");
            }
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.write(StandardCharsets.UTF_8.encode(text));
                ch.force(true);
            }
            Set<PosixFilePermission> perms = Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                    ? Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS)
                    : Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                    PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
            Files.setPosixFilePermissions(temp, perms);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new UserException("cannot replace " + shown(file) + " atomically on this file system");
            }
            temp = null;
        } catch (IOException | UnsupportedOperationException e) {
            throw new UserException("cannot write " + shown(file) + ": " + (e instanceof IOException io
                    ? IoReason.of(io) : "file permissions not supported"));
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a stray hidden temp file is the worst case
                }
            }
        }
    }

    private static String shown(Path file) {
        return HostileText.forTerminal(file.toString(), MAX_SHOWN_PATH);
    }
}
