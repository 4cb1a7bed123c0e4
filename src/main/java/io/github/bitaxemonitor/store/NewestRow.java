package io.github.bitaxemonitor.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;

/**
 * When the newest stored row was taken: where a monitor that was down must start filling in. Every miner gets a row
 * every cycle, so the newest row is when the last cycle ran. Reads only the tail of the newest file that holds a row.
 */
public final class NewestRow {
    private static final int TAIL = 64 * 1024;

    private NewestRow() {
    }

    /** The newest row's timestamp, or null when no file holds a readable row. */
    public static Instant timestamp(DataFiles layout) throws IOException {
        List<Path> files = layout.list();
        for (int i = files.size() - 1; i >= 0; i--) {
            try {
                Instant t = lastTimestamp(files.get(i));
                if (t != null) {
                    return t;
                }
            } catch (NoSuchFileException vanished) {
                // rotated or cleaned up since the listing: an older file still counts
            }
        }
        return null;
    }

    private static Instant lastTimestamp(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long start = Math.max(0, ch.size() - TAIL);
            ByteBuffer buf = ByteBuffer.allocate((int) (ch.size() - start));
            while (buf.hasRemaining() && ch.read(buf, start + buf.position()) > 0) {
                // read the whole tail
            }
            String tail = new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
            int end = tail.lastIndexOf('\n');
            while (end > 0) {
                int begin = tail.lastIndexOf('\n', end - 1) + 1;
                if (begin == 0 && start > 0) {
                    return null; // a single row longer than the tail: not a file the monitor wrote
                }
                Instant t = rowTimestamp(tail.substring(begin, end));
                if (t != null) {
                    return t;
                }
                end = begin - 1;
            }
            return null;
        }
    }

    /** The first cell of a row as a timestamp; null for the header or a damaged row. */
    private static Instant rowTimestamp(String line) {
        int comma = line.indexOf(',');
        if (comma <= 0) {
            return null;
        }
        try {
            return Timestamps.parse(line.substring(0, comma));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
