package io.github.bitaxemonitor.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The one data file the store appends to, reduced to the four operations the write path needs. It is a seam: tests
 * open files whose writes fail part-way like a full disk, which a real disk cannot be made to do on demand.
 */
interface AppendFile extends Closeable {
    /** The file's length in bytes. */
    long size() throws IOException;

    /** Writes every remaining byte of {@code src} starting at {@code position}; on failure some may have been written. */
    void write(ByteBuffer src, long position) throws IOException;

    /** Makes every written byte and the file's length durable. */
    void force() throws IOException;

    /** Cuts the file back to {@code size} bytes. */
    void truncate(long size) throws IOException;

    /** Opens a data file for appending, creating it when missing. */
    @FunctionalInterface
    interface Opener {
        AppendFile open(Path file) throws IOException;
    }

    /** The real opener: a {@link FileChannel} on the name itself, never through a link ({@link NoFollow}). */
    static AppendFile open(Path file) throws IOException {
        return new ChannelAppendFile(NoFollow.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE));
    }
}
