package io.github.bitaxemonitor.alerts;

import io.github.bitaxemonitor.collect.CycleListener;
import io.github.bitaxemonitor.collect.CycleReport;
import io.github.bitaxemonitor.collect.Outcome;
import io.github.bitaxemonitor.health.Condition;
import io.github.bitaxemonitor.model.Status;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status.Severity;
import java.util.Locale;

/**
 * Turns each cycle's judgements into alerts: debounce, cooldown, recovery and mutes. It runs on the collector thread,
 * so it only decides; delivery is the {@link Dispatcher}'s, on its own threads, and a slow notifier never delays a poll.
 */
public final class AlertEngine implements CycleListener {
    /** A miner in one of these did not answer: what "offline" means to the fleet rule and to "miner back". */
    static final Set<Status> UNREACHABLE = Set.of(Status.OFFLINE, Status.TIMEOUT);
    static final String FLEET = "fleet";
    /** Statuses of a poll that returned no reading at all: nothing about temperatures or hashrate is known. */
    private static final Set<Status> NO_READING = Set.of(Status.OFFLINE, Status.TIMEOUT, Status.REFUSED,
            Status.ERROR);

    private final AlertSettings settings;
    private final AlertState state;
    private final Sink out;
    private final Consumer<String> problems;
    /** Consecutive cycles each rule has held, by state key; in memory only, so a restart debounces afresh. */
    private final Map<String, Integer> streaks = new HashMap<>();
    private final Map<String, HashrateWindow> windows = new HashMap<>();
    /** Best difficulty seen per miner in this run; the first reading is the baseline, so a restart never re-sends. */
    private final Map<String, Double> best = new HashMap<>();

    /**
     * @param out      receives each alert to deliver (the dispatcher)
     * @param problems receives one line when the state cannot be saved (alerting goes on)
     * @throws IOException when the state file exists but cannot be read
     */
    AlertEngine(AlertSettings settings, Sink out, Consumer<String> problems)
            throws IOException {
        this.settings = settings;
        this.state = AlertState.load(settings.stateFile());
        this.out = out;
        this.problems = problems;
    }

    @Override
    public void cycleCompleted(CycleReport report) {
        boolean changed = false;
        Instant now = report.started();
        for (AlertRule rule : settings.rules()) {
            if (rule.kind() == AlertRule.Kind.MINERS_OFFLINE) {
                List<Outcome> down = report.outcomes().stream()
                        .filter(o -> UNREACHABLE.contains(o.judgement().status())).toList();
                String text = down.size() + " of " + report.outcomes().size() + " miners unreachable";
                changed |= step(rule, FLEET, "", down.size() >= rule.count(), text, now);
                continue;
            }
            if (rule.kind() == AlertRule.Kind.FLEET_HASHRATE) {
                String text = fleetLow(rule, report.samples());
                changed |= step(rule, FLEET, "", text != null, text, now);
                continue;
            }
            for (Outcome o : report.outcomes()) {
                if (unread(rule, o)) {
                    continue;
                }
                String holds = holds(rule, o);
                String name = o.endpoint().displayName(o.row().hostname());
                changed |= step(rule, name, o.endpoint().address(), holds != null, holds, now);
            }
        }
        if (changed) {
            try {
                state.save();
            } catch (IOException e) {
                problems.accept("alerts: cannot save " + settings.stateFile() + ": " + e.getMessage()
                        + " (a restart may repeat alerts)");
            }
        }
    }

    /**
     * True when the miner gave no reading this cycle and the rule is about a reading: a HOT miner that goes OFFLINE
     * has not cooled down, so its HOT alert neither recovers nor re-fires until it answers again.
     */
    private static boolean unread(AlertRule rule, Outcome o) {
        if (!NO_READING.contains(o.judgement().status())) {
            return false;
        }
        return switch (rule.kind()) {
            case CONDITION -> !NO_READING.contains(rule.status());
            case HASHRATE_DROP, BEST_DIFFICULTY -> true;
            default -> false;
        };
    }

    /** The alert text when the rule holds for this outcome, null when it does not. */
    private String holds(AlertRule rule, Outcome o) {
        String key = AlertState.key(rule, o.endpoint().address());
        return switch (rule.kind()) {
            case CONDITION -> o.judgement().conditions().stream().filter(c -> c.status() == rule.status())
                    .filter(c -> badEnough(c, rule.threshold())).map(Condition::text).findFirst().orElse(null);
            case HASHRATE_DROP -> windows.computeIfAbsent(key, k -> new HashrateWindow(rule.window()))
                    .dropped(o.row().hashrateGhs(), rule.ratio());
            case MINER_BACK -> UNREACHABLE.contains(o.judgement().status()) ? null : "answers again";
            case BEST_DIFFICULTY -> newBest(o);
            case MINERS_OFFLINE, FLEET_HASHRATE -> throw new IllegalStateException("a fleet rule");
        };
    }

