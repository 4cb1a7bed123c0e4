package io.github.bitaxemonitor.export.api;

import io.github.bitaxemonitor.export.metrics.LastCycle;
import io.github.bitaxemonitor.view.FleetFeed;
import io.github.bitaxemonitor.view.data.DataSource;
import io.github.bitaxemonitor.view.fleet.FleetBudget;
import io.github.bitaxemonitor.view.summary.ReportContext;
import io.github.bitaxemonitor.view.summary.SummaryJson;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code /api/summary}: the {@code viewer --json} document, made by the viewer's own code from the data files the
 * monitor writes, so the two cannot differ. The files are read once at the first request (the window only) and then
 * followed: a request after a new cycle reads what that cycle appended, other requests read nothing. A rendered
 * document is reused for requests within the same second of the same cycle.
 *
 * <p>Thread-safe: one request at a time reads and renders; the others wait for it and take its result.
 */
final class SummaryDoc {
    /** The viewer's default window. */
    static final Duration WINDOW = Duration.ofHours(1);

    private final Path csvPath;
    private final LastCycle last;
    private final Clock clock;
    private FleetFeed feed;
    private long fedGeneration = -1;
    private String rendered;
    private long renderedGeneration = -1;
    private long renderedSecond;

    SummaryDoc(Path csvPath, LastCycle last, Clock clock) {
        this.csvPath = csvPath;
        this.last = last;
        this.clock = clock;
    }

    /** The document, or null when the files hold no row yet. */
    synchronized String render() throws IOException {
        long generation = last.generation();
        Instant now = clock.instant();
        if (rendered != null && renderedGeneration == generation && renderedSecond == now.getEpochSecond()) {
            return rendered;
        }
        if (feed == null) {
            feed = FleetFeed.open(DataSource.resolve(csvPath), WINDOW, FleetBudget.forThisJvm());
            fedGeneration = generation;
        } else if (fedGeneration != generation) {
            feed.refresh();
            fedGeneration = generation;
        }
        if (feed.fleet().isEmpty()) {
            return null;
        }
        rendered = SummaryJson.render(ReportContext.of(feed, now));
        renderedGeneration = generation;
        renderedSecond = now.getEpochSecond();
        return rendered;
    }
}
