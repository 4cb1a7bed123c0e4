package io.github.bitaxemonitor.view.fleet;

import io.github.bitaxemonitor.model.Status;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;

/**
 * What every view shows as a miner's state: the status of its latest row, or {@link #STALE} when that row is old
 * while the collector keeps writing rows for other miners (a miner taken out of the config, a stuck lane). A stale
 * row says nothing about the miner now, so it is never shown as ONLINE nor summed into the fleet's hashrate. This
 * is a view's judgement, decided in one place ({@link Fleet#stale}); the model's statuses pass through unchanged.
 *
 * <p>One instance per model status and one for STALE, so instances compare by identity.
 */
public final class MinerState {
    /** The miner's newest row is several cycles older than the fleet's newest row. */
    public static final MinerState STALE = new MinerState("STALE", "STALE", Status.Severity.WARNING, null, -1);

    /**
     * Precedence order: as {@link Status} declares it, with STALE first (nothing else about the row can be trusted).
     */
    public static final Comparator<MinerState> PRECEDENCE = Comparator.comparingInt(s -> s.rank);

    private static final Map<Status, MinerState> OF_STATUS = new EnumMap<>(Status.class);

    static {
        for (Status s : Status.values()) {
            OF_STATUS.put(s, new MinerState(s.name(), s.label(), s.severity(), s, s.ordinal()));
        }
    }

    private final String name;
    private final String label;
    private final Status.Severity severity;
    private final Status status;
    private final int rank;

    private MinerState(String name, String label, Status.Severity severity, Status status, int rank) {
        this.name = name;
        this.label = label;
        this.severity = severity;
        this.status = status;
        this.rank = rank;
    }

    /** The state a row's status shows as. */
    public static MinerState of(Status status) {
        return OF_STATUS.get(status);
    }

    /** The stable key for scripts (JSON): the status's enum name, or "STALE". */
    public String name() {
        return name;
    }

    /** The human label ("NO HASH", "STALE"). */
    public String label() {
        return label;
    }

    public Status.Severity severity() {
        return severity;
    }

    /** The row's status; null for {@link #STALE}. */
    public Status status() {
        return status;
    }

    /** Nothing for the owner to fix ({@code --check} passes): a healthy status; never STALE. */
    public boolean healthy() {
        return status != null && status.healthy();
    }

    public boolean stale() {
        return this == STALE;
    }

    /** True when the miner answered its latest poll and that poll is recent: its figures count in the totals. */
    public boolean online() {
        return status != null && status.reachable();
    }

    @Override
    public String toString() {
        return name;
    }
}
