package io.github.bitaxemonitor.analyze;

import io.github.bitaxemonitor.cli.AnalyzeCommandClocks;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Sets the analyze commands' clock for a test (sessions are stamped with "now"). */
final class AnalyzeCommandClock {
    private AnalyzeCommandClock() {
    }

    static void at(String instant) {
        AnalyzeCommandClocks.set(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    static void reset() {
        AnalyzeCommandClocks.set(Clock.systemUTC());
    }
}
