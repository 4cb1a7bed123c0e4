package io.github.bitaxemonitor.view.format;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.store.Column;
import io.github.bitaxemonitor.store.CsvSchema;
import io.github.bitaxemonitor.store.SampleCsv;
import io.github.bitaxemonitor.text.HostileText;
import java.util.ArrayList;
import java.util.List;

/** Every field of a row, named as in the CSV header, in file order: what "show everything" means in every view. */
public final class SampleFields {
    private SampleFields() {
    }

    /**
     * One field.
     *
     * @param name  the CSV column name (units in the name); never null
     * @param value the raw value (Number, String, Boolean, Instant or Status); null when absent
     */
    public record Field(String name, Object value) {
        /** The value as text for a terminal: decimals as in the file, "-" when absent, hostile text escaped. */
        public String text() {
            if (value == null) {
                return Units.NONE;
            }
            if (value instanceof Double d) {
                return SampleCsv.formatDecimal(d, 3);
            }
            if (value instanceof Status s) {
                return s.label();
            }
            return HostileText.forTerminal(value.toString());
        }
    }

    public static List<Field> of(Sample s) {
        List<Field> out = new ArrayList<>(CsvSchema.columns().size());
        for (Column c : CsvSchema.columns()) {
            out.add(new Field(c.name(), c.getter().apply(s)));
        }
        return out;
    }
}
