package io.github.bitaxemonitor.view.format;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Fields;
import java.util.ArrayList;
import java.util.List;

/** Every field of a row, named as in the CSV header, in file order: what "show everything" means in every view. */
public final class SampleFields {
    private SampleFields() {
    }

    /**
     * One field.
     *
     * @param field the declaration
     * @param value the raw value (Number, String, Boolean, Instant or Status); null when absent
     */
    public record Field(io.github.bitaxemonitor.model.Field<?> field, Object value) {
        /** The CSV column name. */
        public String name() {
            return field.name();
        }

        /** The value as text for a terminal ({@link FieldText}). */
        public String text() {
            return FieldText.of(field, value);
        }
    }

    public static List<Field> of(Sample s) {
        List<Field> out = new ArrayList<>(Fields.all().size());
        for (io.github.bitaxemonitor.model.Field<?> f : Fields.all()) {
            out.add(new Field(f, f.get(s)));
        }
        return out;
    }
}
