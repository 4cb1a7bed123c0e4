package io.github.bitaxemonitor.discover;

import java.net.Inet4Address;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The ranges of this machine's own IPv4 interfaces (seed 004's automatic CIDR), each narrowed to the /24 around the
 * interface's address when its network is wider. Only proposed to a user, who confirms before anything is scanned.
 */
public final class LocalRanges {
    private LocalRanges() {
    }

    /** One CIDR text per up, non-loopback IPv4 interface address, e.g. "192.168.1.0/24". */
    public static List<String> proposed() {
        List<String> out = new ArrayList<>();
        try {
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!ni.isUp() || ni.isLoopback()) {
                    continue;
                }
                for (InterfaceAddress a : ni.getInterfaceAddresses()) {
                    if (a.getAddress() instanceof Inet4Address v4) {
                        String cidr = cidr(v4.getAddress(), a.getNetworkPrefixLength());
                        if (!out.contains(cidr)) {
                            out.add(cidr);
                        }
                    }
                }
            }
        } catch (SocketException e) {
            // no interfaces to propose: the caller asks for a range
        }
        return out;
    }

    static String cidr(byte[] address, int prefix) {
        int ip = (address[0] & 255) << 24 | (address[1] & 255) << 16 | (address[2] & 255) << 8 | address[3] & 255;
        int p = Math.max(24, Math.min(32, prefix));
        int mask = -1 << (32 - p);
        return ScanRanges.text(ip & mask) + "/" + p;
    }
}
