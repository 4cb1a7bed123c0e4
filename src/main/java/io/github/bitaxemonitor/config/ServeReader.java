package io.github.bitaxemonitor.config;

import io.github.bitaxemonitor.serve.BearerToken;
import io.github.bitaxemonitor.serve.ServeSettings;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads {@code metrics_listen} and the token keys. Only the monitor serves, so only it checks them: the viewer reads
 * the same file in a shell that need not have the monitor's secret.
 */
final class ServeReader {
    static final String LISTEN = "metrics_listen";
    static final String TOKEN_ENV = "metrics_token_env";
    static final String TOKEN_FILE = "metrics_token_file";

    private final Problems problems;
    private final Path baseDir;
    private final boolean forMonitor;
    private final Map<String, String> env;

    ServeReader(Problems problems, Path baseDir, boolean forMonitor, Map<String, String> env) {
        this.problems = problems;
        this.baseDir = baseDir;
        this.forMonitor = forMonitor;
        this.env = env;
    }

    /**
     * What the keys say.
     *
     * @param serve the listener; null when {@code metrics_listen} is absent or wrong (then a problem is reported)
     * @param token the token, kept for {@code --metrics-listen}; null when none is configured
     */
    record Result(ServeSettings serve, BearerToken token) {
    }

    /** Both null for the viewer. */
    Result read(Section top) {
        if (!forMonitor) {
            return new Result(null, null);
        }
        String envName = top.text(TOKEN_ENV, null, "the name of an environment variable");
        String file = top.text(TOKEN_FILE, null, "a path");
        if (envName != null && file != null) {
            problems.add(top.node(TOKEN_FILE).pos(), TOKEN_ENV + " and " + TOKEN_FILE + " are both set: keep one");
            return new Result(null, null);
        }
        BearerToken token = token(top, envName, file);
        String listen = top.text(LISTEN, null, "host:port, such as 127.0.0.1:" + ServeSettings.DEFAULT_PORT);
        if (listen == null) {
            return new Result(null, token);
        }
        try {
            return new Result(ServeSettings.parse(listen, token), token);
        } catch (IllegalArgumentException e) {
            problems.add(top.node(LISTEN).pos(), LISTEN + ": " + e.getMessage());
            return new Result(null, token);
        }
    }

    private BearerToken token(Section top, String envName, String file) {
        String key = envName != null ? TOKEN_ENV : TOKEN_FILE;
        try {
            if (envName != null) {
                return BearerToken.fromEnv(envName, env);
            }
            return file == null ? null : BearerToken.fromFile(baseDir.resolve(file));
        } catch (IllegalArgumentException e) { // InvalidPathException too
            problems.add(top.node(key).pos(), key + ": " + e.getMessage());
            return null;
        }
    }
}
