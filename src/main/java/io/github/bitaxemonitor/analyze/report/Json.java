package io.github.bitaxemonitor.analyze.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;

/**
 * The JSON of analyze: records as objects, instants and durations as ISO-8601 text, and a number that could not be
 * computed (NaN) as null, so every output is standard JSON.
 */
public final class Json {
    private static final ObjectMapper MAPPER = mapper();

    private Json() {
    }

    public static ObjectMapper mapper() {
        SimpleModule m = new SimpleModule();
        JsonSerializer<Double> nanAsNull = new JsonSerializer<>() {
            @Override
            public void serialize(Double v, JsonGenerator g, SerializerProvider p) throws IOException {
                if (v == null || v.isNaN() || v.isInfinite()) {
                    g.writeNull();
                } else {
                    g.writeNumber(v);
                }
            }
        };
        m.addSerializer(Double.class, nanAsNull);
        m.addSerializer(Double.TYPE, nanAsNull);
        m.addSerializer(Instant.class, ToStringSerializer.instance);
        m.addSerializer(Duration.class, ToStringSerializer.instance);
        return new ObjectMapper().registerModule(m).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /** Indented, with a final newline. */
    public static String pretty(Object value) {
        try {
            return MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line. */
    public static String line(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
