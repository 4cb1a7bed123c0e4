package io.github.bitaxemonitor.serve;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the monitor serves {@code /metrics} and the REST API ({@code metrics_listen}, {@code --metrics-listen}).
 *
 * <p>Invariants: {@code host} is an IP literal or a host name, never blank, IPv6 without brackets; {@code port} is
 * 0..65535 (0: any free port, for tests); a host that is not a loopback literal or {@code localhost} has a token.
 *
 * @param host  the address to bind
 * @param port  the TCP port
 * @param token required of every request when present; null only on loopback
 */
public record ServeSettings(String host, int port, BearerToken token) {
    public static final int DEFAULT_PORT = 9105;
    private static final Pattern HOST_PORT = Pattern.compile("\\[([0-9A-Fa-f:.]+)]:(\\d{1,5})|([^\\[\\]:\\s]+):(\\d{1,5})");

    public ServeSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("no host to listen on");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is out of range (1-65535)");
        }
        if (token == null && !loopback(host)) {
            throw new IllegalArgumentException(show(host, port) + " is not a loopback address: serving the fleet's "
                    + "data beyond this machine needs a bearer token (metrics_token_env or metrics_token_file)");
        }
    }

    /**
     * Parses {@code host:port} ({@code [v6]:port} for IPv6).
     *
     * @throws IllegalArgumentException with a message fit for the user
     */
    public static ServeSettings parse(String listen, BearerToken token) {
        Matcher m = HOST_PORT.matcher(listen == null ? "" : listen.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + listen + "' is not host:port (for example 127.0.0.1:"
                    + DEFAULT_PORT + ", or [::1]:" + DEFAULT_PORT + ")");
        }
        String host = m.group(1) != null ? m.group(1) : m.group(3);
        int port = Integer.parseInt(m.group(1) != null ? m.group(2) : m.group(4));
        return new ServeSettings(host, port, token);
    }

    /** 127.0.0.0/8, ::1 and localhost: reachable from this machine only. */
    public static boolean loopback(String host) {
        return host.equalsIgnoreCase("localhost") || host.matches("127(\\.\\d{1,3}){3}") || host.equals("::1")
                || host.equals("0:0:0:0:0:0:0:1");
    }

    public boolean isLoopback() {
        return loopback(host);
    }

    /** host:port as typed, IPv6 in brackets. */
    public String display() {
        return show(host, port);
    }

    private static String show(String host, int port) {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
