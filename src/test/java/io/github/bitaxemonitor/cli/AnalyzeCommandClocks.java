package io.github.bitaxemonitor.cli;

import java.time.Clock;

/** Test access to {@link AnalyzeCommand}'s clock from other packages' tests. */
public final class AnalyzeCommandClocks {
    private AnalyzeCommandClocks() {
    }

    public static void set(Clock clock) {
        AnalyzeCommand.clock = clock;
    }
}
