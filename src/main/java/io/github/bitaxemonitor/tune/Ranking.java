package io.github.bitaxemonitor.tune;

import java.util.Comparator;
import java.util.List;

/**
 * The valid steps ranked by efficiency (J/TH, lower first) and by hashrate (higher first), the Pareto front (no
 * other valid step is at least as fast and at least as efficient, and better in one), and the recommendation for
 * the plan's goal. Steps without a J/TH (no power reading) rank last by efficiency and are on the front only by
 * hashrate.
 */
public record Ranking(List<StepResult> byEfficiency, List<StepResult> byHashrate, List<StepResult> pareto,
        StepResult recommended) {

    public static Ranking of(List<StepResult> steps, BenchmarkPlan.Goal goal) {
        List<StepResult> valid = steps.stream().filter(StepResult::valid).toList();
        Comparator<StepResult> efficiency = Comparator.comparingDouble(r -> Double.isNaN(r.joulesPerTh())
                ? Double.MAX_VALUE : r.joulesPerTh());
        List<StepResult> byEfficiency = valid.stream().sorted(efficiency).toList();
        List<StepResult> byHashrate = valid.stream()
                .sorted(Comparator.comparingDouble(StepResult::hashrateGhs).reversed()).toList();
        List<StepResult> pareto = byHashrate.stream().filter(r -> valid.stream().noneMatch(o -> dominates(o, r)))
                .toList();
        StepResult best = goal == BenchmarkPlan.Goal.HASHRATE ? first(byHashrate) : first(byEfficiency);
        return new Ranking(byEfficiency, byHashrate, pareto, best);
    }

    private static boolean dominates(StepResult a, StepResult b) {
        double ja = Double.isNaN(a.joulesPerTh()) ? Double.MAX_VALUE : a.joulesPerTh();
        double jb = Double.isNaN(b.joulesPerTh()) ? Double.MAX_VALUE : b.joulesPerTh();
        return a.hashrateGhs() >= b.hashrateGhs() && ja <= jb && (a.hashrateGhs() > b.hashrateGhs() || ja < jb);
    }

    private static StepResult first(List<StepResult> l) {
        return l.isEmpty() ? null : l.get(0);
    }
}
