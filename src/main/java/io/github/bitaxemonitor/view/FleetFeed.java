package io.github.bitaxemonitor.view;

import io.github.bitaxemonitor.view.data.DataSource;
import io.github.bitaxemonitor.view.data.ReadCounter;
import io.github.bitaxemonitor.view.data.RowReader;
import io.github.bitaxemonitor.view.fleet.Fleet;
import io.github.bitaxemonitor.view.fleet.FleetBudget;
import java.io.IOException;
import java.time.Duration;

/**
 * Connects the files to the model: finds the newest window of rows, loads them, and then keeps the fleet up to date
 * with whatever the monitor appends. Summaries load once; the live view keeps calling {@link #refresh()}.
 */
public final class FleetFeed {
    private final Duration window;
    private final Fleet fleet;
    private final RowReader reader;
    /** Bytes the start-up scan read, besides what the tailer reads. */
    private final long scanBytes;

    private FleetFeed(Duration window, Fleet fleet, RowReader reader, long scanBytes) {
        this.window = window;
        this.fleet = fleet;
        this.reader = reader;
        this.scanBytes = scanBytes;
    }

    /** Finds the window and loads it. */
    public static FleetFeed open(DataSource source, Duration window, FleetBudget budget) throws IOException {
        ReadCounter scan = new ReadCounter();
        Fleet[] fleet = new Fleet[1];
        RowReader reader = RowReader.open(source, window, scan, cutoff -> {
            fleet[0] = new Fleet(cutoff, budget);
            return fleet[0]::accept;
        });
        reader.poll();
        return new FleetFeed(window, fleet[0], reader, scan.bytes());
    }

    /** Reads what was appended since the last call; true when the model changed. */
    public boolean refresh() throws IOException {
        long before = fleet.version();
        reader.poll();
        return fleet.version() != before;
    }

    public Fleet fleet() {
        return fleet;
    }

    /** Where the rows come from: corrupt-row counts and the latest problem are read from it. */
    public RowReader reader() {
        return reader;
    }

    public Duration window() {
        return window;
    }

    /** Every byte read from data files so far, start-up scan included. */
    public long bytesRead() {
        return scanBytes + reader.bytesRead();
    }
}
