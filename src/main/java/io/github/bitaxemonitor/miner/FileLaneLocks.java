package io.github.bitaxemonitor.miner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Lane locks as one-byte advisory locks in one file beside the data, at an offset hashed from the miner's address.
 * The operating system drops a killed process's locks, so a crash never leaves a miner locked. One channel per file
 * for the whole process, never closed: with POSIX locks, closing any channel of a file drops every lock this process
 * holds on it. Offsets are 63-bit hashes, so two of a fleet's miners sharing one is not a practical concern; if they
 * did, they would only take turns.
 */
final class FileLaneLocks implements LaneLocks {
    private static final ConcurrentHashMap<Path, FileChannel> CHANNELS = new ConcurrentHashMap<>();

    private final FileChannel channel;

    private FileLaneLocks(FileChannel channel) {
        this.channel = channel;
    }

    /**
     * The locks kept in {@code lockFile}, or the lanes of this process only (said once on {@code log}) when the file
     * cannot be opened: a read-only data directory must not stop monitoring.
     */
    static LaneLocks in(Path lockFile, Consumer<String> log) {
        try {
            FileChannel channel = CHANNELS.computeIfAbsent(lockFile.toAbsolutePath().normalize(), FileLaneLocks::open);
            return new FileLaneLocks(channel);
        } catch (UncheckedIOException e) {
            log.accept("cannot open " + lockFile + " (" + e.getCause().getMessage()
                    + "): requests to a miner are kept apart within this process only");
            return IN_PROCESS;
        }
    }

    @Override
    public Held tryTake(String address) {
        try {
            FileLock lock = channel.tryLock(offset(address), 1, false);
            if (lock == null) {
                return null;
            }
            return () -> {
                try {
                    lock.release();
                } catch (IOException e) {
                    // the channel stays open for the process; a failed release leaves nothing to do but go on
                }
            };
        } catch (OverlappingFileLockException e) {
            return null; // another lane set of this process has the miner
        } catch (IOException e) {
            return () -> { }; // a lock that cannot be asked for must not stop the request: the in-process lane holds
        }
    }

    static long offset(String address) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(address.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = v << 8 | (h[i] & 0xff);
            }
            return (v & Long.MAX_VALUE) % (Long.MAX_VALUE - 1);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private static FileChannel open(Path file) {
        try {
            Files.createDirectories(file.getParent());
            return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
