package io.github.bitaxemonitor.repair;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;

/**
 * One row on its way through the external sort, ordered by time and then by its full text: exact duplicates are
 * therefore always neighbours in the sorted stream.
 *
 * @param seconds epoch seconds of the row's timestamp
 * @param nanos   nanoseconds within the second, 0..999,999,999
 * @param row     the canonical row text, no terminator
 */
record SortEntry(long seconds, int nanos, String row) {
    static final Comparator<SortEntry> ORDER = Comparator.comparingLong(SortEntry::seconds)
            .thenComparingInt(SortEntry::nanos).thenComparing(SortEntry::row);

    static SortEntry of(Instant at, String row) {
        return new SortEntry(at.getEpochSecond(), at.getNano(), row);
    }

    /** Spill format: seconds, nanos, UTF-8 length, UTF-8 bytes (rows can pass writeUTF's 64 KB limit). */
    void writeTo(DataOutputStream out) throws IOException {
        byte[] b = row.getBytes(StandardCharsets.UTF_8);
        out.writeLong(seconds);
        out.writeInt(nanos);
        out.writeInt(b.length);
        out.write(b);
    }

    /** The next entry of a spill file, or null at its end. */
    static SortEntry readFrom(DataInputStream in) throws IOException {
        long seconds;
        try {
            seconds = in.readLong();
        } catch (EOFException end) {
            return null;
        }
        int nanos = in.readInt();
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new SortEntry(seconds, nanos, new String(b, StandardCharsets.UTF_8));
    }
}
