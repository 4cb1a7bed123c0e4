package io.github.bitaxemonitor.view.data;

import io.github.bitaxemonitor.store.LineSplitter;
import io.github.bitaxemonitor.store.RawLine;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Reads the first line of a file (its header) without reading further than that line. */
final class FileHead {
    private static final int CHUNK = 4096;

    private FileHead() {
    }

    /**
     * @return the first complete line, or null when the file has no complete line yet
     */
    static RawLine firstLine(FileChannel ch, ReadCounter counter) throws IOException {
        RawLine[] first = new RawLine[1];
        LineSplitter splitter = new LineSplitter(line -> {
            if (first[0] == null) {
                first[0] = line;
            }
        });
        ByteBuffer buf = ByteBuffer.allocate(CHUNK);
        long pos = 0;
        while (first[0] == null && pos < LineSplitter.DEFAULT_MAX_LINE) {
            buf.clear();
            int n = ch.read(buf, pos);
            if (n <= 0) {
                return null;
            }
            counter.add(n);
            splitter.feed(buf.array(), 0, n);
            pos += n;
        }
        return first[0];
    }
}
