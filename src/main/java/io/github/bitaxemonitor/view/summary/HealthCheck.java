package io.github.bitaxemonitor.view.summary;

import io.github.bitaxemonitor.text.HostileText;
import io.github.bitaxemonitor.view.fleet.MinerTrack;
import io.github.bitaxemonitor.view.format.MinerColumn;
import io.github.bitaxemonitor.view.format.Units;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The verdict for {@code --check} (cron, Nagios): healthy means every miner's latest status is OK and the collector is
 * still writing - stale data says nothing about the miners now, so it fails the check too.
 */
public final class HealthCheck {
    private HealthCheck() {
    }

    /** One line per problem, worst first; empty when all is well. */
    public static List<String> problems(ReportContext ctx) {
        List<String> out = new ArrayList<>();
        if (ctx.totals().collectorStopped()) {
            out.add("collector looks stopped: newest row is " + Units.ago(ctx.totals().dataAge()));
        }
        List<MinerTrack> sick = new ArrayList<>();
        for (MinerTrack m : ctx.minersByName()) {
            if (!m.state().healthy()) {
                sick.add(m);
            }
        }
        sick.sort(MinerColumn.STATUS.order.thenComparing(MinerColumn.NAME.order));
        for (MinerTrack m : sick) {
            out.add(HostileText.forTerminal(m.name()) + " (" + HostileText.forTerminal(m.address()) + ") "
                    + HostileText.forTerminal(why(m, ctx.now())));
        }
        return out;
    }

    /**
     * Every condition of the latest row ("HOT asic 73.1C >= 70; REJECT 12.4% > 10"); for rows written before the
     * conditions column, the status and the error text; for a stale miner, how old its newest row is and what it said.
     */
    static String why(MinerTrack m, Instant now) {
        if (m.state().stale()) {
            return "STALE: newest row " + Units.ago(Duration.between(m.latest().timestamp(), now)) + ", "
                    + m.status().label();
        }
        String conditions = m.latest().conditions();
        if (conditions != null) {
            return conditions;
        }
        String error = m.latest().error();
        return m.status().label() + (error == null ? "" : ": " + error);
    }

    /** The text printed by {@code --check}: a verdict line, then one line per problem. */
    public static String render(ReportContext ctx) {
        List<String> problems = problems(ctx);
        int n = ctx.fleet().miners().size();
        StringBuilder sb = new StringBuilder();
        if (problems.isEmpty()) {
            sb.append("OK: ").append(n).append(n == 1 ? " miner" : " miners").append(" healthy\n");
        } else {
            sb.append("PROBLEM: ").append(problems.size()).append(problems.size() == 1 ? " problem" : " problems")
                    .append(" among ").append(n).append(n == 1 ? " miner" : " miners").append('\n');
            problems.forEach(p -> sb.append("  ").append(p).append('\n'));
        }
        return sb.toString();
    }
}
