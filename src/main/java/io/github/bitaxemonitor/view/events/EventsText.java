package io.github.bitaxemonitor.view.events;

import io.github.bitaxemonitor.alerts.EventLog;
import io.github.bitaxemonitor.alerts.EventLog.Event;
import io.github.bitaxemonitor.text.HostileText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code viewer --events}: the events log as one line per event, oldest first. Every field came from a file that
 * anyone who can write beside the data could have edited, so each is made safe for the terminal here.
 */
public final class EventsText {
    private static final int MAX_FIELD = 160;

    private EventsText() {
    }

    /**
     * Prints the events at or after {@code since} (null: all) from the log and the file it rotated into.
     *
     * @return how many were printed
     */
    public static int write(Path log, Instant since, PrintWriter out) throws IOException {
        List<Event> events = new ArrayList<>();
        Path previous = EventLog.previous(log);
        if (Files.exists(previous)) {
            events.addAll(EventLog.read(previous));
        }
        events.addAll(EventLog.read(log));
        int shown = 0;
        for (Event e : events) {
            Instant at = time(e);
            if (since != null && (at == null || at.isBefore(since))) {
                continue;
            }
            out.println(line(e));
            shown++;
        }
        if (shown == 0) {
            out.println("no events" + (since != null ? " since " + since : "") + " in " + safe(log.toString()));
        }
        return shown;
    }

    /** "2026-12-05T13:01:00Z  FIRED      CRITICAL  gamma-0  OFFLINE connection refused". */
    static String line(Event e) {
        StringBuilder b = new StringBuilder();
        b.append(safe(e.time())).append("  ");
        if ("alert".equals(e.event())) {
            b.append(pad(safe(e.type()).toUpperCase(java.util.Locale.ROOT), 10)).append(pad(safe(e.severity()), 10));
        } else {
            b.append(pad(safe(e.event()), 20));
        }
        b.append(safe(e.miner())).append("  ").append(safe(e.text()));
        if (e.notifier() != null || e.error() != null) {
            b.append("  [").append(safe(e.notifier())).append(": ").append(safe(e.error())).append(']');
        }
        return b.toString();
    }

    private static Instant time(Event e) {
        try {
            return e.time() == null ? null : Instant.parse(e.time());
        } catch (DateTimeParseException ex) {
            return null;
        }
    }

    private static String safe(String s) {
        return s == null ? "-" : HostileText.forTerminal(s, MAX_FIELD);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }
}
