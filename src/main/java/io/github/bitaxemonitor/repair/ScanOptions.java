package io.github.bitaxemonitor.repair;

import java.time.Clock;

/**
 * Settings every scan shares.
 *
 * @param clock           "now", for timestamps in the future; never null
 * @param duplicateWindow rows per generation of the duplicate finder ({@link DuplicateWindow}); at least 1
 */
public record ScanOptions(Clock clock, int duplicateWindow) {

    public static ScanOptions defaults() {
        return new ScanOptions(Clock.systemUTC(), DuplicateWindow.DEFAULT_WINDOW);
    }
}
