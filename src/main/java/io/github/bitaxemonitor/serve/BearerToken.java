package io.github.bitaxemonitor.serve;

import io.github.bitaxemonitor.secret.Secret;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Objects;

/**
 * The secret every request to the listener must carry as {@code Authorization: Bearer ...}. It comes from an
 * environment variable or from a file only its owner can read, never from the config file itself, and it is never
 * printed: {@link #toString()} says only where it came from.
 */
public final class BearerToken {
    /** Shorter secrets are refused: a token is the only thing between the network and the fleet's data. */
    static final int MIN_LENGTH = 16;

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
        return checked(Secret.fromEnv(name, env));
    }

    /**
     * The token in the first line of {@code file}, which must not be readable by group or others (chmod 600).
     *
     * @throws IllegalArgumentException saying what is wrong with the file, never its content
     */
    public static BearerToken fromFile(Path file) {
        return checked(Secret.fromFile(file));
    }

    private static BearerToken checked(Secret secret) {
        return checked(secret.reveal(), secret.source());
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
