package io.github.bitaxemonitor.bench;

import io.github.bitaxemonitor.store.LineSplitter;
import io.github.bitaxemonitor.store.RawLine;
import io.github.bitaxemonitor.store.SampleCsv;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * LineSplitter over a block of real rows (about 4 MB, {@value #LINES} lines) fed in pieces of {@code piece} bytes:
 * 65536 is how whole-file readers feed it, 512 how a tailer sees small appends. Time is per line; MB/s follows from
 * the average row length tools/bench prints with it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LineSplitterBenchmark {
    static final int LINES = 8_000;

    @Param({"65536", "512"})
    public int piece;

    private byte[] block;

    @Setup
    public void setUp() {
        FleetModel fleet = new FleetModel(40);
        StringBuilder sb = new StringBuilder(LINES * 600);
        for (int i = 0; i < LINES; i++) {
            SampleCsv.appendRow(fleet.sample(i % 40, 1_790_000_000L + i / 40 * 60L), sb);
        }
        block = sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public long splitBlock(Blackhole bh) {
        long[] bytes = new long[1];
        LineSplitter s = new LineSplitter((RawLine l) -> {
            bytes[0] += l.bytes().length;
            bh.consume(l);
        });
        for (int off = 0; off < block.length; off += piece) {
            s.feed(block, off, Math.min(piece, block.length - off));
        }
        s.finish();
        return bytes[0];
    }
}
