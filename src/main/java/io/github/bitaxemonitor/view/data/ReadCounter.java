package io.github.bitaxemonitor.view.data;

/** Counts bytes read from data files, so tests can prove that a reader touched only what it should. */
public final class ReadCounter {
    private long bytes;

    void add(long n) {
        bytes += n;
    }

    /** Bytes read so far; only grows. */
    public long bytes() {
        return bytes;
    }
}
