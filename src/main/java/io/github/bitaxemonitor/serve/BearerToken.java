package io.github.bitaxemonitor.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The secret every request to the listener must carry as {@code Authorization: Bearer ...}. It comes from an
 * environment variable or from a file only its owner can read, never from the config file itself, and it is never
 * printed: {@link #toString()} says only where it came from.
 */
public final class BearerToken {
    /** Shorter secrets are refused: a token is the only thing between the network and the fleet's data. */
    static final int MIN_LENGTH = 16;
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private final byte[] secret;
    private final String source;

    private BearerToken(String secret, String source) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.source = source;
    }

    /**
     * The token in environment variable {@code name}.
     *
     * @throws IllegalArgumentException saying what is wrong (unset, too short), never the value
     */
    public static BearerToken fromEnv(String name, Map<String, String> env) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("environment variable " + name + " is not set");
        }
        return checked(v.strip(), "environment variable " + name);
    }

    /**
     * The token in the first line of {@code file}, which must not be readable by group or others (chmod 600).
     *
     * @throws IllegalArgumentException saying what is wrong with the file, never its content
     */
    public static BearerToken fromFile(Path file) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.stream().anyMatch(OTHERS::contains)) {
                throw new IllegalArgumentException(file + " is readable by others (mode "
                        + java.nio.file.attribute.PosixFilePermissions.toString(perms) + "): chmod 600 it");
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String first = text.lines().findFirst().orElse("").strip();
            return checked(first, "file " + file);
        } catch (UnsupportedOperationException e) {
            throw new IllegalArgumentException(file + ": cannot check its permissions on this file system");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static BearerToken checked(String v, String source) {
        if (v.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("the token in " + source + " is shorter than " + MIN_LENGTH
                    + " characters");
        }
        if (!v.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            throw new IllegalArgumentException("the token in " + source + " must be printable ASCII without spaces");
        }
        return new BearerToken(v, source);
    }

    /** True when an {@code Authorization} header carries this token; compared in constant time. */
    boolean accepts(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(secret, given);
    }

    /** Where the token came from ("environment variable X", "file /etc/..."). */
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return "bearer token from " + source;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BearerToken t && MessageDigest.isEqual(secret, t.secret) && source.equals(t.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source);
    }
}
