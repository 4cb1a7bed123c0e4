package io.github.bitaxemonitor.cli;

import java.util.concurrent.atomic.AtomicBoolean;
import org.jline.utils.Signals;

/**
 * Ctrl-C (SIGINT) and SIGTERM as a request to stop cleanly. Left to the JVM, either signal starts the shutdown at once
 * and the process ends with 130 or 143 - a failure to systemd - however cleanly the shutdown hooks stopped. Handled
 * here, the signal only runs the command's stop action; the command then returns its own exit code (0 after a clean
 * stop) through {@link Main}. A second signal while stopping is ignored: the stop is bounded and ends by itself.
 * JLine's {@link Signals} installs the handlers (through {@code sun.misc.Signal}, found reflectively, so the build
 * needs no internal API).
 */
final class StopSignals {
    /**
     * Set by {@link Main#main} only: a command run in someone else's JVM (a test calling {@link Main#run}) must not
     * take that JVM's signals.
     */
    private static volatile boolean ownsProcess;

    private StopSignals() {
    }

    /** This JVM is the command's own process: its signals are the command's to handle. */
    static void ownProcess() {
        ownsProcess = true;
    }

    /**
     * Runs {@code stop} on its own thread at the first SIGINT or SIGTERM.
     *
     * @return false when the signals are left alone: not this command's own process, or the JVM would not hand them
     *         over (run with -Xrs, or a platform without them); the shutdown hooks then still stop cleanly, only the
     *         exit code is the JVM's
     */
    static boolean onStop(Runnable stop) {
        if (!ownsProcess) {
            return false;
        }
        AtomicBoolean once = new AtomicBoolean();
        boolean all = true;
        for (String name : new String[] {"INT", "TERM"}) {
            Object previous = Signals.register(name, () -> {
                if (once.compareAndSet(false, true)) {
                    new Thread(stop, "stop-on-SIG" + name).start();
                }
            });
            all &= previous != null;
        }
        return all;
    }

    /** Runs {@code action} on its own thread at every SIGHUP (the daemon habit: read the config again). */
    static void onHangup(Runnable action) {
        if (ownsProcess) {
            Signals.register("HUP", () -> new Thread(action, "reload-on-SIGHUP").start());
        }
    }
}
