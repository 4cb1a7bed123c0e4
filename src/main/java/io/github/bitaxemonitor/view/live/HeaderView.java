package io.github.bitaxemonitor.view.live;

import com.googlecode.lanterna.SGR;
import io.github.bitaxemonitor.view.fleet.MinerState;
import io.github.bitaxemonitor.text.HostileText;
import io.github.bitaxemonitor.view.fleet.FleetTotals;
import io.github.bitaxemonitor.view.format.Units;
import java.util.Map;

/** The fleet totals at the top of the screen, and the alarm line when the data stopped coming. */
final class HeaderView {
    private HeaderView() {
    }

    static void draw(Canvas g, Layout layout, Frame f) {
        Theme t = f.theme();
        FleetTotals s = f.totals();
        String sep = " " + t.vertical() + " ";
        if (layout.headerRows() > 0) {
            t.normal(g);
            g.enableModifiers(SGR.BOLD);
            LineWriter w = new LineWriter(g, 0, 0, layout.width()).put("bitaxe-monitor");
            if (f.state().paused) {
                w.put(" ");
                t.alarm(g);
                w.put("PAUSED (p resumes)");
            }
            t.normal(g);
            w.putWhole(sep + s.online() + "/" + s.miners() + " online")
                    .putWhole(sep + "data " + Units.ago(s.dataAge()))
                    .putWhole(sep + Units.hashrate(s.hashrateGhs()) + " (" + Units.pct(s.pctOfExpected())
                            + (s.expectedMiners() == s.online() ? "" : " exp. over " + s.expectedMiners() + "/"
                            + s.online()) + ")")
                    .putWhole(sep + Units.power(s.powerW()) + (s.estimatedMiners() == 0 ? ""
                            : " (~" + Units.power(s.estimatedPowerW()) + " est.)"))
                    .putWhole(sep + Units.jth(s.joulesPerTh()) + " J/TH");
        }
        if (layout.headerRows() > 1) {
            LineWriter w = new LineWriter(g, 0, 1, layout.width());
            for (Map.Entry<MinerState, Integer> e : s.byStatus().entrySet()) {
                t.normal(g);
                t.status(g, e.getKey().severity());
                w.put(e.getKey().label());
                t.normal(g);
                w.put(" " + e.getValue() + "  ");
            }
            t.normal(g);
            w.putWhole(sep.substring(1) + "ASIC avg " + Units.temp(s.avgAsicTempC()) + " max "
                            + Units.temp(s.hottestAsicTempC())
                            + (s.hottestName() == null ? "" : " (" + HostileText.forTerminal(s.hottestName()) + ")"))
                    .putWhole(sep + "shares " + Units.si(s.sharesAccepted()) + "/" + Units.si(s.sharesRejected())
                            + " (" + Units.pct2(s.rejectPct()) + " rej)")
                    .putWhole(sep + "best " + Units.si(s.bestDiff()))
                    .putWhole(sep + "cycle " + Units.duration(s.cycle()));
            if (f.corruptRows() > 0) {
                w.putWhole(sep + f.corruptRows() + " corrupt rows skipped");
            }
            // A problem the heartbeat tells of is the alarm line below, once.
            if (f.collector() != null && !f.collectorProblem()) {
                w.putWhole(sep);
                t.status(g, f.collector().status().severity());
                w.put(HostileText.forTerminal(f.collector().text()));
                t.normal(g);
            }
        }
        if (layout.headerRows() > 2) {
            t.alarm(g);
            String text = f.readError() != null ? "cannot read the data: " + HostileText.forTerminal(f.readError())
                    : s.miners() == 0
                    ? "no data yet: waiting for rows in " + HostileText.forTerminal(f.sourceLabel())
                    : f.collectorProblem() ? HostileText.forTerminal(f.collector().text())
                    : !s.collectorStopped() && s.refusedRows() > 0 ? s.tooManyMiners()
                    : "collector looks stopped: no new row for " + Units.age(s.dataAge())
                    + (s.cycle() == null ? "" : " (cycle " + Units.duration(s.cycle()) + ")") + " - is monitor running?";
            new LineWriter(g, 0, 2, layout.width()).put(text);
        }
        t.normal(g);
    }
}
