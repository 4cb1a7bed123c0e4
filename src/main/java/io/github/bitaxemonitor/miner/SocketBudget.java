package io.github.bitaxemonitor.miner;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.Locale;

/**
 * How many sockets the collector may hold at once, from what the process may open: a poll that opens a socket past
 * {@code ulimit -n} fails with "Too many open files", and so does the cycle's write after it. Half of the sockets go to
 * polls in flight ({@link #pollsAtOnce}), the other half bound the kept-alive HTTP connections ({@link #keptAlive}), so
 * that in-flight CGMiner exchanges plus every HTTP connection, busy or idle, never pass {@link #sockets}.
 *
 * @param fileLimit descriptors the process may open (the JVM raises the soft limit to the hard one at start); &gt; 0
 * @param openNow   descriptors open when the budget was taken (jars, selectors, the store's files); &gt;= 0
 * @param reserve   descriptors left for what opens later: data file rotation, backups being compressed, the lock,
 *                  the hostname cache, recovery files, the metrics exporter and alert mail; &gt;= 0
 */
public record SocketBudget(long fileLimit, long openNow, int reserve) {
    /** Room kept for the store and the other parts of the monitor, beyond what is open when the budget is taken. */
    public static final int RESERVE = 256;
    /** A budget never goes below this, even under a tiny limit: the monitor must still poll a few miners. */
    static final int MIN_SOCKETS = 2;
    /** What to assume where the JVM cannot tell the limit (not Unix): Windows' own default socket limits are higher. */
    static final long UNKNOWN_LIMIT = 8192;

    public SocketBudget {
        if (fileLimit <= 0 || openNow < 0 || reserve < 0) {
            throw new IllegalArgumentException("socket budget: file limit must be > 0, open and reserve >= 0");
        }
    }

    /** The budget of this process now, keeping {@link #RESERVE} descriptors for the rest of the monitor. */
    public static SocketBudget forThisProcess() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
            return new SocketBudget(Math.max(1, unix.getMaxFileDescriptorCount()),
                    Math.max(0, unix.getOpenFileDescriptorCount()), RESERVE);
        }
        return new SocketBudget(UNKNOWN_LIMIT, 0, RESERVE);
    }

    /** Sockets the miner clients may hold together. */
    public int sockets() {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(MIN_SOCKETS, fileLimit - openNow - reserve));
    }

    /** Polls the collector may have in flight at once; the rest of a cycle's polls wait for one of them to end. */
    public int pollsAtOnce() {
        return sockets() / 2;
    }

    /** HTTP connections (busy or idle) the Bitaxe client keeps open; beyond it the longest idle one is closed. */
    public int keptAlive() {
        return sockets() - pollsAtOnce();
    }

    /** One line for the console: "9,872 polls at once (ulimit -n 20,000, 50 open, 256 kept for the store)". */
    public String describe() {
        return String.format(Locale.ROOT, "%,d polls at once (ulimit -n %,d, %,d open, %,d kept for the store)",
                pollsAtOnce(), fileLimit, openNow, reserve);
    }
}
