package io.github.bitaxemonitor.view;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.store.CsvSchema;
import io.github.bitaxemonitor.store.SampleCsv;
import io.github.bitaxemonitor.testing.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Test data for the viewer: rows as the monitor writes them, and a fixed small fleet for golden files. */
public final class FleetData {
    /** The fixed dataset's last row time; golden tests report 10 s later. */
    public static final Instant END = Instant.parse("2026-11-20T12:00:45Z");
    public static final Duration CYCLE = Duration.ofSeconds(5);

    private FleetData() {
    }

    public static String header() {
        return CsvSchema.headerLine() + "\n";
    }

    public static String rows(List<Sample> samples) {
        StringBuilder sb = new StringBuilder();
        samples.forEach(s -> SampleCsv.appendRow(s, sb));
        return sb.toString();
    }

    public static String row(Sample s) {
        return rows(List.of(s));
    }

    /** A plausible miner {@code i} (alias gamma-i, address 127.0.0.(10+i):80) at {@code at}. */
    public static Sample.Builder miner(int i, Instant at) {
        return Samples.gamma("127.0.0." + (10 + i) + ":80", at).alias("gamma-" + i)
                .hashrateGhs(1000.0 + 10 * i).asicTempC(55.0 + i).powerW(18.0 + i);
    }

    /**
     * The golden fleet, 10 cycles ending at {@link #END}: gamma-1 steady; gamma-2 turns HOT for the last 3 cycles;
     * gamma-3 goes OFFLINE for the last 4; a fourth miner has a hostile hostname (ESC, bidi override, NUL) and no
     * alias.
     */
    public static List<Sample> golden() {
        List<Sample> out = new ArrayList<>();
        for (int c = 0; c < 10; c++) {
            Instant at = END.minus(CYCLE.multipliedBy(9 - c));
            out.add(miner(1, at).hashrateGhs(1071.5 + c).sharesAccepted(15230L + c).build());
            Sample.Builder two = miner(2, at).sharesAccepted(9000L + c).bestDiff(7.5e9);
            if (c >= 7) {
                two.status(Status.HOT).asicTempC(71.5).vrTempC(80.0);
            }
            out.add(two.build());
            Sample.Builder three = miner(3, at);
            if (c >= 6) {
                three = Sample.builder().timestamp(at).address("127.0.0.13:80").alias("gamma-3")
                        .hostname("bitaxe-gamma").status(Status.OFFLINE).error("connect refused");
            }
            out.add(three.build());
            out.add(miner(4, at).alias(null).hostname("evil\u001B[31m\u202Ename\u0000x").poolUrl("=cmd|x\u0007")
                    .build());
        }
        return out;
    }

    /** Writes the golden fleet as one day file of the layout {@code dir/metrics.csv}; returns the file. */
    public static Path writeGolden(Path dir) throws IOException {
        Path file = dir.resolve("metrics-2026-11-20.csv");
        Files.writeString(file, header() + rows(golden()), StandardCharsets.UTF_8);
        return file;
    }

    public static void append(Path file, String text) throws IOException {
        Files.write(file, text.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
