package io.github.bitaxemonitor.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/** What the store does with the newest data file at open: refuse a link, cut a torn tail, check the header. */
final class NewestFile {
    private NewestFile() {
    }

    /**
     * @param tornBytes    bytes of a torn last line cut off
     * @param startNewPart true when new rows must not be appended to this file
     * @param message      one line saying what was found and done
     */
    record Inspection(long tornBytes, boolean startNewPart, String message) {
    }

    /** Repairs the newest file's tail and decides whether appending may continue in it. */
    static Inspection inspect(Path newest) throws IOException {
        NoFollow.requireRegularOrMissing(newest);
        TornTail.Result tail = TornTail.repair(newest);
        if (tail.foreign()) {
            return new Inspection(0, true, newest + " does not end with a complete line and its last "
                    + TornTail.MAX_TORN_BYTES + " bytes hold no line break, so this is not a torn row: the file is left"
                    + " untouched and new rows go to a new part");
        }
        String torn = tail.repaired() ? newest + ": dropped a torn last line of " + tail.droppedBytes() + " bytes ('"
                + tail.preview() + "'); " : "";
        if (!hasCurrentHeader(newest)) {
            return new Inspection(tail.droppedBytes(), true, torn + newest + " has another header (an older"
                    + " schema or a foreign file): it is left as it is and new rows go to a new part");
        }
        return new Inspection(tail.droppedBytes(), false, torn + "appending to " + newest + " ("
                + tail.keptBytes() + " bytes)");
    }

    /** True for an empty file or one whose first line is exactly this schema's header. */
    private static boolean hasCurrentHeader(Path file) throws IOException {
        try (FileChannel ch = NoFollow.open(file, StandardOpenOption.READ)) {
            if (ch.size() == 0) {
                return true;
            }
            ByteBuffer buf = ByteBuffer.allocate(CsvMetricsStore.HEADER.length);
            TornTail.readFully(ch, buf, 0);
            return !buf.hasRemaining() && Arrays.equals(buf.array(), CsvMetricsStore.HEADER);
        }
    }
}
