package io.github.bitaxemonitor.view.live;

import io.github.bitaxemonitor.ops.CollectorHealth;
import io.github.bitaxemonitor.ops.PluginStatus;
import io.github.bitaxemonitor.view.fleet.FleetTotals;
import io.github.bitaxemonitor.view.fleet.MinerTrack;
import java.time.Instant;
import java.util.List;

/**
 * Everything one screen shows, gathered before drawing so every view draws from the same moment.
 *
 * @param totals      fleet totals at {@code now}
 * @param rows        the miners to list, sorted and filtered
 * @param minersTotal miners before filtering
 * @param state       the user's choices
 * @param now         the screen's time; ages are measured to it
 * @param theme       colours and glyphs
 * @param sourceLabel where the data comes from (raw; escape before drawing)
 * @param corruptRows corrupt lines skipped so far
 * @param readError   why the last refresh could not read the files (raw; escape before drawing); null if it could
 * @param cells       the table's cell texts, formatted once per row of data
 * @param actionStatus the newest action result or notice for the footer (escaped); null when there is none
 * @param actionNotes  the selected miner's last result and audit entries for the detail pane (escaped)
 * @param collector    the collector's heartbeat verdict (raw text: escape before drawing); null without a heartbeat
 */
record Frame(FleetTotals totals, List<MinerTrack> rows, int minersTotal, ViewState state, Instant now, Theme theme,
             String sourceLabel, long corruptRows, String readError, CellTexts cells, String actionStatus,
             List<String> actionNotes, CollectorHealth.Glance collector) {

    /** The selected miner, or null when no row is shown. */
    MinerTrack selected() {
        return rows.isEmpty() ? null : rows.get(state.selectedIndex(rows));
    }

    /**
     * True when the header needs its alarm line (collector stopped, nothing to show yet, a read error, more miners
     * than fit, or the heartbeat tells of a problem).
     */
    boolean alarm() {
        return totals.miners() == 0 || totals.collectorStopped() || readError != null || totals.refusedRows() > 0
                || collectorProblem();
    }

    /** The heartbeat says something is wrong (stopped, failing writes, disk nearly full, unreadable). */
    boolean collectorProblem() {
        return collector != null && collector.status() != PluginStatus.OK;
    }
}
