package io.github.bitaxemonitor.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Splits a byte stream into {@link RawLine}s as bytes arrive, in whatever pieces they arrive: a whole file at once, a
 * tail of new bytes, or one byte at a time. Only complete (LF-terminated) lines are emitted while feeding; an
 * incomplete last line stays pending until more bytes complete it, or until {@link #finish()} reports it as torn.
 * This is the single place where files are cut into lines: the monitor's rows are always one line each, and the
 * cells of a line are parsed by {@link SampleCsv#parseLine}.
 *
 * <p>Memory is bounded by the line limit: a longer line is emitted truncated (flagged) and the rest of it skipped.
 */
public final class LineSplitter {
    /** No valid row comes near this; a longer "line" is damage (e.g. a run of NULs after a crash). */
    public static final int DEFAULT_MAX_LINE = 1 << 20;

    private final Consumer<RawLine> sink;
    private final int maxLine;
    /** Bytes of the pending (incomplete) line; only the first {@code pendingLength} are valid. */
    private byte[] pending = new byte[256];
    private int pendingLength;
    /** True when the pending line passed {@link #maxLine}: its further bytes are dropped until the LF. */
    private boolean pendingTruncated;
    /** Stream offset of the pending line's first byte. */
    private long pendingOffset;
    /** Stream offset of the next byte to be fed. */
    private long position;
    /** Number of the pending line (1-based). */
    private long lineNumber = 1;

    public LineSplitter(Consumer<RawLine> sink) {
        this(sink, DEFAULT_MAX_LINE, 0);
    }

    /**
     * @param startOffset the stream offset of the first byte that will be fed (a tailer resuming mid-file)
     */
    public LineSplitter(Consumer<RawLine> sink, int maxLine, long startOffset) {
        if (maxLine < 1) {
            throw new IllegalArgumentException("maxLine < 1");
        }
        this.sink = sink;
        this.maxLine = maxLine;
        this.position = startOffset;
        this.pendingOffset = startOffset;
    }

    /** Feeds bytes; emits every line they complete. */
    public void feed(byte[] buf, int off, int len) {
        int end = off + len;
        int start = off;
        for (int i = off; i < end; i++) {
            if (buf[i] == '\n') {
                append(buf, start, i - start);
                emit(true);
                pendingOffset = position + (i - off) + 1;
                start = i + 1;
            }
        }
        append(buf, start, end - start);
        position += len;
    }

    /** Reports a pending incomplete line as torn ({@code terminated == false}), if there is one. */
    public void finish() {
        if (pendingLength > 0 || pendingTruncated) {
            emit(false);
            pendingOffset = position;
        }
    }

    /** Bytes held for an incomplete line. */
    public int pendingBytes() {
        return pendingLength;
    }

    /** Stream offset just after the last complete line: where a reader can safely resume. */
    public long committedOffset() {
        return pendingOffset;
    }

    /** Feeds a whole stream and finishes it. */
    public static void split(InputStream in, Consumer<RawLine> sink) throws IOException {
        LineSplitter s = new LineSplitter(sink);
        byte[] buf = new byte[64 * 1024];
        for (int n; (n = in.read(buf)) >= 0; ) {
            s.feed(buf, 0, n);
        }
        s.finish();
    }

    private void append(byte[] buf, int from, int len) {
        int room = maxLine - pendingLength;
        if (len > room) {
            pendingTruncated = true;
            len = Math.max(room, 0);
        }
        if (len == 0) {
            return;
        }
        if (pendingLength + len > pending.length) {
            pending = Arrays.copyOf(pending, Math.min(maxLine, Math.max(pending.length * 2, pendingLength + len)));
        }
        System.arraycopy(buf, from, pending, pendingLength, len);
        pendingLength += len;
    }

    private void emit(boolean terminated) {
        boolean crlf = terminated && pendingLength > 0 && pending[pendingLength - 1] == '\r' && !pendingTruncated;
        byte[] content = Arrays.copyOf(pending, crlf ? pendingLength - 1 : pendingLength);
        sink.accept(new RawLine(pendingOffset, lineNumber++, content, crlf, terminated, pendingTruncated));
        pendingLength = 0;
        pendingTruncated = false;
        if (pending.length > 64 * 1024) {
            pending = new byte[256];
        }
    }
}
