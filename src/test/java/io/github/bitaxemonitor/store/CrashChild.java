package io.github.bitaxemonitor.store;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The process {@link CrashTest} kills: appends cycles through {@link CsvMetricsStore} as fast as it can and prints
 * {@code ACK <n>} after each appendCycle returns - the moment the cycle counts as acknowledged.
 * Arguments: csv_path, backup directory, run number.
 */
public final class CrashChild {
    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        int run = Integer.parseInt(args[2]);
        PrintStream out = System.out;
        try (CsvMetricsStore store = CsvMetricsStore.open(CrashRows.settings(Path.of(args[0]), Path.of(args[1])),
                Clock.systemUTC(), System.err::println)) {
            for (int c = 0; c < CrashRows.MAX_CYCLES; c++) {
                store.appendCycle(CrashRows.cycle(run, c));
                out.println("ACK " + c);
                out.flush();
            }
        }
    }
}
