package io.github.bitaxemonitor.store;

import io.github.bitaxemonitor.text.HostileText;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Cuts a torn last line - bytes after the last LF, left by a crash or a failed write - so the next append starts on a
 * line boundary. Only the file's tail is read: the cost does not depend on the file's size.
 */
final class TornTail {
    /**
     * A row is a few kilobytes at most (text cells are capped by {@link HostileText#MAX_STORED_LENGTH}). A longer
     * stretch without a line break is not a row this program was writing, so it is never cut.
     */
    static final int MAX_TORN_BYTES = 64 * 1024;
    private static final int PREVIEW_CHARS = 60;

    private TornTail() {
    }

    /**
     * @param keptBytes    the file's length after the repair
     * @param droppedBytes bytes cut off (0 when the file ended with LF or was empty)
     * @param preview      the start of the dropped bytes, safe for a terminal; empty when nothing was dropped
     * @param foreign      true when the tail holds no line break within {@link #MAX_TORN_BYTES}: left untouched
     */
    record Result(long keptBytes, long droppedBytes, String preview, boolean foreign) {
        boolean repaired() {
            return droppedBytes > 0;
        }
    }

    /** Cuts the file back to its last complete line, forcing the new length to disk. */
    static Result repair(Path file) throws IOException {
        try (FileChannel ch = NoFollow.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            long keep = endOfLastLine(ch, size);
            if (keep < 0) {
                return new Result(size, 0, "", true);
            }
            if (keep == size) {
                return new Result(size, 0, "", false);
            }
            String preview = preview(ch, keep, size);
            ch.truncate(keep);
            ch.force(true);
            return new Result(keep, size - keep, preview, false);
        }
    }

    /** The position just after the last LF (0 when a short file has none), or -1 when none lies within the limit. */
    private static long endOfLastLine(FileChannel ch, long size) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(8192);
        long end = size;
        while (end > 0 && size - end < MAX_TORN_BYTES) {
            long start = Math.max(0, end - buf.capacity());
            buf.clear().limit((int) (end - start));
            readFully(ch, buf, start);
            for (int i = buf.limit() - 1; i >= 0; i--) {
                if (buf.get(i) == '\n') {
                    return start + i + 1;
                }
            }
            end = start;
        }
        return end == 0 ? 0 : -1;
    }

    private static String preview(FileChannel ch, long from, long size) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(size - from, PREVIEW_CHARS * 4L));
        readFully(ch, buf, from);
        String text = new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
        boolean cut = text.length() > PREVIEW_CHARS || buf.position() < size - from;
        return HostileText.forTerminal(text.length() > PREVIEW_CHARS ? text.substring(0, PREVIEW_CHARS) : text)
                + (cut ? "..." : "");
    }

    static void readFully(FileChannel ch, ByteBuffer buf, long position) throws IOException {
        long at = position;
        while (buf.hasRemaining()) {
            int n = ch.read(buf, at);
            if (n < 0) {
                break;
            }
            at += n;
        }
    }
}
