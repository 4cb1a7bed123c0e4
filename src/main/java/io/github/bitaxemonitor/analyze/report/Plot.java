package io.github.bitaxemonitor.analyze.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One SVG chart's frame: a title, two linear axes with round-number ticks (time ticks on whole hours or days for a
 * time axis) and the mapping from data to pixels. Charts add their marks to {@link #body}. Every text drawn goes
 * through {@link Escape#html}.
 */
final class Plot {
    static final int W = 640;
    static final int H = 340;
    private static final int LEFT = 64;
    private static final int RIGHT = 16;
    private static final int TOP = 34;
    private static final int BOTTOM = 46;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final double x0;
    private final double x1;
    private final double y0;
    private final double y1;
    private final boolean timeX;
    /** True for a chart whose x positions are categories (bars): no x ticks, the chart labels them. */
    private boolean categories;
    final StringBuilder body = new StringBuilder();
    private final String title;
    private final String xLabel;
    private final String yLabel;

    /** Ranges are widened a little and to round numbers; a time axis takes epoch ms. */
    Plot(String title, String xLabel, String yLabel, double xMin, double xMax, double yMin, double yMax,
         boolean timeX) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.timeX = timeX;
        double[] x = timeX ? new double[] {xMin, xMax == xMin ? xMin + 3_600_000 : xMax} : pad(xMin, xMax);
        double[] y = pad(yMin, yMax);
        this.x0 = x[0];
        this.x1 = x[1];
        this.y0 = y[0];
        this.y1 = y[1];
    }

    private static double[] pad(double min, double max) {
        if (Double.isNaN(min) || Double.isNaN(max)) {
            return new double[] {0, 1};
        }
        double span = max - min;
        double m = span == 0 ? Math.max(1, Math.abs(max) * 0.05) : span * 0.08;
        return new double[] {min - m, max + m};
    }

    Plot categories() {
        categories = true;
        return this;
    }

    /** True when a label at this x would run past the right edge: put it left of its mark. */
    boolean nearRight(double px) {
        return px > W - RIGHT - 140;
    }

    double sx(double x) {
        return LEFT + (x - x0) / (x1 - x0) * (W - LEFT - RIGHT);
    }

    double sy(double y) {
        return H - BOTTOM - (y - y0) / (y1 - y0) * (H - TOP - BOTTOM);
    }

    static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** The whole SVG element. */
    String svg() {
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" width=\"").append(W).append("\" height=\"").append(H).append("\" role=\"img\">\n");
        sb.append("<title>").append(Escape.html(title)).append("</title>\n");
        sb.append("<rect x=\"0\" y=\"0\" width=\"").append(W).append("\" height=\"").append(H)
                .append("\" fill=\"#fff\"/>\n");
        sb.append("<text x=\"").append(LEFT).append("\" y=\"20\" class=\"t\">").append(Escape.html(title))
                .append("</text>\n");
        grid(sb);
        sb.append("<g>\n").append(body).append("</g>\n");
        sb.append("<text x=\"").append(n((LEFT + W - RIGHT) / 2.0)).append("\" y=\"").append(H - 8)
                .append("\" class=\"a\" text-anchor=\"middle\">").append(Escape.html(xLabel)).append("</text>\n");
        sb.append("<text transform=\"translate(14,").append(n((TOP + H - BOTTOM) / 2.0))
                .append(") rotate(-90)\" class=\"a\" text-anchor=\"middle\">").append(Escape.html(yLabel))
                .append("</text>\n");
        return sb.append("</svg>\n").toString();
    }

    private void grid(StringBuilder sb) {
        sb.append("<rect x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"")
                .append(W - LEFT - RIGHT).append("\" height=\"").append(H - TOP - BOTTOM)
                .append("\" fill=\"none\" stroke=\"#999\"/>\n");
        double step = niceStep(y1 - y0);
        for (double v = Math.ceil(y0 / step) * step; v <= y1; v += step) {
            double y = sy(v);
            sb.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(W - RIGHT).append("\" y1=\"").append(n(y))
                    .append("\" y2=\"").append(n(y)).append("\" stroke=\"#e4e4e4\"/>\n");
            sb.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(n(y + 4))
                    .append("\" class=\"k\" text-anchor=\"end\">").append(tick(v, step)).append("</text>\n");
        }
        double xs = timeX ? timeStep(x1 - x0) : niceStep(x1 - x0);
        for (double v = Math.ceil(x0 / xs) * xs; v <= x1 && !categories; v += xs) {
            double x = sx(v);
            sb.append("<line x1=\"").append(n(x)).append("\" x2=\"").append(n(x)).append("\" y1=\"").append(TOP)
                    .append("\" y2=\"").append(H - BOTTOM).append("\" stroke=\"#f0f0f0\"/>\n");
            String label = timeX ? (xs >= 86_400_000 ? DAY : HOUR).format(Instant.ofEpochMilli((long) v)) : tick(v, xs);
            sb.append("<text x=\"").append(n(x)).append("\" y=\"").append(H - BOTTOM + 16)
                    .append("\" class=\"k\" text-anchor=\"middle\">").append(label).append("</text>\n");
        }
    }

    private static String tick(double v, double step) {
        int places = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step));
        return String.format(Locale.ROOT, "%." + places + "f", Math.abs(v) < step / 1e6 ? 0 : v);
    }

    /** 1, 2 or 5 times a power of ten, giving about five ticks. */
    static double niceStep(double span) {
        double raw = span / 5;
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / p;
        return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * p;
    }

    private static double timeStep(double spanMs) {
        double[] steps = {3_600_000, 3 * 3_600_000, 6 * 3_600_000, 12 * 3_600_000, 86_400_000, 2 * 86_400_000,
            7 * 86_400_000.0, 30 * 86_400_000.0};
        for (double s : steps) {
            if (spanMs / s <= 8) {
                return s;
            }
        }
        return steps[steps.length - 1] * Math.ceil(spanMs / steps[steps.length - 1] / 8);
    }
}
