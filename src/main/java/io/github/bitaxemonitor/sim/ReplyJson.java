package io.github.bitaxemonitor.sim;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.IntStream;

/**
 * Renders the JSON bodies of the simulated endpoints with Jackson's streaming generator, which (unlike a tree model)
 * lets old firmware shapes repeat a field name in different case, exactly as the devices do.
 */
public final class ReplyJson {
    /** Schubfach instead of Double.toString for the ~20 numbers of every reply: a third of the simulator's CPU. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();

    private ReplyJson() {
    }

    /** The body of {@code GET /api/system/info} in the snapshot's firmware shape. */
    public static byte[] info(MinerSnapshot s) {
        return render(s.identity().shape(), g -> {
            g.writeStartObject();
            if (s.identity().shape() == FirmwareShape.NERDQAXE) {
                NerdQaxeInfoJson.fields(g, s);
            } else {
                AxeOsInfoJson.fields(g, s);
            }
            g.writeEndObject();
        });
    }

    /** The body of {@code GET /api/system/asic} (firmware 2.7+; older shapes answer it too, harmlessly). */
    public static byte[] asic(MinerSnapshot s) {
        Board b = s.identity().board();
        return render(s.identity().shape(), g -> {
            g.writeStartObject();
            g.writeStringField("ASICModel", b.asicModel());
            g.writeStringField("deviceModel", b.model());
            g.writeNumberField("asicCount", b.asicCount());
            g.writeNumberField("defaultFrequency", b.frequencyMhz());
            g.writeArrayFieldStart("frequencyOptions");
            for (int f : frequencyOptions(b)) {
                g.writeNumber(f);
            }
            g.writeEndArray();
            g.writeNumberField("defaultVoltage", b.coreVoltageMv());
            g.writeArrayFieldStart("voltageOptions");
            for (int v : voltageOptions(b)) {
                g.writeNumber(v);
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** The frequencies (MHz) a board offers in {@code /api/system/asic}: from 100 below its default to 150 above. */
    static int[] frequencyOptions(Board b) {
        return IntStream.iterate(b.frequencyMhz() - 100, f -> f <= b.frequencyMhz() + 150, f -> f + 25).toArray();
    }

    /** The core voltages (mV) a board offers: 100 either side of its default in 25 mV steps. */
    static int[] voltageOptions(Board b) {
        return IntStream.iterate(b.coreVoltageMv() - 100, v -> v <= b.coreVoltageMv() + 100, v -> v + 25).toArray();
    }

    /** Writes a number as cJSON prints it: integral values without a fraction. */
    static void number(JsonGenerator g, String name, double value) throws IOException {
        g.writeFieldName(name);
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            g.writeNumber((long) value);
        } else {
            g.writeNumber(value);
        }
    }

    /** Writes a text field, or nothing when the value is null (the field is absent from that reply). */
    static void textIfPresent(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static byte[] render(FirmwareShape shape, Body body) {
        try (ByteArrayBuilder out = new ByteArrayBuilder(2048)) {
            try (JsonGenerator g = FACTORY.createGenerator(out)) {
                if (!shape.compact()) {
                    g.setPrettyPrinter(new CJsonPrettyPrinter());
                }
                body.write(g);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
    }
}
