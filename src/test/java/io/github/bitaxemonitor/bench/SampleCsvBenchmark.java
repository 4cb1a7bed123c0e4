package io.github.bitaxemonitor.bench;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.store.CsvSchema;
import io.github.bitaxemonitor.store.SampleCsv;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The per-row costs of the storage format: encoding a sample (what the collector pays per miner per cycle),
 * validating it, and reading a row back (what every reader pays per line). Rows come from {@link FleetModel}:
 * {@code online} is a fully populated reading, {@code timeout} a mostly empty failure row, {@code quoted} a row
 * whose hostname needs CSV quoting.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SampleCsvBenchmark {
    @Param({"online", "timeout", "quoted"})
    public String kind;

    private Sample sample;
    private String line;
    private List<String> cells;
    private SampleCsv.Decoder decoder;
    private final StringBuilder buffer = new StringBuilder(1024);

    @Setup
    public void setUp() {
        FleetModel fleet = new FleetModel(40);
        long t = 1_790_000_000L;
        sample = switch (kind) {
            case "online" -> fleet.sample(1, t);
            case "quoted" -> fleet.sample(3, t);
            default -> find(fleet, t);
        };
        line = SampleCsv.row(sample);
        cells = SampleCsv.parseLine(line);
        decoder = SampleCsv.decoder(CsvSchema.header());
    }

    /** The first TIMEOUT row of miner 1 from t on. */
    private static Sample find(FleetModel fleet, long t) {
        for (long s = t; ; s += 60) {
            Sample x = fleet.sample(1, s);
            if (x.status().name().equals("TIMEOUT")) {
                return x;
            }
        }
    }

    @Benchmark
    public String row() {
        return SampleCsv.row(sample);
    }

    @Benchmark
    public int appendRow() {
        buffer.setLength(0);
        SampleCsv.appendRow(sample, buffer);
        return buffer.length();
    }

    @Benchmark
    public Sample validate(Blackhole bh) {
        return SampleCsv.validate(sample, bh::consume);
    }

    @Benchmark
    public List<String> parseLine() {
        return SampleCsv.parseLine(line);
    }

    @Benchmark
    public Sample decode(Blackhole bh) {
        return decoder.decode(cells, bh::consume);
    }

    @Benchmark
    public Sample parseAndDecode(Blackhole bh) {
        return decoder.decode(SampleCsv.parseLine(line), bh::consume);
    }
}
