package io.github.bitaxemonitor.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** {@link AppendFile} over a {@link FileChannel}, kept open across cycles so a cycle costs one write and one force. */
final class ChannelAppendFile implements AppendFile {
    /** Open for writing until {@link #close()}. */
    private final FileChannel channel;

    ChannelAppendFile(FileChannel channel) {
        this.channel = channel;
    }

    @Override
    public long size() throws IOException {
        return channel.size();
    }

    @Override
    public void write(ByteBuffer src, long position) throws IOException {
        long at = position;
        while (src.hasRemaining()) {
            at += channel.write(src, at); // a regular file writes short only when the disk is full, and then throws next
        }
    }

    @Override
    public void force() throws IOException {
        channel.force(false); // fdatasync: data plus the length needed to read it back
    }

    @Override
    public void truncate(long size) throws IOException {
        channel.truncate(size);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
