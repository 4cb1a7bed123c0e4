package io.github.bitaxemonitor.sim;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.net.BindException;
import java.net.InetSocketAddress;

/**
 * File-descriptor accounting. Every simulated miner holds a listening socket and every client connection another
 * descriptor, so 10,000 miners with 10,000 kept-alive connections need about 20,000: exactly the {@code ulimit -n}
 * of the reference machine (hard limit 20,000). Failures must name that limit instead of a bare "Too many open files".
 */
final class Descriptors {
    private Descriptors() {
    }

    /** Fails with one line when even the listening sockets would not fit. */
    static void requireRoomFor(int listeners, int reserve) {
        long[] fd = openAndMax();
        if (fd != null && fd[0] + listeners + reserve > fd[1]) {
            throw new FleetStartException(tooFew(listeners, fd[1]), null);
        }
    }

    /** Descriptors left for client connections now that the listeners are open. */
    static int connectionBudget(int reserve) {
        long[] fd = openAndMax();
        return fd == null ? Integer.MAX_VALUE : (int) Math.max(1, Math.min(Integer.MAX_VALUE, fd[1] - fd[0] - reserve));
    }

    static String explainBindFailure(IOException e, InetSocketAddress at, int index, int count) {
        String msg = String.valueOf(e.getMessage());
        if (msg.contains("Too many open files")) {
            long[] fd = openAndMax();
            return tooFew(count, fd == null ? -1 : fd[1]);
        }
        String where = at.getAddress().getHostAddress() + (at.getPort() == 0 ? "" : ":" + at.getPort());
        if (e instanceof BindException && at.getPort() != 0 && msg.contains("in use")) {
            return "port " + at.getPort() + " (miner " + (index + 1) + ") is already in use on "
                    + at.getAddress().getHostAddress() + "; choose another port (below 32768: Linux lends higher ports "
                    + "to outgoing connections), or 0 for ephemeral ports";
        }
        return "cannot listen on " + where + " (miner " + (index + 1) + "): " + msg;
    }

    private static String tooFew(int count, long max) {
        return "cannot simulate " + count + " miners: each needs a listening socket plus one per client connection, "
                + "and this process may open only " + (max < 0 ? "a few" : String.valueOf(max))
                + " files (ulimit -n); raise the limit or simulate fewer miners";
    }

    /** {open, max} descriptors of this process, or null where the JVM cannot tell. */
    private static long[] openAndMax() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.UnixOperatingSystemMXBean) {
            com.sun.management.UnixOperatingSystemMXBean unix = (com.sun.management.UnixOperatingSystemMXBean) os;
            return new long[] {unix.getOpenFileDescriptorCount(), unix.getMaxFileDescriptorCount()};
        }
        return null;
    }
}
