package io.github.bitaxemonitor.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Decimal text for people, the same in every locale. */
public final class Decimals {
    private Decimals() {
    }

    /**
     * {@code v} with exactly {@code places} decimals, the text {@code String.format(Locale.ROOT, "%.Nf", v)} gives (the
     * shortest decimal that reads back as {@code v}, rounded half up), without java.util.Formatter: cold, its format
     * parsing and locale lookups cost a one-shot summary 30 ms for a few hundred cells.
     */
    public static String fixed(double v, int places) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        String magnitude = Double.isInfinite(v) ? "Infinity"
                : new BigDecimal(Double.toString(Math.abs(v))).setScale(places, RoundingMode.HALF_UP).toPlainString();
        return Double.doubleToRawLongBits(v) < 0 ? "-" + magnitude : magnitude; // keeps "-0.0", as Formatter does
    }
}
