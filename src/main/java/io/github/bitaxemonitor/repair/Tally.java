package io.github.bitaxemonitor.repair;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/** Counts what became of the lines of a scan: what "repair" and "merge" print as "what I did". */
public final class Tally implements Consumer<ScannedLine> {
    private long lines;
    private long rows;
    private long altered;
    private long emptied;
    private long headers;
    private final Map<ProblemKind, Long> dropped = new EnumMap<>(ProblemKind.class);
    private final Map<ProblemKind, Long> quarantined = new EnumMap<>(ProblemKind.class);

    @Override
    public void accept(ScannedLine l) {
        lines++;
        switch (l.disposition()) {
            case HEADER -> headers++;
            case ROW -> {
                rows++;
                altered += l.altered() ? 1 : 0;
                emptied += l.emptied();
            }
            case DROPPED -> dropped.merge(l.cause(), 1L, Long::sum);
            case QUARANTINED -> quarantined.merge(l.cause(), 1L, Long::sum);
        }
    }

    /** Physical lines read. */
    @JsonProperty
    public long lines() {
        return lines;
    }

    /** Rows kept. */
    @JsonProperty
    public long rows() {
        return rows;
    }

    /** Kept rows whose original line also went to the quarantine file because something was removed from it. */
    @JsonProperty
    public long altered() {
        return altered;
    }

    /** Values emptied in kept rows (unparseable or implausible). */
    @JsonProperty
    public long emptied() {
        return emptied;
    }

    /** Header lines dropped (the output has exactly one). */
    @JsonProperty
    public long headers() {
        return headers;
    }

    /** Lines dropped because they held nothing (blank, only NULs) or duplicated a kept row, by cause. */
    @JsonProperty
    public Map<ProblemKind, Long> dropped() {
        return dropped;
    }

    /** Lines copied verbatim to the quarantine file, by cause. */
    @JsonProperty
    public Map<ProblemKind, Long> quarantined() {
        return quarantined;
    }

    public long quarantinedTotal() {
        return quarantined.values().stream().mapToLong(Long::longValue).sum() + altered;
    }
}
