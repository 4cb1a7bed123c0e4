package io.github.bitaxemonitor.sim;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Parses the loopback addresses a fleet may listen on, so that every miner can have its own address on one shared
 * port, as on a real LAN (and discovery can be tried on {@code 127.0.0.0/24}). Linux routes all of 127.0.0.0/8 to
 * {@code lo}, so binding any of them needs no setup. Nothing outside 127.0.0.0/8 is ever accepted.
 *
 * <p>Forms, comma-separated: one address {@code 127.0.0.5}; an inclusive range {@code 127.0.0.2-127.0.0.21} (may
 * cross into {@code 127.0.1.x}); a block {@code 127.0.0.0/24}. Ranges and blocks skip addresses whose last byte is 0
 * or 255 (a /24's network and broadcast addresses on a real LAN), so {@code /24} gives the 254 hosts .1 to .254.
 */
public final class LoopbackAddresses {
    private LoopbackAddresses() {
    }

    /** The addresses in the order given. Throws IllegalArgumentException with a one-line reason. */
    public static List<InetAddress> parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no addresses given (e.g. 127.0.0.2-127.0.0.21 or 127.0.0.0/24)");
        }
        Set<Integer> out = new LinkedHashSet<>();
        for (String item : text.split(",")) {
            String t = item.strip();
            int dash = t.indexOf('-');
            int slash = t.indexOf('/');
            if (dash >= 0) {
                range(out, ip(t.substring(0, dash), t), ip(t.substring(dash + 1), t), t);
            } else if (slash >= 0) {
                block(out, t, slash);
            } else {
                int ip = ip(t, t);
                if (!usable(ip)) {
                    throw new IllegalArgumentException("address " + t + " ends in .0 or .255; use a host address");
                }
                add(out, ip, t);
            }
        }
        List<InetAddress> list = new ArrayList<>(out.size());
        for (int ip : out) {
            list.add(address(ip));
        }
        return List.copyOf(list);
    }

    private static void range(Set<Integer> out, int first, int last, String item) {
        if (Integer.compareUnsigned(first, last) > 0) {
            throw new IllegalArgumentException("address range '" + item + "' ends before it starts");
        }
        requireSize((long) last - first + 1, item);
        for (int ip = first; ; ip++) {
            if (usable(ip)) {
                add(out, ip, item);
            }
            if (ip == last) {
                return;
            }
        }
    }

    private static void block(Set<Integer> out, String item, int slash) {
        int prefix;
        try {
            prefix = Integer.parseInt(item.substring(slash + 1).strip());
        } catch (NumberFormatException e) {
            prefix = -1;
        }
        if (prefix < 8 || prefix > 32) {
            throw new IllegalArgumentException("bad prefix in '" + item + "' (8..32 within 127.0.0.0/8)");
        }
        int mask = prefix == 32 ? -1 : ~(-1 >>> prefix);
        int network = ip(item.substring(0, slash), item) & mask;
        range(out, network, network | ~mask, item);
    }

    /** Bounds the work of expanding a range; the fleet then checks the miner count itself. */
    private static void requireSize(long size, String item) {
        if (size > 65_536) {
            throw new IllegalArgumentException("'" + item + "' spans more than a /16 (65,536 addresses)");
        }
    }

    private static void add(Set<Integer> out, int ip, String item) {
        if (!out.add(ip)) {
            throw new IllegalArgumentException("address " + address(ip).getHostAddress() + " is given twice ('"
                    + item + "')");
        }
    }

    private static boolean usable(int ip) {
        int last = ip & 0xFF;
        return last != 0 && last != 255;
    }

    /** A dotted IPv4 address inside 127.0.0.0/8, as an int. */
    private static int ip(String text, String item) {
        String[] parts = text.strip().split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("bad address '" + text.strip() + "' in '" + item
                    + "' (expected a dotted IPv4 address such as 127.0.0.2)");
        }
        int ip = 0;
        for (String p : parts) {
            int v;
            try {
                v = p.length() > 3 ? -1 : Integer.parseInt(p);
            } catch (NumberFormatException e) {
                v = -1;
            }
            if (v < 0 || v > 255) {
                throw new IllegalArgumentException("bad address '" + text.strip() + "' in '" + item + "'");
            }
            ip = ip << 8 | v;
        }
        if (ip >>> 24 != 127) {
            throw new IllegalArgumentException("address " + text.strip() + " is not a loopback address: the "
                    + "simulator only listens on 127.0.0.0/8");
        }
        return ip;
    }

    private static InetAddress address(int ip) {
        try {
            return InetAddress.getByAddress(new byte[] {(byte) (ip >>> 24), (byte) (ip >>> 16), (byte) (ip >>> 8),
                (byte) ip});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an address", e);
        }
    }
}
