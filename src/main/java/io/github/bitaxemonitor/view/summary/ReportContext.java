package io.github.bitaxemonitor.view.summary;

import io.github.bitaxemonitor.view.FleetFeed;
import io.github.bitaxemonitor.view.fleet.Fleet;
import io.github.bitaxemonitor.view.fleet.FleetTotals;
import java.time.Duration;
import java.time.Instant;

/**
 * Everything a report shows, frozen at one instant so text, JSON and check agree.
 *
 * @param fleet       the loaded window; never null
 * @param totals      the fleet's totals at {@code now}
 * @param now         the report's time; ages are measured to it
 * @param window      the window asked for
 * @param corruptRows lines skipped as corrupt while loading
 * @param lastProblem where and why the latest corrupt line was skipped (raw, escape before showing); null if none
 */
public record ReportContext(Fleet fleet, FleetTotals totals, Instant now, Duration window, long corruptRows,
                            String lastProblem) {

    public static ReportContext of(FleetFeed feed, Instant now) {
        return new ReportContext(feed.fleet(), feed.fleet().totals(now), now, feed.window(),
                feed.tailer().corruptRows(), feed.tailer().lastProblem());
    }
}
