package io.github.bitaxemonitor.view;

import io.github.bitaxemonitor.view.data.DataSource;
import io.github.bitaxemonitor.view.data.ReadCounter;
import io.github.bitaxemonitor.view.data.RecentRows;
import io.github.bitaxemonitor.view.data.Tailer;
import io.github.bitaxemonitor.view.fleet.Fleet;
import java.io.IOException;
import java.time.Duration;

/**
 * Connects the files to the model: finds the newest window of rows, loads them, and then keeps the fleet up to date
 * with whatever the monitor appends. Summaries load once; the live view keeps calling {@link #refresh()}.
 */
public final class FleetFeed {
    private final Duration window;
    private final Fleet fleet;
    private final Tailer tailer;
    /** Bytes the start-up scan read, besides what the tailer reads. */
    private final long scanBytes;

    private FleetFeed(Duration window, Fleet fleet, Tailer tailer, long scanBytes) {
        this.window = window;
        this.fleet = fleet;
        this.tailer = tailer;
        this.scanBytes = scanBytes;
    }

    /** Finds the window and loads it. */
    public static FleetFeed open(DataSource source, Duration window, int historyCapacity) throws IOException {
        ReadCounter scan = new ReadCounter();
        RecentRows.Start start = RecentRows.find(source, window, scan);
        Fleet fleet = new Fleet(start.cutoff(), historyCapacity);
        Tailer tailer = new Tailer(source, start.position(), fleet::accept);
        tailer.poll();
        return new FleetFeed(window, fleet, tailer, scan.bytes());
    }

    /** Reads what was appended since the last call; true when the model changed. */
    public boolean refresh() throws IOException {
        long before = fleet.version();
        tailer.poll();
        return fleet.version() != before;
    }

    public Fleet fleet() {
        return fleet;
    }

    public Tailer tailer() {
        return tailer;
    }

    public Duration window() {
        return window;
    }

    /** Every byte read from data files so far, start-up scan included. */
    public long bytesRead() {
        return scanBytes + tailer.bytesRead();
    }
}
