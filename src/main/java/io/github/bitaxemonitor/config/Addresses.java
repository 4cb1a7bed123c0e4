package io.github.bitaxemonitor.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Reads the address forms users write: {@code host}, {@code host:port}, {@code [v6]}, {@code [v6]:port} and a bare
 * IPv6 literal (which cannot carry a port). Nothing is looked up on the network: a name is only checked for shape.
 * Public because the config is not the only reader of addresses: csv-repair checks a row's address cell with it.
 */
public final class Addresses {
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?");
    private static final Pattern V6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+(%[A-Za-z0-9_.-]+)?");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    /** A parsed address: host without brackets, port or -1 when none was written. */
    public record HostPort(String host, int port) {
    }

    /** Thrown with the reason, phrased to follow "bad miner address 'x': ". */
    public static final class BadAddress extends Exception {
        BadAddress(String reason) {
            super(reason);
        }
    }

    private Addresses() {
    }

    public static HostPort parse(String raw) throws BadAddress {
        String s = raw.trim();
        if (s.isEmpty()) {
            throw new BadAddress("it is empty");
        }
        if (s.contains("://") || s.contains("/")) {
            throw new BadAddress("write host or host:port, without http:// or a path");
        }
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close < 0) {
                throw new BadAddress("missing ']' after the IPv6 address");
            }
            String rest = s.substring(close + 1);
            if (!rest.isEmpty() && !rest.startsWith(":")) {
                throw new BadAddress("expected ':port' after ']'");
            }
            return new HostPort(ipv6(s.substring(1, close)), rest.isEmpty() ? -1 : port(rest.substring(1)));
        }
        int colons = (int) s.chars().filter(c -> c == ':').count();
        if (colons > 1) {
            return new HostPort(ipv6(s), -1);
        }
        if (colons == 1) {
            int i = s.indexOf(':');
            return new HostPort(host(s.substring(0, i)), port(s.substring(i + 1)));
        }
        return new HostPort(host(s), -1);
    }

    private static int port(String p) throws BadAddress {
        if (!DIGITS.matcher(p).matches() || p.length() > 5 || Integer.parseInt(p) < 1 || Integer.parseInt(p) > 65535) {
            throw new BadAddress("port must be a number from 1 to 65535");
        }
        return Integer.parseInt(p);
    }

    private static String host(String h) throws BadAddress {
        if (h.isEmpty()) {
            throw new BadAddress("the host is missing");
        }
        String name = h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
        String[] labels = name.split("\\.", -1);
        boolean numeric = true;
        for (String label : labels) {
            numeric &= DIGITS.matcher(label).matches();
        }
        if (numeric && labels.length == 4) {
            for (String label : labels) {
                if (label.length() > 3 || Integer.parseInt(label) > 255) {
                    throw new BadAddress("not a valid IPv4 address");
                }
            }
            return h;
        }
        if (numeric) {
            throw new BadAddress("not a valid IPv4 address");
        }
        if (name.length() > 253) {
            throw new BadAddress("a host name is at most 253 characters");
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw new BadAddress("a host name may only contain letters, digits, '-', '_' and '.'");
            }
        }
        return h;
    }

    private static String ipv6(String h) throws BadAddress {
        // Only hex digits, ':' and '.' reach InetAddress, so it parses the literal and never asks DNS.
        if (!V6_CHARS.matcher(h).matches() || h.indexOf(':') < 0) {
            throw new BadAddress("not a valid IPv6 address");
        }
        try {
            InetAddress.getByName(h);
        } catch (UnknownHostException | SecurityException e) {
            throw new BadAddress("not a valid IPv6 address");
        }
        return h.toLowerCase(java.util.Locale.ROOT);
    }
}
