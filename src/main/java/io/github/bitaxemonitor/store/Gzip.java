package io.github.bitaxemonitor.store;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reading a data file that may be gzip-compressed (the monitor's backups are {@code .csv.gz}): recognised by its
 * first two bytes, whatever its name, and decompressed as it is read. Forward reading only: a compressed file has no
 * offsets to seek to.
 */
public final class Gzip {
    private static final int MAGIC_1 = 0x1f;
    private static final int MAGIC_2 = 0x8b;

    private Gzip() {
    }

    /** True when the file starts with the gzip magic bytes. */
    public static boolean is(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer b = ByteBuffer.allocate(2);
            while (b.hasRemaining() && ch.read(b) > 0) {
                // a file of one byte, or a pipe that delivers one at a time
            }
            return b.position() == 2 && (b.get(0) & 0xFF) == MAGIC_1 && (b.get(1) & 0xFF) == MAGIC_2;
        }
    }

    /**
     * The file's content, decompressed when it is gzip; {@code compressedRead} (may be null) counts the bytes read from
     * the file itself, for progress over a compressed input.
     */
    public static InputStream open(Path file, long[] compressedRead) throws IOException {
        InputStream raw = Files.newInputStream(file);
        if (compressedRead != null) {
            raw = new Counting(raw, compressedRead);
        }
        try {
            return is(file) ? new Decompressing(file, new BufferedInputStream(raw, 1 << 16)) : raw;
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** Decompresses, and names the file when the compressed data is damaged or cut short. */
    private static final class Decompressing extends GZIPInputStream {
        private final Path file;

        Decompressing(Path file, InputStream in) throws IOException {
            super(in, 1 << 16);
            this.file = file;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            try {
                return super.read(buf, off, len);
            } catch (EOFException e) {
                throw new IOException(file + ": gzip file is cut short (" + e.getMessage() + ")", e);
            } catch (ZipException e) {
                throw new IOException(file + ": damaged gzip file (" + e.getMessage() + ")", e);
            }
        }
    }

    /** Counts what passes through into {@code count[0]}. */
    private static final class Counting extends FilterInputStream {
        private final long[] count;

        Counting(InputStream in, long[] count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count[0] += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            count[0] += Math.max(n, 0);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long k = super.skip(n);
            count[0] += k;
            return k;
        }
    }
}
