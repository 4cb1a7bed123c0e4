package io.github.bitaxemonitor.tune;

import io.github.bitaxemonitor.control.BulkRun;
import io.github.bitaxemonitor.control.ControlActions;
import io.github.bitaxemonitor.miner.DeviceSettings;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.text.HostileText;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the promises of benchmarks that died: at the start of {@code monitor} and {@code benchmark}, every miner
 * with an open journal entry gets its original settings back (and a restart, so they run), and the entry is
 * removed. A miner that cannot be reached keeps its entry for the next start.
 */
public final class Recovery {
    private Recovery() {
    }

    /** Restores every open entry; returns how many could not be restored yet (0 = nothing left to do). */
    public static int run(Journal journal, List<MinerEndpoint> configured, ControlActions actions, PrintWriter out) {
        List<String> unreadable = new ArrayList<>();
        List<Journal.Entry> open;
        try {
            open = journal.open(unreadable);
        } catch (IOException e) {
            out.println("benchmark journal " + journal.dir() + " cannot be read: " + e.getMessage());
            return 1;
        }
        unreadable.forEach(u -> out.println("benchmark journal entry cannot be read (left in place): "
                + HostileText.forTerminal(u, 300)));
        int left = unreadable.size();
        for (Journal.Entry e : open) {
            Optional<MinerEndpoint> miner = configured.stream().filter(m -> m.address().equals(e.address())).findFirst();
            if (miner.isEmpty()) {
                out.println("benchmark journal: " + e.address() + " is no longer configured; its entry stays in "
                        + journal.dir());
                left++;
                continue;
            }
            DeviceSettings original = e.original();
            try {
                actions.apply(miner.get(), original, original.restoring(), true, "rollback-after-crash").join();
                journal.remove(e.address());
                out.println("restored " + e.address() + " to its original settings ("
                        + original.restoring().describe() + ") after interrupted benchmark " + e.session());
            } catch (RuntimeException | IOException ex) {
                left++;
                out.println("could not yet restore " + e.address() + " after interrupted benchmark " + e.session()
                        + ": " + BulkRun.reason(ex) + " (will retry at the next start)");
            }
        }
        out.flush();
        return left;
    }
}
