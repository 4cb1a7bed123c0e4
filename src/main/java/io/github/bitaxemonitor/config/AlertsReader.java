package io.github.bitaxemonitor.config;

import io.github.bitaxemonitor.alerts.AlertRule;
import io.github.bitaxemonitor.alerts.AlertRule.Kind;
import io.github.bitaxemonitor.alerts.AlertSettings;
import io.github.bitaxemonitor.alerts.AlertSettings.QuietHours;
import io.github.bitaxemonitor.config.YamlTree.MapNode;
import io.github.bitaxemonitor.config.YamlTree.Node;
import io.github.bitaxemonitor.config.YamlTree.Scalar;
import io.github.bitaxemonitor.config.YamlTree.Seq;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.model.Status.Severity;
import io.github.bitaxemonitor.text.Durations;
import io.github.bitaxemonitor.text.HostileText;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Reads {@code alerts:}: the rules, mutes, quiet hours and files; the notifiers are {@link NotifiersReader}'s. */
final class AlertsReader {
    static final String KEY = "alerts";
    private static final Set<String> KEYS = Set.of("rules", "cooldown", "mute", "quiet_hours", "notifiers",
            "state_file", "events_file");
    private static final Set<String> RULE_KEYS = Set.of("when", "for", "severity", "cooldown", "threshold", "below",
            "window", "count");
    private static final Set<String> MUTE_KEYS = Set.of("miner", "until");
    private static final Set<String> QUIET_KEYS = Set.of("from", "to", "zone");

    private final Problems problems;
    private final Path baseDir;
    private final Map<String, String> env;

    AlertsReader(Problems problems, Path baseDir, Map<String, String> env) {
        this.problems = problems;
        this.baseDir = baseDir;
        this.env = env;
    }

    /** The settings; none (no rules) when the key is absent. Files default to beside the data. */
    AlertSettings read(Section top, Path dataDir, List<MinerEndpoint> miners, boolean forMonitor) {
        Node node = top.node(KEY);
        AlertSettings none = AlertSettings.none(dataDir);
        if (node == null || node instanceof Scalar s && s.isNull()) {
            return none;
        }
        if (!(node instanceof MapNode map)) {
            problems.add(node.pos(), "alerts must be a mapping with 'rules:' and 'notifiers:'");
            return none;
        }
        Section alerts = new Section(map, "alerts.", KEYS, problems);
        Duration cooldown = duration(alerts, "cooldown", AlertRule.DEFAULT_COOLDOWN);
        List<AlertRule> rules = items(alerts, "rules", RULE_KEYS, s -> rule(s, cooldown));
        Map<String, Instant> mutes = new LinkedHashMap<>();
        items(alerts, "mute", MUTE_KEYS, s -> mute(s, miners, mutes));
        var notifiers = new NotifiersReader(problems, baseDir, env, forMonitor).read(alerts);
        return new AlertSettings(rules, mutes, notifiers, path(alerts, "state_file", none.stateFile()),
                path(alerts, "events_file", none.eventsLog()), quiet(alerts));
    }

