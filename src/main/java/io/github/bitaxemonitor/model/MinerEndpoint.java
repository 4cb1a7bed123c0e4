package io.github.bitaxemonitor.model;

import java.util.Objects;

/**
 * One configured miner.
 *
 * @param host  host name or IP literal, never blank; IPv6 literals are stored without brackets
 * @param port  TCP port, 1..65535
 * @param alias the user's display name, or null when none was configured
 * @param kind  the protocol to speak
 */
public record MinerEndpoint(String host, int port, String alias, MinerKind kind) {
    public MinerEndpoint {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(kind, "kind");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host is blank");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** The identity used as the key in CSV rows and the hostname cache: {@code host:port} ({@code [v6]:port}). */
    public String address() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    /** The name to show: alias when configured, else the given hostname, else the address. */
    public String displayName(String hostname) {
        if (alias != null && !alias.isBlank()) {
            return alias;
        }
        return hostname != null && !hostname.isBlank() ? hostname : address();
    }
}
