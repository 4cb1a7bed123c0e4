package io.github.bitaxemonitor.view.summary;

import com.googlecode.lanterna.TerminalTextUtils;
import io.github.bitaxemonitor.model.Field;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.text.HostileText;
import io.github.bitaxemonitor.view.fleet.FleetTotals;
import io.github.bitaxemonitor.view.fleet.MinerTrack;
import io.github.bitaxemonitor.view.fleet.RunningStats;
import io.github.bitaxemonitor.view.fleet.StatusChange;
import io.github.bitaxemonitor.view.format.FieldText;
import io.github.bitaxemonitor.view.format.MinerColumn;
import io.github.bitaxemonitor.view.format.Units;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The plain-text summary for SSH and pipes: fleet totals, one line per miner, and with {@code detailed} a block per
 * miner with the extended metrics and the window's statistics. Every text from the files is escaped; colour (status
 * cells only) is added only when the caller says the output is a colour terminal.
 */
public final class SummaryText {
    /** Cells longer than this are cut: a 256-character hostile hostname must not push the table off the screen. */
    static final int MAX_CELL = 32;
    /** A detail item ("firmware v2.9.0-nerdqaxe-..."): room for a whole firmware or pool string, not a screen. */
    static final int MAX_ITEM = 64;
    /** A detail line longer than this is cut. */
    static final int MAX_LINE = 400;
    /** Detail lines wrap after their item that passes this width, so they read in an 80-100 column terminal. */
    static final int WRAP = 84;
    private static final List<MinerColumn> COLUMNS = List.of(MinerColumn.NAME, MinerColumn.ADDRESS,
            MinerColumn.STATUS, MinerColumn.HASHRATE, MinerColumn.PCT_EXPECTED, MinerColumn.ASIC_TEMP,
            MinerColumn.VR_TEMP, MinerColumn.POWER, MinerColumn.JTH, MinerColumn.LAST_SEEN);

    private final ReportContext ctx;
    private final boolean color;
    private final PrintWriter out;

    private SummaryText(ReportContext ctx, boolean color, PrintWriter out) {
        this.ctx = ctx;
        this.color = color;
        this.out = out;
    }

    /** Writes the summary as it goes, so that its size on the heap does not grow with the number of miners. */
    public static void write(ReportContext ctx, boolean detailed, boolean color, PrintWriter out) {
        SummaryText t = new SummaryText(ctx, color, out);
        t.fleet();
        if (!ctx.fleet().isEmpty()) {
            out.append('\n');
            t.table();
        }
        if (detailed) {
            ctx.minersByName().forEach(t::detail);
        }
    }

    /** The summary as a string (tests, small fleets). */
    public static String render(ReportContext ctx, boolean detailed, boolean color) {
        StringWriter s = new StringWriter();
        write(ctx, detailed, color, new PrintWriter(s));
        return s.toString();
    }

    private void fleet() {
        FleetTotals f = ctx.totals();
        line("Fleet", "summary at " + Units.time(ctx.now()) + ", window " + Units.duration(ctx.window()));
        StringJoiner statuses = new StringJoiner(", ");
        f.byStatus().forEach((s, n) -> statuses.add(paint(s.severity(), s.label()) + " " + n));
        line("Miners", f.miners() + " total, " + f.online() + " online" + (f.miners() > 0 ? " (" + statuses + ")" : ""));
        line("Hashrate", Units.hashrate(f.hashrateGhs()) + (f.expectedMiners() == 0
                ? "; no online miner reports an expected hashrate"
                : "; " + Units.pct(f.pctOfExpected()) + " of expected " + Units.hashrate(f.expectedGhs())
                + " over the " + f.expectedMiners() + " of " + f.online() + " online "
                + (f.online() == 1 ? "miner" : "miners") + " that report one"));
        // efficiency is taken over measured power only: an estimate is the model's efficiency, not the miner's
        line("Power", Units.power(f.powerW()) + (f.estimatedMiners() == 0
                ? ", fleet efficiency " + Units.jth(f.joulesPerTh()) + " J/TH"
                : " (" + Units.power(f.estimatedPowerW()) + " of it estimated, for " + f.estimatedMiners()
                + (f.estimatedMiners() == 1 ? " miner" : " miners") + " reporting none), fleet efficiency "
                + Units.jth(f.joulesPerTh()) + " J/TH where measured"));
        line("ASIC temp", "avg " + Units.temp(f.avgAsicTempC()) + ", hottest " + Units.temp(f.hottestAsicTempC())
                + (f.hottestName() == null ? "" : " (" + text(f.hottestName()) + ")"));
        line("Shares", Units.integer(f.sharesAccepted()) + " accepted, " + Units.integer(f.sharesRejected())
                + " rejected (" + Units.pct2(f.rejectPct()) + "), best difficulty " + Units.si(f.bestDiff()));
        line("Data", f.newest() == null ? "no rows in the window"
                : "newest row " + Units.time(f.newest()) + " (" + Units.ago(f.dataAge()) + "), cycle "
                + Units.duration(f.cycle()));
        if (ctx.corruptRows() > 0) {
            line("Skipped", ctx.corruptRows() + " corrupt " + (ctx.corruptRows() == 1 ? "row" : "rows")
                    + " (last: " + HostileText.forTerminal(ctx.lastProblem()) + ")");
        }
        if (ctx.collector() != null) {
            line("Heartbeat", paint(ctx.collector().status().severity(), HostileText.forTerminal(ctx.collector().text(),
                    MAX_LINE)));
        }
        if (f.collectorStopped()) {
            line("WARNING", red("collector looks stopped: no new row for " + Units.duration(f.dataAge())));
        }
    }

