package io.github.bitaxemonitor.discover;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * How many sockets a sweep may hold open at once: half of the file descriptors this process has left (the rest stay
 * for the JVM, the data files and the clients), capped at {@link #MAX} and never below {@link #MIN}.
 */
public final class FdBudget {
    /** Beyond this, a home LAN gains nothing: the sweep is bound by connect timeouts, not by slots. */
    public static final int MAX = 1024;
    static final int MIN = 16;
    /** Used when the platform does not say (not a Unix JVM). */
    private static final int UNKNOWN = 256;

    private FdBudget() {
    }

    public static int available() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
            long free = unix.getMaxFileDescriptorCount() - unix.getOpenFileDescriptorCount();
            return (int) Math.max(MIN, Math.min(MAX, free / 2));
        }
        return UNKNOWN;
    }

    /** Descriptors this process has open now, or -1 when the platform does not say. */
    public static long openNow() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.UnixOperatingSystemMXBean unix
                ? unix.getOpenFileDescriptorCount() : -1;
    }
}
