package io.github.bitaxemonitor.alerts;

import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.model.Status.Severity;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * One rule of {@code alerts.rules}. A condition rule reads the health judgement's conditions (never a second opinion of
 * the readings); the others watch what the judgement does not: a hashrate falling against its own recent past, the
 * fleet as a whole, and a miner answering again.
 *
 * @param kind      what is watched
 * @param status    for {@link Kind#CONDITION}: the health status that must hold; null otherwise
 * @param forCycles how many consecutive cycles it must hold before the alert fires (debounce), at least 1
 * @param severity  how the alert is labelled
 * @param cooldown  after firing, the same rule for the same miner stays silent this long
 * @param ratio     for {@link Kind#HASHRATE_DROP}: fires below this share of the window's mean (seed 004: 0.9); for
 *                  {@link Kind#FLEET_HASHRATE}: below this share of the fleet's expected hashrate
 * @param window    for {@link Kind#HASHRATE_DROP}: samples in the rolling window (seed 004: 10)
 * @param count     for {@link Kind#MINERS_OFFLINE}: fires when at least this many miners are unreachable
 * @param threshold for a condition with a value (HOT, REJECT, STALLED, WIFI): fires only when the condition's value
 *                  is at least this bad, in the condition's own direction (WIFI: RSSI at or below it); null: any
 */
public record AlertRule(Kind kind, Status status, int forCycles, Severity severity, Duration cooldown, double ratio,
                        int window, int count, Double threshold) {
    public static final Duration DEFAULT_COOLDOWN = Duration.ofMinutes(30);
    public static final double DEFAULT_RATIO = 0.9;
    public static final int DEFAULT_WINDOW = 10;

    public enum Kind {
        CONDITION, HASHRATE_DROP, FLEET_HASHRATE, MINERS_OFFLINE, MINER_BACK, BEST_DIFFICULTY;

        /** How the kind is written in the config ({@code hashrate_drop}). */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public AlertRule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(cooldown, "cooldown");
        if ((kind == Kind.CONDITION) != (status != null) || forCycles < 1) {
            throw new IllegalArgumentException("bad rule");
        }
    }

    /** How the rule is named in messages and in the state file: "OFFLINE", "hashrate_drop". */
    public String name() {
        return kind == Kind.CONDITION ? status.name() : kind.key();
    }

    /** Good news has nothing to recover from. */
    boolean recovers() {
        return !news();
    }

    /** Good news: sent once when it happens, never "active". */
    boolean news() {
        return kind == Kind.MINER_BACK || kind == Kind.BEST_DIFFICULTY;
    }

    /** Statuses whose conditions carry a measured value a threshold can be compared with. */
    public static boolean hasThreshold(Status s) {
        return s == Status.HOT || s == Status.REJECT || s == Status.STALLED || s == Status.WIFI;
    }
}
