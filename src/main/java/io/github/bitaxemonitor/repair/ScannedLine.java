package io.github.bitaxemonitor.repair;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.store.RawLine;

/**
 * What the scanner decided about one physical line.
 *
 * @param raw         the line as read, bytes untouched
 * @param disposition what becomes of it
 * @param cause       the problem that decided a QUARANTINED or DROPPED line, or that altered a kept row; null otherwise
 * @param sample      the decoded, validated sample when {@code disposition == ROW}; null otherwise
 * @param canonical   the row re-encoded under the current schema (no terminator) when ROW; null otherwise
 * @param altered     true when a kept row lost something on the way (a value emptied, NULs stripped, data in an unknown
 *                    column): its original line is kept in the quarantine file too, so nothing is lost
 * @param emptied     how many values were emptied (unparseable or implausible); 0 unless ROW
 */
public record ScannedLine(RawLine raw, Disposition disposition, ProblemKind cause, Sample sample, String canonical,
                          boolean altered, int emptied) {

    /** The fates of a line. */
    public enum Disposition {
        /** A header line: not copied (every output gets the current header). */
        HEADER,
        /** Nothing worth keeping (blank, only NULs) or an exact duplicate of a kept row. */
        DROPPED,
        /** A row to keep. */
        ROW,
        /** Unrecoverable: copied verbatim to the quarantine file. */
        QUARANTINED
    }

    static ScannedLine header(RawLine raw) {
        return new ScannedLine(raw, Disposition.HEADER, null, null, null, false, 0);
    }

    static ScannedLine dropped(RawLine raw, ProblemKind cause) {
        return new ScannedLine(raw, Disposition.DROPPED, cause, null, null, false, 0);
    }

    static ScannedLine quarantined(RawLine raw, ProblemKind cause) {
        return new ScannedLine(raw, Disposition.QUARANTINED, cause, null, null, false, 0);
    }
}
