package io.github.bitaxemonitor.bench;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.store.CanonicalRow;
import io.github.bitaxemonitor.store.CsvSchema;
import io.github.bitaxemonitor.store.SampleCsv;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What csv-repair pays per row of a healthy file: the canonical-row check ({@code fastCheck}) against the round trip it
 * replaces ({@code roundTrip}: parse, decode, validate, re-encode and compare). Rows from {@link FleetModel} as in
 * {@link SampleCsvBenchmark}; {@code quoted} has a hostname that needs CSV quoting.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CanonicalRowBenchmark {
    @Param({"online", "quoted"})
    public String kind;

    private byte[] bytes;
    private final CanonicalRow check = new CanonicalRow();
    private final SampleCsv.Decoder decoder = SampleCsv.decoder(CsvSchema.header());

    @Setup
    public void setUp() {
        FleetModel fleet = new FleetModel(40);
        Sample s = fleet.sample(kind.equals("quoted") ? 3 : 1, 1_790_000_000L);
        bytes = SampleCsv.row(SampleCsv.validate(s, r -> { })).getBytes(StandardCharsets.UTF_8);
        if (check.read(bytes) == null) {
            throw new IllegalStateException("not a canonical row: " + new String(bytes, StandardCharsets.UTF_8));
        }
    }

    @Benchmark
    public Sample fastCheck() {
        return check.read(bytes);
    }

    @Benchmark
    public boolean roundTrip() {
        String line = new String(bytes, StandardCharsets.UTF_8);
        Sample decoded = decoder.decode(SampleCsv.parseLine(line), p -> { });
        Sample valid = SampleCsv.validate(decoded, p -> { });
        return SampleCsv.row(valid).equals(line);
    }
}
