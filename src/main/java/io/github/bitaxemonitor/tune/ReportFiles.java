package io.github.bitaxemonitor.tune;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bitaxemonitor.control.ControlActions;
import io.github.bitaxemonitor.repair.AtomicFile;
import io.github.bitaxemonitor.text.HostileText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A benchmark's results in {@value #DIR_NAME} beside the data: {@code SESSION.json} (plan, original settings, every
 * step with every sample, the ranking) for analytics and scripts, and {@code SESSION.md}, the table people read.
 */
public final class ReportFiles {
    public static final String DIR_NAME = "benchmarks";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportFiles() {
    }

    /** Writes both files and returns the markdown. */
    public static String write(Path dataDirectory, Benchmark.Outcome o) throws IOException {
        Ranking ranking = Ranking.of(o.steps(), o.plan().goal());
        Path dir = dataDirectory.resolve(DIR_NAME);
        Files.createDirectories(dir);
        String md = markdown(o, ranking);
        try (AtomicFile f = new AtomicFile(dir.resolve(o.session() + ".json"), null)) {
            f.out().write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(json(o, ranking)));
            f.commit();
        }
        try (AtomicFile f = new AtomicFile(dir.resolve(o.session() + ".md"), null)) {
            f.out().write(md.getBytes(StandardCharsets.UTF_8));
            f.commit();
        }
        return md;
    }

    static ObjectNode json(Benchmark.Outcome o, Ranking ranking) {
        ObjectNode n = JSON.createObjectNode();
        n.put("session", o.session());
        n.put("address", o.miner().address());
        n.put("mode", o.plan().search() ? "search" : "grid");
        n.put("goal", o.plan().goal().name().toLowerCase(Locale.ROOT));
        n.set("original", JSON.valueToTree(ControlActions.values(o.original())));
        n.put("restored", o.restored());
        n.put("restore_detail", o.restoreDetail());
        if (o.error() != null) {
            n.put("error", HostileText.sanitize(o.error()));
        }
        ArrayNode steps = n.putArray("steps");
        for (StepResult r : o.steps()) {
            ObjectNode s = steps.addObject();
            s.put("frequency_mhz", r.frequencyMhz());
            s.put("core_voltage_mv", r.coreVoltageMv());
            num(s, "hashrate_ghs", r.hashrateGhs());
            num(s, "expected_hashrate_ghs", r.expectedGhs());
            num(s, "power_w", r.powerW());
            num(s, "efficiency_j_per_th", r.joulesPerTh());
            num(s, "max_asic_temp_c", r.maxAsicC());
            num(s, "max_vr_temp_c", r.maxVrC());
            s.put("valid", r.valid());
            s.put("pareto", ranking.pareto().contains(r));
            if (r.abortReason() != null) {
                s.put("abort_reason", r.abortReason());
            }
            s.set("samples", JSON.valueToTree(r.samples()));
        }
        StepResult best = ranking.recommended();
        if (best != null) {
            n.putObject("recommended").put("frequency_mhz", best.frequencyMhz())
                    .put("core_voltage_mv", best.coreVoltageMv());
        }
        return n;
    }

    private static void num(ObjectNode n, String key, double v) {
        if (Double.isFinite(v)) {
            n.put(key, Math.round(v * 100) / 100.0);
        }
    }

    static String markdown(Benchmark.Outcome o, Ranking ranking) {
        StringBuilder b = new StringBuilder();
        b.append("# Benchmark ").append(o.session()).append("\n\n");
        b.append("Miner ").append(o.miner().address()).append(", ").append(o.plan().search() ? "search" : "grid")
                .append(" mode, goal ").append(o.plan().goal().name().toLowerCase(Locale.ROOT)).append(".\n");
        b.append("Original settings: ").append(o.original().restoring().describe()).append("; ")
                .append(o.restored() ? "restored." : "NOT restored: " + o.restoreDetail()).append("\n");
        if (o.error() != null) {
            b.append("Ended early: ").append(HostileText.forTerminal(o.error(), 300)).append("\n");
        }
        b.append("\n| MHz | mV | GH/s | % of expected | W | J/TH | ASIC C | VR C | result |\n");
        b.append("|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (StepResult r : o.steps()) {
            b.append(String.format(Locale.ROOT, "| %d | %d | %s | %s | %s | %s | %s | %s | %s |%n", r.frequencyMhz(),
                    r.coreVoltageMv(), f(r.hashrateGhs(), 1), f(100 * r.hashrateGhs() / r.expectedGhs(), 1),
                    f(r.powerW(), 1), f(r.joulesPerTh(), 2), f(r.maxAsicC(), 1), f(r.maxVrC(), 1), verdict(r,
                            ranking)));
        }
        b.append("\nBy efficiency: ").append(list(ranking.byEfficiency())).append("\n");
        b.append("By hashrate: ").append(list(ranking.byHashrate())).append("\n");
        b.append("Pareto front: ").append(list(ranking.pareto())).append("\n");
        StepResult best = ranking.recommended();
        b.append("Recommendation: ").append(best == null ? "none (no valid step)"
                : best.frequencyMhz() + " MHz at " + best.coreVoltageMv() + " mV ("
                        + f(best.hashrateGhs(), 1) + " GH/s, " + f(best.joulesPerTh(), 2) + " J/TH)"
                        + " - apply with: monitor control set " + o.miner().address() + " --frequency "
                        + best.frequencyMhz() + " --core-voltage " + best.coreVoltageMv()).append("\n");
        return b.toString();
    }

    private static String verdict(StepResult r, Ranking ranking) {
        if (r.abortReason() != null) {
            return "cut off: " + r.abortReason();
        }
        return r.valid() ? ranking.pareto().contains(r) ? "valid, Pareto" : "valid" : "below expected";
    }

    private static String list(List<StepResult> l) {
        return l.isEmpty() ? "-" : String.join(", ", l.stream().map(r -> r.frequencyMhz() + "/" + r.coreVoltageMv())
                .toList());
    }

    private static String f(double v, int digits) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + digits + "f", v) : "-";
    }
}
