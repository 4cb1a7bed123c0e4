package io.github.bitaxemonitor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bitaxemonitor.model.Sample;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Instant;
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
 * The per-reply cost of the Bitaxe client's parsing: Jackson's tree (as BitaxeClient reads every body) and the
 * field-by-field mapping into a {@link Sample} (the package-private {@code miner.AxeOsInfo.parse}, reached through a
 * method handle so the benchmark measures the real code). Replies are the miner tests' recorded fixtures.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AxeOsReplyBenchmark {
    @Param({"axeos-2.12.0-gamma", "axeos-2.0.2-max", "nerdqaxe-plusplus", "axeos-2.15.0-hostile-strings"})
    public String fixture;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant AT = Instant.parse("2026-11-20T12:00:00Z");
    private byte[] body;
    private MethodHandle parse;

    @Setup
    public void setUp() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/bitaxe/" + fixture + ".json")) {
            if (in == null) {
                throw new IOException("fixture not on the test classpath: " + fixture);
            }
            body = in.readAllBytes();
        }
        Class<?> info = Class.forName("io.github.bitaxemonitor.miner.AxeOsInfo");
        parse = MethodHandles.privateLookupIn(info, MethodHandles.lookup()).findStatic(info, "parse",
                MethodType.methodType(Sample.class, JsonNode.class, String.class, Instant.class, long.class));
    }

    @Benchmark
    public JsonNode readTree() throws IOException {
        return JSON.readTree(body);
    }

    @Benchmark
    public Sample readTreeAndParse() throws Throwable {
        return (Sample) parse.invokeExact(JSON.readTree(body), "127.0.0.1:20000", AT, 120L);
    }
}
