package io.github.bitaxemonitor.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The plausibility check every reading passes before it is judged: a number outside its field's declared range (a
 * 4,000 C sensor, negative watts, an exabyte of free heap) is removed from the reading and reported, so it is stored
 * empty and never becomes the basis of a status.
 */
public final class Plausibility {
    private Plausibility() {
    }

    /**
     * One value taken out.
     *
     * @param field the field it was reported for
     * @param value the value as reported
     */
    public record Rejected(Field<?> field, Number value) {
        /** "asic_temp_c 4000 outside -40..150". */
        public String describe() {
            return field.name() + " " + plain(value.doubleValue()) + " outside " + plain(field.min()) + ".."
                    + plain(field.max());
        }

        private static String plain(double v) {
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
    }

    /**
     * @param reading  the reading with every implausible number removed
     * @param rejected what was removed, in field order; empty when the reading was plausible throughout
     */
    public record Result(Reading reading, List<Rejected> rejected) {
        public Result {
            rejected = List.copyOf(rejected);
        }
    }

    public static Result check(Reading reading) {
        List<Rejected> rejected = null;
        Reading.Builder clean = null;
        for (Field<?> f : Fields.all()) {
            if (!f.numeric() || f.role() != Field.Role.READING) {
                continue;
            }
            Object v = reading.get(f);
            if (v instanceof Number n && !f.plausible(n.doubleValue())) {
                if (clean == null) {
                    clean = reading.toBuilder();
                    rejected = new ArrayList<>();
                }
                clean.set(f, null);
                rejected.add(new Rejected(f, n));
            }
        }
        return clean == null ? new Result(reading, List.of()) : new Result(clean.build(), rejected);
    }
}
