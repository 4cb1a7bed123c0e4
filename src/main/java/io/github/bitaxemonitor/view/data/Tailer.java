package io.github.bitaxemonitor.view.data;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.store.LineSplitter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Follows the metrics files while the monitor appends to them, by polling: each {@link #poll()} stats the current
 * file and reads only the bytes added since the last poll, so a poll where nothing changed costs one stat and one
 * directory listing. Only complete lines become rows (a partial last line waits for its line end). It follows
 * rotation to the next file, starts a file over when it shrank or was replaced (truncated, deleted and re-created,
 * rewritten by a repair), and skips corrupt rows, counting them.
 *
 * <p>Not thread-safe: one thread polls.
 */
public final class Tailer implements RowReader {
    /** Large enough that loading a long window decodes big batches ({@link RowBatch}). */
    private static final int READ_CHUNK = 1024 * 1024;

    private final DataSource source;
    private final Consumer<Sample> sink;
    private final ReadCounter counter = new ReadCounter();
    private final ByteBuffer buffer = ByteBuffer.allocate(READ_CHUNK);

    /** The file being followed; null until a data file exists. */
    private Path current;
    /** Where to begin once {@link #current} is opened (a resumed position); 0 after a restart or rotation. */
    private long startOffset;
    /** Identity of {@link #current} when opened (inode on Unix); a different key means the file was replaced. */
    private Object fileKey;
    /** Bytes of {@link #current} handed to the splitter: the next read starts here. */
    private long readOffset;
    /** The last byte handed to the splitter, re-read before each append to notice a rewritten file. */
    private byte lastByte;
    private LineSplitter splitter;
    private final LineDecoding lines = new LineDecoding();

    private long restarts;
    /** True while the current poll delivered at least one row. */
    private boolean delivered;

    /**
     * @param start where to begin (from {@link RecentRows}); null means the top of the newest file once one exists
     * @param sink  receives every good row, in file order
     */
    public Tailer(DataSource source, Position start, Consumer<Sample> sink) {
        this.source = Objects.requireNonNull(source, "source");
        this.sink = Objects.requireNonNull(sink, "sink");
        if (start != null) {
            this.current = start.file();
            this.startOffset = start.offset();
        }
    }

    /**
     * Reads whatever has been appended since the last poll, following rotations.
     *
     * @return true when at least one row was delivered
     */
    @Override
    public boolean poll() throws IOException {
        delivered = false;
        // Several files can have been completed since the last poll (a viewer paused for a day); follow them all.
        for (int hops = 0; hops < 1000; hops++) {
            if (current == null) {
                current = source.newest();
                startOffset = 0;
                if (current == null) {
                    return delivered;
                }
            }
            if (splitter == null && !open()) {
                if (!moveToNext()) {
                    return delivered;
                }
                continue;
            }
            BasicFileAttributes attrs = stat(current);
            if (attrs == null) {
                if (!moveToNext()) {
                    // Deleted, nothing after it (yet): when a file of that name appears, it is a new file - read it
                    // from the top, even if it reuses the inode and grows past where the old one ended.
                    splitter.finish();
                    flush();
                    reset(current, 0);
                    return delivered;
                }
                continue;
            }
            if (replaced(attrs)) {
                restarts++;
                reset(current, 0);
                continue;
            }
            if (attrs.size() > readOffset) {
                if (!readNewBytes(attrs.size())) {
                    restarts++;
                    reset(current, 0);
                }
                continue;
            }
            // Nothing new here. The writer moves to the next file only once this one is complete, so a newer file
            // means this one is done - but re-check it first, in case its last rows landed after our stat.
            Path next = source.after(current);
            if (next == null) {
                return delivered;
            }
            BasicFileAttributes again = stat(current);
            if (again != null && !replaced(again) && again.size() > readOffset) {
                continue;
            }
            moveToNext();
        }
        return delivered;
    }

    @Override
    public long rows() {
        return lines.rows();
    }

    @Override
    public long corruptRows() {
        return lines.corruptRows();
    }

    /** How often a file was started over because it shrank or was replaced. */
    public long restarts() {
        return restarts;
    }

    @Override
    public String lastProblem() {
        return lines.lastProblem();
    }

    @Override
    public long bytesRead() {
        return counter.bytes();
    }

    /** The file being followed, or null. */
    public Path currentFile() {
        return current;
    }

    private boolean open() throws IOException {
        BasicFileAttributes attrs = stat(current);
        if (attrs == null) {
            return false;
        }
        long offset = startOffset <= attrs.size() ? startOffset : 0;
        fileKey = attrs.fileKey();
        splitter = new LineSplitter(lines::line, LineSplitter.DEFAULT_MAX_LINE, offset);
        readOffset = offset;
        lines.start(null);
        if (offset > 0) {
            try (FileChannel ch = FileChannel.open(current, StandardOpenOption.READ)) {
                lines.start(RowDecoder.forFirstLine(FileHead.firstLine(ch, counter)));
                lastByte = readByte(ch, offset - 1);
            } catch (NoSuchFileException e) {
                return false;
            }
        }
        return true;
    }

    /** Reads [readOffset, size) into the splitter; false when the byte before it changed (the file was rewritten). */
    private boolean readNewBytes(long size) throws IOException {
        try (FileChannel ch = FileChannel.open(current, StandardOpenOption.READ)) {
            if (readOffset > 0 && readByte(ch, readOffset - 1) != lastByte) {
                return false;
            }
            long pos = readOffset;
            while (pos < size) {
                buffer.clear();
                buffer.limit((int) Math.min(buffer.capacity(), size - pos));
                int n = ch.read(buffer, pos);
                if (n <= 0) {
                    break; // shrank while reading; the next poll notices
                }
                counter.add(n);
                lastByte = buffer.get(n - 1);
                pos += n;
                readOffset = pos;
                splitter.feed(buffer.array(), 0, n);
                flush();
            }
            return true;
        } catch (NoSuchFileException e) {
            return true; // deleted between stat and open: the next poll handles it
        }
    }

    private byte readByte(FileChannel ch, long at) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        int n = ch.read(one, at);
        counter.add(Math.max(n, 0));
        return n == 1 ? one.get(0) : (byte) -1;
    }

    /** Decodes the lines collected so far and hands the rows on, in file order. */
    private void flush() {
        delivered |= lines.flush(current.getFileName().toString(), sink);
    }

    private boolean moveToNext() throws IOException {
        Path next = current == null ? null : source.after(current);
        if (next == null) {
            return false;
        }
        if (splitter != null) {
            splitter.finish(); // a partial last line of a finished file will never be completed
            flush();
        }
        reset(next, 0);
        return true;
    }

    private void reset(Path file, long offset) {
        current = file;
        startOffset = offset;
        splitter = null;
        fileKey = null;
    }

    private boolean replaced(BasicFileAttributes attrs) {
        return attrs.size() < readOffset || (fileKey != null && !fileKey.equals(attrs.fileKey()));
    }

    private static BasicFileAttributes stat(Path p) throws IOException {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return null;
        }
    }
}
