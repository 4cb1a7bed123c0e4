package io.github.bitaxemonitor.analyze.read;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The time a query covers: rows with {@code since <= t < until}. Either end may be open (null). Invariant: when both
 * are given, {@code since} is before {@code until}.
 */
public record TimeRange(Instant since, Instant until) {
    public static final TimeRange ALL = new TimeRange(null, null);

    public TimeRange {
        if (since != null && until != null && !since.isBefore(until)) {
            throw new IllegalArgumentException("the start of the range (" + since + ") is not before its end ("
                    + until + ")");
        }
    }

    /** True when a row at {@code epochMs} is in the range. */
    public boolean contains(long epochMs) {
        return (since == null || epochMs >= since.toEpochMilli()) && (until == null || epochMs < until.toEpochMilli());
    }

    /** True when some instant of the UTC day is in the range: the day's file may hold rows of the range. */
    public boolean overlapsDay(LocalDate day) {
        Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return (since == null || end.isAfter(since)) && (until == null || start.isBefore(until));
    }
}