    /** The threshold is compared in the condition's own direction: above its limit for HOT, below it for WIFI. */
    static boolean badEnough(Condition c, Double threshold) {
        if (threshold == null || c.value() == null) {
            return threshold == null;
        }
        boolean lowerIsWorse = c.limit() != null && c.value() < c.limit();
        return lowerIsWorse ? c.value() <= threshold : c.value() >= threshold;
    }

    /** Reachable hashrate against the expected hashrate of the miners that report one; null when not low. */
    private static String fleetLow(AlertRule rule, List<Sample> rows) {
        double have = 0;
        double expected = 0;
        for (Sample s : rows) {
            if (s.expectedHashrateGhs() != null && s.expectedHashrateGhs() > 0) {
                expected += s.expectedHashrateGhs();
                have += s.hashrateGhs() == null ? 0 : s.hashrateGhs();
            }
        }
        if (expected <= 0 || have >= expected * rule.ratio()) {
            return null;
        }
        return String.format(Locale.ROOT, "fleet hashrate %.1f GH/s is %.0f%% of the expected %.1f GH/s (< %.0f%%)",
                have, have * 100 / expected, expected, rule.ratio() * 100);
    }

    private String newBest(Outcome o) {
        Double d = o.row().bestDiff();
        if (d == null) {
            return null;
        }
        Double before = best.put(o.endpoint().address(), d);
        if (before != null && d < before) {
            best.put(o.endpoint().address(), before);
        }
        return before != null && d > before ? String.format(Locale.ROOT, "new best difficulty %,.0f (was %,.0f)", d,
                before) : null;
    }

    /** Advances one rule for one miner; true when the persisted state changed. */
    private boolean step(AlertRule rule, String miner, String address, boolean holds, String text, Instant now) {
        String key = AlertState.key(rule, address.isEmpty() ? FLEET : address);
        if (rule.kind() == AlertRule.Kind.MINER_BACK) {
            return back(rule, key, miner, address, holds, now);
        }
        if (rule.kind() == AlertRule.Kind.BEST_DIFFICULTY) {
            if (!holds) {
                return false;
            }
            state.fired(key, now, false);
            send(new Alert(now, rule.name(), Alert.Type.NEWS, rule.severity(), miner, address, text), address);
            return true;
        }
        if (!holds) {
            streaks.remove(key);
            if (!state.active(key)) {
                return false;
            }
            state.recovered(key);
            send(new Alert(now, rule.name(), Alert.Type.RECOVERED, rule.severity(), miner, address,
                    rule.name() + " cleared"), address);
            return true;
        }
        int streak = streaks.merge(key, 1, Integer::sum);
        if (streak < rule.forCycles() || state.active(key) || state.coolingDown(key, now, rule)
                || muted(address, miner, now)) {
            return false;
        }
        state.fired(key, now, true);
        send(new Alert(now, rule.name(), Alert.Type.FIRED, rule.severity(), miner, address, text), address);
        return true;
    }

    /**
     * Good news after an outage: the streak counts the cycles the miner was down, and the news is sent on the first
     * cycle it answers after at least {@code for} of them.
     */
    private boolean back(AlertRule rule, String key, String miner, String address, boolean answers, Instant now) {
        if (!answers) {
            streaks.merge(key, 1, Integer::sum);
            return false;
        }
        Integer down = streaks.remove(key);
        if (down == null || down < rule.forCycles() || state.coolingDown(key, now, rule) || muted(address, miner, now)) {
            return false;
        }
        state.fired(key, now, false);
        send(new Alert(now, rule.name(), Alert.Type.NEWS, rule.severity(), miner, address,
                "answers again after " + down + " unreachable cycles"), address);
        return true;
    }

    /**
     * A muted miner's alerts, and all but critical ones in quiet hours, are decided (so the state stays right) and
     * logged as held, but not delivered.
     */
    private void send(Alert alert, String address) {
        if (muted(address, alert.miner(), alert.time())) {
            out.hold(alert, "muted");
        } else if (settings.quiet() != null && settings.quiet().contains(alert.time())
                && !(alert.type() == Alert.Type.FIRED && alert.severity() == Severity.CRITICAL)) {
            out.hold(alert, "quiet hours");
        } else {
            out.deliver(alert);
        }
    }

    /** A mute names the miner's address or its display name, and ends by itself. */
    private boolean muted(String address, String name, Instant now) {
        for (Map.Entry<String, Instant> m : settings.mutes().entrySet()) {
            if ((m.getKey().equals(address) || m.getKey().equals(name)) && now.isBefore(m.getValue())) {
                return true;
            }
        }
        return false;
    }
}