    /** Each item of a list of mappings, read by {@code reader}; null results (reported problems) are left out. */
    static <T> List<T> items(Section parent, String key, Set<String> known, Function<Section, T> reader) {
        List<T> out = new ArrayList<>();
        Node node = parent.node(key);
        if (node == null || node instanceof Scalar s && s.isNull()) {
            return out;
        }
        if (!(node instanceof Seq seq)) {
            parent.problems().add(node.pos(), parent.name(key) + " must be a list, one '- ...' entry per item");
            return out;
        }
        for (Node item : seq.items()) {
            if (!(item instanceof MapNode m)) {
                parent.problems().add(item.pos(), parent.name(key) + " entries must be mappings such as '- when: HOT'");
                continue;
            }
            T t = reader.apply(new Section(m, parent.name(key) + ".", known, parent.problems()));
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    private AlertRule rule(Section r, Duration defaultCooldown) {
        String when = r.text("when", null, "a health status (OFFLINE, HOT, ...) or hashrate_drop, fleet_hashrate,"
                + " miners_offline, miner_back, best_difficulty");
        if (when == null) {
            problems.add(r.pos(), "an alert rule needs 'when:' (a health status such as OFFLINE, or hashrate_drop,"
                    + " fleet_hashrate, miners_offline, miner_back, best_difficulty)");
            return null;
        }
        Kind kind = null;
        Status status = status(when);
        for (Kind k : Kind.values()) {
            if (k != Kind.CONDITION && k.key().equalsIgnoreCase(when)) {
                kind = k;
            }
        }
        if (status != null) {
            kind = Kind.CONDITION;
        } else if (kind == null) {
            problems.add(r.node("when").pos(), "alerts.rules.when: '" + HostileText.forTerminal(when)
                    + "' is not a health status (" + statuses() + ") nor hashrate_drop, fleet_hashrate,"
                    + " miners_offline, miner_back, best_difficulty");
            return null;
        }
        Severity defSeverity = switch (kind) {
            case CONDITION -> status.severity() == Severity.CRITICAL ? Severity.CRITICAL : Severity.WARNING;
            case MINERS_OFFLINE, FLEET_HASHRATE -> Severity.CRITICAL;
            case HASHRATE_DROP -> Severity.WARNING;
            case MINER_BACK, BEST_DIFFICULTY -> Severity.INFO;
        };
        Severity severity = r.choice("severity", Severity.class, defSeverity);
        Double threshold = null;
        if (r.node("threshold") != null) {
            if (kind != Kind.CONDITION || !AlertRule.hasThreshold(status)) {
                problems.add(r.keyPos("threshold"), "alerts.rules.threshold: only HOT, REJECT, STALLED and WIFI"
                        + " have a value to compare; the others hold or do not");
            } else {
                threshold = r.number("threshold", 0, -1e9, 1e9, "");
            }
        }
        double below = r.number("below", kind == Kind.FLEET_HASHRATE ? 0.8 : AlertRule.DEFAULT_RATIO, 0.01, 1,
                "the share of normal (0.9 = 90 %)");
        return new AlertRule(kind, status, r.integer("for", 1, 1, 10_000), severity,
                duration(r, "cooldown", defaultCooldown), below,
                r.integer("window", AlertRule.DEFAULT_WINDOW, 2, 10_000), r.integer("count", 1, 1, 1_000_000),
                threshold);
    }

    /** "OFFLINE", "offline", "NO HASH", "no_hash". */
    private static Status status(String s) {
        String want = s.trim().toUpperCase(Locale.ROOT).replace('_', ' ');
        for (Status st : Status.values()) {
            if (st != Status.ONLINE && (st.label().equals(want) || st.name().replace('_', ' ').equals(want))) {
                return st;
            }
        }
        return null;
    }

    private static String statuses() {
        StringBuilder b = new StringBuilder();
        for (Status s : Status.values()) {
            if (s != Status.ONLINE) {
                b.append(b.length() == 0 ? "" : ", ").append(s.name());
            }
        }
        return b.toString();
    }

    /** A mute names a configured miner by address, host or alias; it is stored by the miner's address. */
    private Void mute(Section m, List<MinerEndpoint> miners, Map<String, Instant> mutes) {
        String who = m.text("miner", null, "a miner's address or alias");
        String until = m.text("until", null, "a time such as 2026-12-24T08:00:00Z");
        if (who == null || until == null) {
            problems.add(m.pos(), "a mute needs 'miner:' and 'until:' (such as 2026-12-24T08:00:00Z)");
            return null;
        }
        MinerEndpoint found = miners.stream().filter(e -> who.equals(e.address()) || who.equals(e.host())
                || who.equals(e.alias())).findFirst().orElse(null);
        if (found == null) {
            problems.add(m.node("miner").pos(), "alerts.mute.miner: '" + HostileText.forTerminal(who)
                    + "' is not a configured miner (give its address or alias)");
            return null;
        }
        try {
            mutes.put(found.address(), Instant.parse(until));
        } catch (DateTimeParseException e) {
            problems.add(m.node("until").pos(), "alerts.mute.until: '" + HostileText.forTerminal(until)
                    + "' is not a UTC time such as 2026-12-24T08:00:00Z");
        }
        return null;
    }

    private QuietHours quiet(Section alerts) {
        Node node = alerts.node("quiet_hours");
        if (node == null) {
            return null;
        }
        if (!(node instanceof MapNode map)) {
            problems.add(node.pos(), "alerts.quiet_hours must be a mapping: {from: \"22:00\", to: \"07:00\"}");
            return null;
        }
        Section q = new Section(map, "alerts.quiet_hours.", QUIET_KEYS, problems);
        LocalTime from = time(q, "from");
        LocalTime to = time(q, "to");
        String zone = q.text("zone", "UTC", "a time zone such as Europe/Berlin");
        try {
            return from == null || to == null ? null : new QuietHours(from, to, ZoneId.of(zone));
        } catch (DateTimeException e) {
            problems.add(q.node("zone").pos(), "alerts.quiet_hours.zone: '" + HostileText.forTerminal(zone)
                    + "' is not a time zone (such as UTC or Europe/Berlin)");
            return null;
        }
    }

    private LocalTime time(Section q, String key) {
        String t = q.text(key, null, "a time of day such as 22:00");
        if (t == null) {
            problems.add(q.pos(), "alerts.quiet_hours needs '" + key + ":' (a time of day such as 22:00)");
            return null;
        }
        try {
            return LocalTime.parse(t);
        } catch (DateTimeParseException e) {
            problems.add(q.node(key).pos(), "alerts.quiet_hours." + key + ": '" + HostileText.forTerminal(t)
                    + "' is not a time of day such as 22:00");
            return null;
        }
    }

    static Duration duration(Section s, String key, Duration def) {
        String t = s.text(key, null, "a duration (" + Durations.EXAMPLES + ")");
        if (t == null) {
            return def;
        }
        try {
            return Durations.parse(t);
        } catch (IllegalArgumentException e) {
            s.problems().add(s.node(key).pos(), s.name(key) + ": " + e.getMessage());
            return def;
        }
    }

    private Path path(Section s, String key, Path def) {
        String p = s.text(key, null, "a path");
        try {
            return p == null ? def : baseDir.resolve(p);
        } catch (java.nio.file.InvalidPathException e) {
            problems.add(s.node(key).pos(), s.name(key) + " is not a usable path: " + e.getReason());
            return def;
        }
    }
}
