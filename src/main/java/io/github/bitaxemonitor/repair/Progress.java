package io.github.bitaxemonitor.repair;


/** Reports bytes processed out of a known total. Closing it ends the display. */
public interface Progress extends AutoCloseable {

    void advance(long bytes);

    /** Erases the display so that other output starts on a clean line; the next advance draws it again. */
    default void clear() {
    }

    @Override
    void close();

    /** No display at all: output is piped, or the user asked for --quiet. */
    static Progress none() {
        return NoProgress.INSTANCE;
    }

    /** A bar on stderr when it is a terminal and not quiet; nothing otherwise (a bar in a log file is noise). */
    static Progress auto(boolean quiet, long totalBytes) {
        return quiet || System.console() == null ? none() : new TerminalProgress(System.err, totalBytes);
    }

    /** The do-nothing progress. */
    enum NoProgress implements Progress {
        INSTANCE;

        @Override
        public void advance(long bytes) {
        }

        @Override
        public void close() {
        }
    }
}
