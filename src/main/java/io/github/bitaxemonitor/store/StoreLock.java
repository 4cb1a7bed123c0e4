package io.github.bitaxemonitor.store;

import io.github.bitaxemonitor.exit.IoReason;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An exclusive OS lock on a small file next to the data, held while a store is open, so two monitors never append to
 * the same files. The OS drops the lock when the process dies, even by SIGKILL, so a crash never leaves it stale. The
 * file holds the holder's pid, only to make the refusal message useful; it is never deleted (deleting lock files
 * races). It is opened without following a link, and it remembers the file's identity, so the store can notice that
 * the lock file was deleted (with the data directory) and take a new one before it writes again.
 */
final class StoreLock implements Closeable {
    /**
     * Lock files held by this JVM. Checked before opening the file because closing any channel to a locked file may
     * release the process's OS lock on it, so a second attempt from the same JVM must never touch the file.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    /** Normalised absolute path; a member of {@link #HELD} until closed. */
    private final Path file;
    /** Open while the lock is held; closing it releases the lock. */
    private final FileChannel channel;
    private final FileLock lock;
    /** What the lock protects, for a refusal's message: "data/metrics-*.csv". */
    private final String guarded;
    /** The lock file's identity when taken ({@link NoFollow#key}); null where the platform has none. */
    private final Object key;

    private StoreLock(Path file, FileChannel channel, FileLock lock, String guarded, Object key) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.guarded = guarded;
        this.key = key;
    }

    /**
     * Takes the lock or fails at once.
     *
     * @param guarded what the lock protects, for the message ("data/metrics-*.csv")
     * @throws IOException naming the lock file and, when known, the pid holding it
     */
    static StoreLock acquire(Path lockFile, String guarded) throws IOException {
        Path name = lockFile.toAbsolutePath().normalize();
        if (!HELD.add(name)) {
            throw busy(name, guarded, "this process");
        }
        FileChannel ch = null;
        try {
            try {
                ch = NoFollow.open(name, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            } catch (UnusablePathException e) {
                throw e;
            } catch (IOException e) {
                throw new IOException("cannot open the lock file " + name + ": " + IoReason.of(e), e);
            }
            FileLock lock = ch.tryLock();
            if (lock == null) {
                throw busy(name, guarded, holder(ch));
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\n")
                    .getBytes(StandardCharsets.US_ASCII)), 0);
            return new StoreLock(name, ch, lock, guarded, NoFollow.key(name));
        } catch (IOException | RuntimeException e) {
            if (ch != null) {
                try {
                    ch.close();
                } catch (IOException closing) {
                    e.addSuppressed(closing);
                }
            }
            HELD.remove(name);
            throw e;
        }
    }

    private static IOException busy(Path lockFile, String guarded, String holder) {
        return new IOException("another monitor (" + holder + ") is already writing " + guarded + ": " + lockFile
                + " is locked; stop that monitor or give this one another csv_path");
    }

    /** "pid 1234" as the holder wrote it, or a placeholder; the file is untrusted, so it is made terminal-safe. */
    private static String holder(FileChannel ch) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(32);
            ch.read(buf, 0);
            String text = new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII).strip();
            return text.matches("pid \\d{1,10}") ? text : "pid unknown";
        } catch (IOException e) {
            return "pid unknown";
        }
    }

    Path file() {
        return file;
    }

    /** False when the lock file was deleted or replaced since it was taken: the lock then guards nothing. */
    boolean inPlace() {
        return NoFollow.stillNames(file, key);
    }

    /** Releases this lock (its file is gone) and takes a new one at the same name; this one is closed either way. */
    StoreLock retake() throws IOException {
        close();
        return acquire(file, guarded);
    }

    /** Releases the lock; safe to call more than once. */
    @Override
    public void close() throws IOException {
        if (!channel.isOpen()) {
            return;
        }
        try {
            lock.release();
            channel.close();
        } finally {
            HELD.remove(file);
        }
    }
}
