package io.github.bitaxemonitor.view.summary;

import io.github.bitaxemonitor.ops.CollectorHealth;
import io.github.bitaxemonitor.view.FleetFeed;
import io.github.bitaxemonitor.view.fleet.Fleet;
import io.github.bitaxemonitor.view.fleet.FleetTotals;
import io.github.bitaxemonitor.view.fleet.MinerTrack;
import io.github.bitaxemonitor.view.format.MinerColumn;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a report shows, frozen at one instant so text, JSON and check agree.
 *
 * @param fleet        the loaded window; never null
 * @param minersByName the fleet's miners in the order reports list them: by name as people number them, then
 *                     address (sorted once: 100,000 miners take a while)
 * @param totals      the fleet's totals at {@code now}
 * @param now         the report's time; ages are measured to it
 * @param window      the window asked for
 * @param corruptRows lines skipped as corrupt while loading
 * @param lastProblem where and why the latest corrupt line was skipped (raw, escape before showing); null if none
 * @param collector   the collector's own word from its heartbeat; null when there is none beside the data
 */
public record ReportContext(Fleet fleet, List<MinerTrack> minersByName, FleetTotals totals, Instant now,
                            Duration window, long corruptRows, String lastProblem, CollectorHealth.Glance collector) {

    /** The same report with the collector's heartbeat verdict (or null). */
    public ReportContext withCollector(CollectorHealth.Glance glance) {
        return new ReportContext(fleet, minersByName, totals, now, window, corruptRows, lastProblem, glance);
    }

    public static ReportContext of(FleetFeed feed, Instant now) {
        return of(feed.fleet(), now, feed.window(), feed.reader().corruptRows(), feed.reader().lastProblem());
    }

    public static ReportContext of(Fleet fleet, Instant now, Duration window, long corruptRows, String lastProblem) {
        List<MinerTrack> list = new ArrayList<>(fleet.miners());
        list.sort(MinerColumn.NAME.order.thenComparing(MinerTrack::address));
        return new ReportContext(fleet, List.copyOf(list), fleet.totals(now), now, window, corruptRows, lastProblem,
                null);
    }
}
