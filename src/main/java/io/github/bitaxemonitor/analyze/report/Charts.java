package io.github.bitaxemonitor.analyze.report;

import io.github.bitaxemonitor.analyze.result.ConfigResult;
import io.github.bitaxemonitor.analyze.result.MinerAnalysis;
import io.github.bitaxemonitor.analyze.segment.Timeline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's four charts for one miner, as SVG drawn by hand: the shapes are few and simple (polylines, circles,
 * bars), so a charting library (JFreeChart's SVG export) would add megabytes to the jar and a Swing stack to a
 * terminal tool for what is a page of code here.
 */
final class Charts {
    /** Okabe-Ito: told apart by colour-blind readers too. */
    static final String[] PALETTE = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
        "#000000"};

    private Charts() {
    }

    /** A colour per configuration, in the miner's table order, so every chart uses the same one. */
    static Map<String, String> colours(MinerAnalysis m) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(m.configs().stream().map(ConfigResult::config).toList());
        names.sort(Comparator.naturalOrder());
        for (int i = 0; i < names.size(); i++) {
            out.put(names.get(i), PALETTE[i % PALETTE.length]);
        }
        return out;
    }

    static String hashrateOverTime(MinerAnalysis m, Map<String, String> colours) {
        List<Timeline.Point> pts = m.timeline().stream().filter(p -> !Double.isNaN(p.hashrate())).toList();
        if (pts.isEmpty()) {
            return "";
        }
        double lo = pts.stream().mapToDouble(Timeline.Point::hashrate).min().orElse(0);
        double hi = pts.stream().mapToDouble(Timeline.Point::hashrate).max().orElse(1);
        Plot p = new Plot("Hashrate over time, by configuration", "time (UTC)", "GH/s", pts.get(0).startMs(),
                pts.get(pts.size() - 1).startMs() + m.timelineBucketS() * 1000, lo, hi, true);
        // One polyline per run of points at one configuration, so colour changes where the configuration does.
        List<Timeline.Point> run = new ArrayList<>();
        for (Timeline.Point pt : pts) {
            if (!run.isEmpty() && (!run.get(0).config().equals(pt.config())
                    || pt.startMs() - run.get(run.size() - 1).startMs() > 3 * m.timelineBucketS() * 1000)) {
                polyline(p, run, colours);
                run.clear();
            }
            run.add(pt);
        }
        polyline(p, run, colours);
        for (Timeline.Point pt : pts) {
            if (pt.flagged()) {
                p.body.append("<circle cx=\"").append(Plot.n(p.sx(pt.startMs()))).append("\" cy=\"")
                        .append(Plot.n(p.sy(pt.hashrate()))).append("\" r=\"2.5\" fill=\"#D00\"/>\n");
            }
        }
        return p.svg() + legend(colours, "red dots: throttling");
    }

    private static void polyline(Plot p, List<Timeline.Point> run, Map<String, String> colours) {
        if (run.isEmpty()) {
            return;
        }
        StringBuilder pts = new StringBuilder();
        for (Timeline.Point pt : run) {
            pts.append(Plot.n(p.sx(pt.startMs()))).append(',').append(Plot.n(p.sy(pt.hashrate()))).append(' ');
        }
        p.body.append("<polyline fill=\"none\" stroke-width=\"1.6\" stroke=\"").append(colours.get(run.get(0).config()))
                .append("\" points=\"").append(pts.toString().trim()).append("\"/>\n");
    }

    static String tempVsPower(MinerAnalysis m, Map<String, String> colours) {
        List<Timeline.Point> pts = m.timeline().stream()
                .filter(p -> !Double.isNaN(p.power()) && !Double.isNaN(p.asicTemp())).toList();
        if (pts.isEmpty()) {
            return "";
        }
        Plot p = new Plot("ASIC temperature vs power", "power (W)", "ASIC temperature (C)",
                pts.stream().mapToDouble(Timeline.Point::power).min().orElse(0),
                pts.stream().mapToDouble(Timeline.Point::power).max().orElse(1),
                pts.stream().mapToDouble(Timeline.Point::asicTemp).min().orElse(0),
                pts.stream().mapToDouble(Timeline.Point::asicTemp).max().orElse(1), false);
        for (Timeline.Point pt : pts) {
            p.body.append("<circle cx=\"").append(Plot.n(p.sx(pt.power()))).append("\" cy=\"")
                    .append(Plot.n(p.sy(pt.asicTemp()))).append("\" r=\"2.2\" fill-opacity=\"0.6\" fill=\"")
                    .append(colours.get(pt.config())).append("\"/>\n");
        }
        return p.svg() + legend(colours, null);
    }

    static String jthPerConfig(MinerAnalysis m, Map<String, String> colours) {
        List<ConfigResult> cs = m.configs().stream().filter(c -> !Double.isNaN(c.jth())).toList();
        if (cs.isEmpty()) {
            return "";
        }
        double max = cs.stream().mapToDouble(ConfigResult::jth).max().orElse(1);
        Plot p = new Plot("J/TH per configuration (lower is better)", "configuration", "J/TH", 0, cs.size(), 0, max,
                false).categories();
        double slot = (p.sx(1) - p.sx(0));
        for (int i = 0; i < cs.size(); i++) {
            ConfigResult c = cs.get(i);
            double x = p.sx(i + 0.5) - slot * 0.35;
            double y = p.sy(c.jth());
            p.body.append("<rect x=\"").append(Plot.n(x)).append("\" y=\"").append(Plot.n(y)).append("\" width=\"")
                    .append(Plot.n(slot * 0.7)).append("\" height=\"").append(Plot.n(p.sy(0) - y))
                    .append("\" fill=\"").append(colours.get(c.config())).append('"')
                    .append(c.eligible() ? "" : " fill-opacity=\"0.35\" stroke=\"#D00\" stroke-dasharray=\"4 2\"")
                    .append("/>\n");
            p.body.append("<text x=\"").append(Plot.n(p.sx(i + 0.5))).append("\" y=\"").append(Plot.n(y - 4))
                    .append("\" class=\"k\" text-anchor=\"middle\">").append(Fmt.num(c.jth(), 2))
                    .append(c.eligible() ? "" : " (flagged)").append("</text>\n");
            p.body.append("<text x=\"").append(Plot.n(p.sx(i + 0.5))).append("\" y=\"").append(Plot.n(p.sy(0) + 14))
                    .append("\" class=\"k\" text-anchor=\"middle\">").append(Escape.html(c.config())).append("</text>\n");
        }
        return p.svg();
    }

    static String pareto(MinerAnalysis m, Map<String, String> colours) {
        List<ConfigResult> cs = m.configs().stream().filter(c -> !Double.isNaN(c.jth())
                && !Double.isNaN(c.hashrate().mean())).toList();
        if (cs.isEmpty()) {
            return "";
        }
        Plot p = new Plot("Hashrate vs efficiency: the Pareto front", "J/TH (lower is better)",
                "mean hashrate (GH/s)", cs.stream().mapToDouble(ConfigResult::jth).min().orElse(0),
                cs.stream().mapToDouble(ConfigResult::jth).max().orElse(1),
                cs.stream().mapToDouble(c -> c.hashrate().mean()).min().orElse(0),
                cs.stream().mapToDouble(c -> c.hashrate().mean()).max().orElse(1), false);
        List<ConfigResult> front = new ArrayList<>(cs.stream().filter(ConfigResult::pareto).toList());
        front.sort(Comparator.comparingDouble(ConfigResult::jth));
        StringBuilder line = new StringBuilder();
        for (ConfigResult c : front) {
            line.append(Plot.n(p.sx(c.jth()))).append(',').append(Plot.n(p.sy(c.hashrate().mean()))).append(' ');
        }
        if (front.size() > 1) {
            p.body.append("<polyline fill=\"none\" stroke=\"#555\" stroke-dasharray=\"5 3\" points=\"")
                    .append(line.toString().trim()).append("\"/>\n");
        }
        for (ConfigResult c : cs) {
            double x = p.sx(c.jth());
            double y = p.sy(c.hashrate().mean());
            p.body.append("<circle cx=\"").append(Plot.n(x)).append("\" cy=\"").append(Plot.n(y)).append("\" r=\"")
                    .append(c.pareto() ? "6" : "4").append("\" fill=\"").append(colours.get(c.config())).append('"')
                    .append(c.eligible() ? "" : " fill-opacity=\"0.35\" stroke=\"#D00\"").append("/>\n");
            boolean left = p.nearRight(x);
            p.body.append("<text x=\"").append(Plot.n(left ? x - 8 : x + 8)).append("\" y=\"").append(Plot.n(y - 6))
                    .append(left ? "\" text-anchor=\"end" : "").append("\" class=\"k\">").append(Escape.html(c.config()))
                    .append(c.pareto() ? " (front)" : "").append(c.eligible() ? "" : " flagged").append("</text>\n");
        }
        return p.svg();
    }

    private static String legend(Map<String, String> colours, String note) {
        StringBuilder sb = new StringBuilder("<p class=\"legend\">");
        colours.forEach((config, colour) -> sb.append("<span><i style=\"background:").append(colour).append("\"></i>")
                .append(Escape.html(config)).append("</span> "));
        if (note != null) {
            sb.append("<span class=\"note\">").append(Escape.html(note)).append("</span>");
        }
        return sb.append("</p>\n").toString();
    }
}