    private void table() {
        boolean[] right = new boolean[COLUMNS.size()];
        String[] header = new String[COLUMNS.size()];
        for (int i = 0; i < right.length; i++) {
            right[i] = COLUMNS.get(i).rightAligned;
            header[i] = COLUMNS.get(i).header;
        }
        int statusIndex = COLUMNS.indexOf(MinerColumn.STATUS);
        TextTable table = new TextTable(right, statusIndex);
        table.measure(header);
        for (MinerTrack m : ctx.minersByName()) {
            table.measure(cells(m));
        }
        table.print(header, UnaryOperator.identity(), out);
        for (MinerTrack m : ctx.minersByName()) {
            table.print(cells(m), s -> paint(m.state().severity(), s), out);
        }
    }

    private String[] cells(MinerTrack m) {
        String[] cells = new String[COLUMNS.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = clip(COLUMNS.get(i).text(m, ctx.now()));
        }
        return cells;
    }

    private void detail(MinerTrack m) {
        Sample s = m.latest();
        out.append('\n').append(clip(HostileText.forTerminal(m.name()))).append("  ")
                .append(HostileText.forTerminal(m.address())).append("  ")
                .append(paint(m.state().severity(), m.state().label())).append('\n');
        if (m.state().stale()) {
            item("Stale", "newest row " + Units.time(s.timestamp()) + " (" + Units.ago(Duration.between(s.timestamp(),
                    ctx.now())) + "), " + s.status().label() + "; newer rows of other miners exist");
        }
        if (s.status().reachable()) {
            metrics(s);
        } else {
            item("Last seen", m.lastReachable() == null ? "not in the window"
                    : Units.time(m.lastReachable()) + " (" + Units.ago(Duration.between(m.lastReachable(), ctx.now()))
                    + ")");
        }
        String why = s.conditions() != null ? s.conditions() : s.error();
        if (why != null) {
            item("Why", clipLong(HostileText.forTerminal(why)));
        }
        item("Window", m.rows() + " rows, uptime " + Units.number(m.uptimePct(), 1) + "% (rows answered), "
                + m.changeCount() + " status " + (m.changeCount() == 1 ? "change" : "changes"));
        item("  hashrate", minAvgMax(m.hashrateStats(), Units::hashrate));
        item("  ASIC temp", minAvgMax(m.asicTempStats(), Units::temp));
        List<StatusChange> changes = m.recentChanges();
        if (!changes.isEmpty()) {
            StringJoiner j = new StringJoiner(", ");
            changes.subList(Math.max(0, changes.size() - 5), changes.size()).forEach(c -> j.add(
                    Units.clock(c.at()) + " " + c.from().label() + " -> " + paint(c.to().severity(), c.to().label())));
            item("  changes", j.toString());
        }
    }

    /** Every field of the latest row by group, straight from the field registry. */
    private void metrics(Sample s) {
        for (var group : FieldText.byGroup(s, List.of(Field.Group.ROW, Field.Group.HEALTH))) {
            String label = group.getKey();
            StringBuilder line = new StringBuilder();
            for (String item : group.getValue()) {
                String cell = clip(item, MAX_ITEM);
                if (line.length() > 0 && line.length() + cell.length() + 2 > WRAP) {
                    item(label, line.append(',').toString());
                    label = "";
                    line.setLength(0);
                }
                line.append(line.length() > 0 ? ", " : "").append(cell);
            }
            item(label, line.toString());
        }
    }

    private static String minAvgMax(RunningStats st, Function<Double, String> f) {
        return "min " + f.apply(st.min()) + ", avg " + f.apply(st.mean()) + ", max " + f.apply(st.max());
    }

    private void line(String label, String value) {
        labelled(label, 10, value);
    }

    private void item(String label, String value) {
        out.append("  ");
        labelled(label, 11, value);
    }

    private void labelled(String label, int width, String value) {
        out.append(label).append(" ".repeat(Math.max(0, width - label.length()))).append(' ').append(value).append('\n');
    }

    /** A whole line of values: long, but not unbounded (a hostile value is cut at {@link #MAX_LINE}). */
    private static String clipLong(String s) {
        return s.length() <= MAX_LINE ? s : s.substring(0, MAX_LINE - 3) + "...";
    }

    private static String text(String s) {
        return s == null ? Units.NONE : clip(HostileText.forTerminal(s));
    }

    /** Cuts text to {@link #MAX_CELL} terminal columns. */
    static String clip(String s) {
        return clip(s, MAX_CELL);
    }

    private static String clip(String s, int columns) {
        if (TerminalTextUtils.getColumnWidth(s) <= columns) {
            return s;
        }
        return TerminalTextUtils.fitString(s, columns - 3) + "...";
    }

    private String paint(Status.Severity severity, String text) {
        if (!color) {
            return text;
        }
        return switch (severity) {
            case OK -> "\u001B[32m" + text + "\u001B[0m";
            case INFO -> "\u001B[36m" + text + "\u001B[0m";
            case WARNING -> "\u001B[33m" + text + "\u001B[0m";
            case CRITICAL -> "\u001B[31m" + text + "\u001B[0m";
        };
    }

    private String red(String text) {
        return color ? "\u001B[31m" + text + "\u001B[0m" : text;
    }
}
