package io.github.bitaxemonitor.sim;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * Prints JSON the way cJSON's {@code cJSON_Print} does on firmware up to 2.13: one member per line indented with
 * tabs, a tab after the colon, arrays on one line with ", " between values. Not shareable: create one per generator.
 */
final class CJsonPrettyPrinter implements PrettyPrinter {
    /** Nesting of objects and arrays at the current position, as cJSON counts it. */
    private int depth;

    @Override
    public void writeRootValueSeparator(JsonGenerator g) {
        // one value per reply: nothing between root values
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        g.writeRaw('{');
        depth++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        newLine(g, depth);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(":\t");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        newLine(g, depth);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        depth--;
        if (entries == 0) {
            newLine(g, depth + 1);
        }
        newLine(g, depth);
        g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        g.writeRaw('[');
        depth++;
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) {
        // cJSON puts array values right after the bracket
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(", ");
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        depth--;
        g.writeRaw(']');
    }

    private static void newLine(JsonGenerator g, int tabs) throws IOException {
        g.writeRaw('\n');
        for (int i = 0; i < tabs; i++) {
            g.writeRaw('\t');
        }
    }
}
