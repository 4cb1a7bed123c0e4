package io.github.bitaxemonitor.export.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bitaxemonitor.model.Field;
import io.github.bitaxemonitor.model.Fields;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import java.time.Instant;

/** A row as JSON: every field of the registry under its CSV column name, as the {@code --json} document's rows. */
final class RowJson {
    private RowJson() {
    }

    static ObjectNode of(Sample row) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        for (Field<?> f : Fields.all()) {
            Object v = f.get(row);
            if (v == null) {
                n.putNull(f.name());
            } else if (v instanceof Double d) {
                n.put(f.name(), d);
            } else if (v instanceof Long l) {
                n.put(f.name(), l);
            } else if (v instanceof Boolean b) {
                n.put(f.name(), b);
            } else if (v instanceof Status s) {
                n.put(f.name(), s.name());
            } else if (v instanceof Instant t) {
                n.put(f.name(), t.toString());
            } else {
                n.put(f.name(), v.toString());
            }
        }
        return n;
    }
}
