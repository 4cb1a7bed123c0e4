package io.github.bitaxemonitor.analyze;

import io.github.bitaxemonitor.bench.HistoryGenerator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Test histories written by the benchmark generator in tuning mode (TuningModel's planted answers). */
final class History {
    /**
     * 2026-11-20T00:00:00Z: every generated history ends one poll before it (its last row is at 23:59), so tests see
     * the same bytes every run and a week is exactly 28 six-hour segments.
     */
    static final long END = 1_795_132_800L;

    private History() {
    }

    /** A week of {@code miners} miners polled every minute, in the monitor's layout under {@code dir/data}. */
    static Path week(Path dir, int miners) throws Exception {
        return generate(dir, miners, 7);
    }

    static Path generate(Path dir, int miners, int days) throws Exception {
        Path csv = dir.resolve("data").resolve("metrics.csv");
        PrintStream saved = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            HistoryGenerator.main(new String[] {"--layout", csv.toString(), "--days", Integer.toString(days),
                "--miners", Integer.toString(miners), "--tuning", "on", "--end", Long.toString(END - 60), "--threads", "2"});
        } finally {
            System.setOut(saved);
        }
        return csv.getParent();
    }
}
