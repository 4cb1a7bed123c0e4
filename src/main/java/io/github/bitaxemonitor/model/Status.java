package io.github.bitaxemonitor.model;

/**
 * A miner's health as judged for one poll. Declaration order is the precedence order: when several conditions hold at
 * once, the one declared first wins, so the most urgent problem is the one shown. Unreachable states come first
 * (nothing else is known then), then hardware protection and faults, then heat, then mining problems, then the
 * merely informative.
 */
public enum Status {
    /** No connection could be made (refused, reset, no route); after a streak the collector backs off polling it. */
    OFFLINE("OFFLINE", Severity.CRITICAL),
    /** The miner accepted the connection but did not answer within the timeout. */
    TIMEOUT("TIMEOUT", Severity.CRITICAL),
    /** Reachable but refusing: HTTP 401/403 (AxeOS >= 2.6 refuses clients outside private ranges). */
    REFUSED("REFUSED", Severity.CRITICAL),
    /** Answered with something that is not a usable reply (garbage JSON, HTTP 5xx, oversized body). */
    ERROR("ERROR", Severity.CRITICAL),
    /** Firmware reports overheat_mode: it has stopped or throttled the ASIC to protect it. */
    OVERHEAT("OVERHEAT", Severity.CRITICAL),
    /** Firmware reports power_fault or hardware_fault (present only while active). */
    FAULT("FAULT", Severity.CRITICAL),
    /** ASIC or VR temperature above the configured hot threshold. */
    HOT("HOT", Severity.CRITICAL),
    /** Reachable but hashing at zero. */
    NO_HASH("NO HASH", Severity.WARNING),
    /** Claims hashrate while accepted shares have not moved for the configured time. */
    STALLED("STALLED", Severity.WARNING),
    /** Uptime went down since the previous poll: the device restarted. */
    REBOOTED("REBOOTED", Severity.WARNING),
    /** Rejected shares above the configured percentage. */
    REJECT("REJECT", Severity.WARNING),
    /**
     * A reading outside its plausible range (a 4,000 C sensor, negative watts): the value is stored empty and judged
     * by nothing, so a broken sensor is reported as itself rather than as HOT.
     */
    SENSOR("SENSOR", Severity.WARNING),
    /** Wi-Fi not connected or signal too weak. */
    WIFI("WIFI", Severity.WARNING),
    /** The owner paused mining or put the miner in standby or sleep: hashing nothing on purpose. */
    PAUSED("PAUSED", Severity.INFO),
    /** Booted minutes ago and not hashing yet: the ASIC initialises and the pool connects. */
    BOOTING("BOOTING", Severity.INFO),
    /** Everything is as it should be. */
    ONLINE("ONLINE", Severity.OK);

    /**
     * How bad a status is; views colour by this (green, blue, yellow, red). INFO is a state the owner chose or that
     * passes by itself: healthy for {@code --check}, but not ONLINE.
     */
    public enum Severity { OK, INFO, WARNING, CRITICAL }

    private final String label;
    private final Severity severity;

    Status(String label, Severity severity) {
        this.label = label;
        this.severity = severity;
    }

    /** The human label, as the original tool printed it ("NO HASH"); CSV cells hold {@link #name()}. */
    public String label() {
        return label;
    }

    public Severity severity() {
        return severity;
    }

    /** OK or INFO: nothing for the owner to fix ({@code --check} passes, alerts stay quiet). */
    public boolean healthy() {
        return severity == Severity.OK || severity == Severity.INFO;
    }

    /** True when the miner answered this poll (its metrics are meaningful). */
    public boolean reachable() {
        return ordinal() > ERROR.ordinal();
    }

    /** Parses a CSV cell: the enum name or the human label, case-insensitively; null when unknown. */
    public static Status parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        for (Status s : values()) {
            if (s.name().equalsIgnoreCase(t) || s.label.equalsIgnoreCase(t)) {
                return s;
            }
        }
        return null;
    }
}
