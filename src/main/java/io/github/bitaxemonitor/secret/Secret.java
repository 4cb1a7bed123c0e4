package io.github.bitaxemonitor.secret;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A password or token taken from an environment variable or from the first line of a file only its owner can read,
 * never from the config file itself. {@link #toString()} says where it came from, never what it is, so a secret
 * cannot reach a log, the CSV or the console by being printed.
 */
public final class Secret {
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private final String value;
    private final String source;

    private Secret(String value, String source) {
        this.value = value;
        this.source = source;
    }

    /**
     * The value of environment variable {@code name}, stripped.
     *
     * @throws IllegalArgumentException when it is unset or blank; the message never holds a value
     */
    public static Secret fromEnv(String name, Map<String, String> env) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("environment variable " + name + " is not set");
        }
        return new Secret(v.strip(), "environment variable " + name);
    }

    /**
     * The first line of {@code file}, which must not be readable by group or others (chmod 600).
     *
     * @throws IllegalArgumentException saying what is wrong with the file, never its content
     */
    public static Secret fromFile(Path file) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.stream().anyMatch(OTHERS::contains)) {
                throw new IllegalArgumentException(file + " is readable by others (mode "
                        + PosixFilePermissions.toString(perms) + "): chmod 600 it");
            }
            String first = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
            if (first.isEmpty()) {
                throw new IllegalArgumentException(file + " is empty");
            }
            return new Secret(first, "file " + file);
        } catch (UnsupportedOperationException e) {
            throw new IllegalArgumentException(file + ": cannot check its permissions on this file system");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** For tests and for a value already held elsewhere. */
    public static Secret of(String value, String source) {
        return new Secret(value, source);
    }

    /** The secret itself: only for the one place that must send it. */
    public String reveal() {
        return value;
    }

    /** Where the secret came from ("environment variable SMTP_PASSWORD"). */
    public String source() {
        return source;
    }

    /** {@code text} with every occurrence of the secret replaced, for error messages that may quote a URL. */
    public String redact(String text) {
        return text == null ? null : text.replace(value, "***");
    }

    @Override
    public String toString() {
        return "secret from " + source;
    }
}
