package io.github.bitaxemonitor.alerts;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@code alerts:} in the config says.
 *
 * @param rules     the rules, in file order; empty: no alerts
 * @param mutes     miner (address or alias) -> muted until; an expired mute is ignored
 * @param notifiers where alerts go
 * @param stateFile what fired and when, kept so a restart does not re-send
 * @param eventsLog the JSON-lines events log
 * @param quiet     quiet hours: only critical alerts are delivered then (the rest are logged); null: none
 */
public record AlertSettings(List<AlertRule> rules, Map<String, Instant> mutes, List<NotifierSpec> notifiers,
                            Path stateFile, Path eventsLog, QuietHours quiet) {
    public static final String STATE_NAME = "alerts_state.json";
    public static final String EVENTS_NAME = "events.jsonl";

    public AlertSettings {
        rules = List.copyOf(rules);
        mutes = Map.copyOf(mutes);
        notifiers = List.copyOf(notifiers);
        Objects.requireNonNull(stateFile, "stateFile");
        Objects.requireNonNull(eventsLog, "eventsLog");
    }

    /** No rules, no notifiers, files beside the data in {@code dataDir}. */
    public static AlertSettings none(Path dataDir) {
        return new AlertSettings(List.of(), Map.of(), List.of(), dataDir.resolve(STATE_NAME),
                dataDir.resolve(EVENTS_NAME), null);
    }

    /**
     * Quiet hours from {@code from} to {@code to} in {@code zone}, wrapping past midnight when {@code to} is earlier.
     */
    public record QuietHours(LocalTime from, LocalTime to, ZoneId zone) {
        public boolean contains(Instant t) {
            LocalTime now = t.atZone(zone).toLocalTime();
            return from.isBefore(to) ? !now.isBefore(from) && now.isBefore(to)
                    : !now.isBefore(from) || now.isBefore(to);
        }
    }

    public boolean enabled() {
        return !rules.isEmpty();
    }
}
