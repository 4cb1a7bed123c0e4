package io.github.bitaxemonitor.ops;

import io.github.bitaxemonitor.collect.CycleListener;
import io.github.bitaxemonitor.collect.CycleReport;
import io.github.bitaxemonitor.exit.IoReason;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Leaves {@value HeartbeatFile#NAME} beside the data after every cycle, and marks it stopped on a clean stop, so
 * {@code monitor health} and the viewer can tell a running collector from a dead one without asking the process. A
 * heartbeat that cannot be written is said once on the error stream (and again once it works after failing); the
 * monitoring goes on.
 */
public final class HeartbeatWriter implements CycleListener {
    private final Path file;
    private final Path dataDirectory;
    private final Duration interval;
    private final Clock clock;
    private final boolean markStop;
    private final Consumer<String> errors;
    private final HostFacts facts;
    private final Instant startedAt;
    private final long pid = ProcessHandle.current().pid();
    private long rowsTotal;
    private int writeFailures;
    private Heartbeat last;
    /** The data file last written, whose permissions a new heartbeat takes. */
    private Path dataFile;
    private boolean failing;

    /**
     * @param markStop true for a long-running monitor: its stop is marked in the file. A {@code --once} run (cron)
     *                 leaves its heartbeat unmarked, so health judges it by age as the next run is due
     */
    public HeartbeatWriter(Path dataDirectory, Duration interval, Clock clock, boolean markStop,
                           Consumer<String> errors) {
        this(dataDirectory, interval, clock, markStop, errors, HostFacts.system());
    }

    HeartbeatWriter(Path dataDirectory, Duration interval, Clock clock, boolean markStop, Consumer<String> errors,
                    HostFacts facts) {
        this.dataDirectory = dataDirectory;
        this.file = HeartbeatFile.in(dataDirectory);
        this.interval = interval;
        this.clock = clock;
        this.markStop = markStop;
        this.errors = errors;
        this.facts = facts;
        this.startedAt = clock.instant();
    }

    @Override
    public void cycleCompleted(CycleReport r) {
        Instant now = clock.instant();
        if (r.file() != null) {
            dataFile = r.file();
        }
        rowsTotal += r.rowsWritten();
        writeFailures = r.written() ? 0 : writeFailures + 1;
        int offline = (int) r.samples().stream().filter(s -> !s.status().reachable()).count();
        Duration took = Duration.between(r.started(), now);
        last = new Heartbeat(pid, startedAt, now, r.cycle(), r.started(), took.isNegative() ? Duration.ZERO : took,
                interval, r.outcomes().size(), r.rowsWritten(), rowsTotal, writeFailures, r.writeError(), r.heldRows(),
                offline, null, Heartbeat.Disk.measure(dataDirectory), facts.process(), facts.host());
        save(last);
    }

    @Override
    public void stopped() {
        if (markStop && last != null) {
            save(last.stopped(clock.instant()));
        }
    }

    private void save(Heartbeat h) {
        try {
            HeartbeatFile.write(file, h, dataFile);
            if (failing) {
                failing = false;
                errors.accept("heartbeat " + file + " written again");
            }
        } catch (IOException | RuntimeException e) {
            if (!failing) {
                failing = true;
                errors.accept("cannot write the heartbeat " + file + ": "
                        + (e instanceof IOException io ? IoReason.of(io) : String.valueOf(e.getMessage()))
                        + " (monitor health will report the collector as stopped; polling goes on)");
            }
        }
    }
}
