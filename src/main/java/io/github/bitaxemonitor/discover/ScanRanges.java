package io.github.bitaxemonitor.discover;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The IPv4 addresses a sweep covers, from the forms users write: a block {@code 192.168.1.0/24}, a dash range
 * {@code 192.168.1.10-192.168.1.60} or {@code 192.168.1.10-60}, or one address. Blocks of /30 and wider skip their
 * network and broadcast addresses. Nothing is resolved: host names are refused (a sweep scans addresses; a miner known
 * by name is added with {@code add NAME}).
 *
 * @param addresses the addresses in the order given, no duplicates, at most {@link #MAX_ADDRESSES}, as ints (big-endian)
 */
public record ScanRanges(List<Integer> addresses) {
    /** A /16: more is almost always a typo, and would take minutes on a real network. */
    public static final int MAX_ADDRESSES = 65_536;

    public ScanRanges {
        addresses = List.copyOf(addresses);
    }

    /** Parses every range; throws IllegalArgumentException with one line naming the bad one. */
    public static ScanRanges parse(List<String> ranges) {
        if (ranges.isEmpty()) {
            throw new IllegalArgumentException("no range given (e.g. 192.168.1.0/24, 192.168.1.10-60, 192.168.1.45)");
        }
        Set<Integer> out = new LinkedHashSet<>();
        for (String raw : ranges) {
            for (String item : raw.split(",")) {
                String t = item.strip();
                if (!t.isEmpty()) {
                    add(out, t);
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no addresses in '" + String.join(" ", ranges) + "'");
        }
        return new ScanRanges(new ArrayList<>(out));
    }

    private static void add(Set<Integer> out, String t) {
        int slash = t.indexOf('/');
        int dash = t.indexOf('-');
        if (slash >= 0) {
            int prefix = prefix(t.substring(slash + 1), t);
            int mask = prefix == 0 ? 0 : -1 << (32 - prefix);
            int network = ip(t.substring(0, slash), t) & mask;
            int broadcast = network | ~mask;
            boolean hostsOnly = prefix <= 30;
            span(out, hostsOnly ? network + 1 : network, hostsOnly ? broadcast - 1 : broadcast, t);
        } else if (dash >= 0) {
            int first = ip(t.substring(0, dash), t);
            String end = t.substring(dash + 1).strip();
            int last = end.contains(".") ? ip(end, t) : (first & 0xFFFFFF00) | octet(end, t);
            if (Integer.compareUnsigned(first, last) > 0) {
                throw new IllegalArgumentException("range '" + t + "' ends before it starts");
            }
            span(out, first, last, t);
        } else {
            out.add(ip(t, t));
            check(out, t);
        }
    }

    private static void span(Set<Integer> out, int first, int last, String item) {
        long size = Integer.toUnsignedLong(last) - Integer.toUnsignedLong(first) + 1;
        if (size > MAX_ADDRESSES) {
            throw new IllegalArgumentException("'" + item + "' has " + size + " addresses; at most "
                    + MAX_ADDRESSES + " (a /16) in one sweep");
        }
        for (int ip = first; ; ip++) {
            out.add(ip);
            if (ip == last) {
                break;
            }
        }
        check(out, item);
    }

    private static void check(Set<Integer> out, String item) {
        if (out.size() > MAX_ADDRESSES) {
            throw new IllegalArgumentException("with '" + item + "' the ranges hold more than " + MAX_ADDRESSES
                    + " addresses (a /16): sweep them in parts");
        }
    }

    private static int prefix(String s, String item) {
        try {
            int p = Integer.parseInt(s.strip());
            if (p >= 16 && p <= 32) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("bad prefix in '" + item + "': a number from 16 (65,536 addresses) to 32");
    }

    static int ip(String s, String item) {
        String[] parts = s.strip().split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("'" + item + "' is not an IPv4 address, block or range (e.g. "
                    + "192.168.1.0/24 or 192.168.1.10-60); add a miner known by name with 'add NAME'");
        }
        int ip = 0;
        for (String p : parts) {
            ip = ip << 8 | octet(p, item);
        }
        return ip;
    }

    private static int octet(String p, String item) {
        if (!p.matches("[0-9]{1,3}") || Integer.parseInt(p) > 255) {
            throw new IllegalArgumentException("'" + item + "' is not an IPv4 address, block or range (each part "
                    + "a number 0..255)");
        }
        return Integer.parseInt(p);
    }

    /** Dotted form of an address. */
    public static String text(int ip) {
        return (ip >>> 24) + "." + (ip >>> 16 & 255) + "." + (ip >>> 8 & 255) + "." + (ip & 255);
    }

    /** True when every address is in 127.0.0.0/8. */
    public boolean loopbackOnly() {
        return addresses.stream().allMatch(ip -> ip >>> 24 == 127);
    }

    public int size() {
        return addresses.size();
    }
}
