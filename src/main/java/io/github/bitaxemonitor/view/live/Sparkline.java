package io.github.bitaxemonitor.view.live;

/** Draws a series as one line of level glyphs, scaled between its own minimum and maximum. */
final class Sparkline {
    private Sparkline() {
    }

    /**
     * @param values oldest first; NaN (no reading) draws as a blank
     * @param width  at most this many glyphs, from the newest values
     * @param levels glyphs from lowest to highest
     */
    static String of(double[] values, int width, char[] levels) {
        int n = Math.min(width, values.length);
        int from = values.length - n;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = from; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                min = Math.min(min, values[i]);
                max = Math.max(max, values[i]);
            }
        }
        StringBuilder sb = new StringBuilder(n);
        for (int i = from; i < values.length; i++) {
            double v = values[i];
            if (Double.isNaN(v)) {
                sb.append(' ');
            } else if (max - min < 1e-9) {
                sb.append(levels[levels.length / 2]); // flat line: the middle, so it reads as "steady", not "zero"
            } else {
                int level = (int) Math.round((v - min) / (max - min) * (levels.length - 1));
                sb.append(levels[level]);
            }
        }
        return sb.toString();
    }
}
