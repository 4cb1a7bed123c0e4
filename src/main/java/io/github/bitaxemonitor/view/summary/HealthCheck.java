package io.github.bitaxemonitor.view.summary;

import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.ops.PluginOutput;
import io.github.bitaxemonitor.ops.PluginStatus;
import io.github.bitaxemonitor.text.HostileText;
import io.github.bitaxemonitor.view.fleet.FleetTotals;
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

    /** The service name of {@code viewer --check --nagios}: the miners, where {@code monitor health} is the collector. */
    public static final String SERVICE = "FLEET";
    /** Problems named in the plugin line; a fleet-wide outage must still fit a notification. */
    static final int PROBLEMS_IN_LINE = 3;

    /**
     * The same verdict as {@link #render} in the monitoring-plugin form: CRITICAL when the collector looks stopped or
     * a miner is in a critical state (offline, overheated), WARNING for any other problem, OK when there is none;
     * perfdata counts the states and sums the fleet.
     */
    public static PluginOutput plugin(ReportContext ctx) {
        List<String> problems = problems(ctx);
        FleetTotals t = ctx.totals();
        int n = ctx.fleet().miners().size();
        PluginStatus status = PluginStatus.OK;
        if (!problems.isEmpty()) {
            boolean critical = t.collectorStopped() || ctx.minersByName().stream()
                    .anyMatch(m -> !m.state().healthy() && m.state().severity() == Status.Severity.CRITICAL);
            status = critical ? PluginStatus.CRITICAL : PluginStatus.WARNING;
        }
        String text = problems.isEmpty() ? n + (n == 1 ? " miner" : " miners") + " healthy"
                : problems.size() + (problems.size() == 1 ? " problem" : " problems") + " among " + n
                + (n == 1 ? " miner: " : " miners: ") + String.join("; ",
                problems.subList(0, Math.min(PROBLEMS_IN_LINE, problems.size())))
                + (problems.size() > PROBLEMS_IN_LINE ? "; +" + (problems.size() - PROBLEMS_IN_LINE) + " more" : "");
        List<PluginOutput.Perf> perf = new ArrayList<>();
        perf.add(PluginOutput.Perf.of("miners", n, ""));
        perf.add(PluginOutput.Perf.of("online", t.online(), ""));
        perf.add(PluginOutput.Perf.of("offline", ctx.minersByName().stream()
                .filter(m -> m.state().status() != null && !m.state().status().reachable()).count(), ""));
        perf.add(PluginOutput.Perf.of("stale", t.stale(), ""));
        perf.add(PluginOutput.Perf.of("problems", problems.size() - (t.collectorStopped() ? 1 : 0), ""));
        if (t.hashrateGhs() != null) {
            perf.add(PluginOutput.Perf.of("hashrate_ghs", t.hashrateGhs(), ""));
        }
        if (t.powerW() != null) {
            perf.add(PluginOutput.Perf.of("power_w", t.powerW(), ""));
        }
        if (t.hottestAsicTempC() != null) {
            perf.add(PluginOutput.Perf.of("asic_temp_max", t.hottestAsicTempC(), ""));
        }
        if (t.dataAge() != null) {
            perf.add(new PluginOutput.Perf("data_age", t.dataAge().toMillis() / 1000.0, "s", null,
                    FleetTotals.stoppedAfter(t.cycle()).toMillis() / 1000.0));
        }
        return new PluginOutput(SERVICE, status, text, perf);
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
