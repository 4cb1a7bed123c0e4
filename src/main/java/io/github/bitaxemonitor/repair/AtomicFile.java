package io.github.bitaxemonitor.repair;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * A file that appears complete or not at all: bytes go to a temporary file in the target's directory (same file
 * system, so the rename is atomic), which is forced to disk and renamed over the target on {@link #commit}. Closing
 * without commit deletes the temporary file, so a failed run leaves no half-written output behind.
 */
public final class AtomicFile implements Closeable {
    private final Path target;
    /** Whose permissions a new file takes when the target does not exist yet (the file it derives from). */
    private final Path like;
    private final Path temp;
    private final FileOutputStream file;
    private final OutputStream out;
    private boolean done;

    /**
     * @param like the file whose permissions the result takes when {@code target} does not exist yet (an existing
     *             target keeps its own): temporary files are created private, data files are not; null keeps
     *             the temporary file's private permissions
     */
    public AtomicFile(Path target, Path like) throws IOException {
        this.target = target.toAbsolutePath();
        this.like = like;
        Path dir = this.target.getParent();
        Files.createDirectories(dir);
        this.temp = Files.createTempFile(dir, "." + this.target.getFileName(), ".tmp");
        this.file = new FileOutputStream(temp.toFile());
        this.out = new BufferedOutputStream(file, 256 * 1024);
    }

    /** Where the bytes go until commit. */
    public OutputStream out() {
        return out;
    }

    /** The temporary file (to compare its content before deciding to commit). */
    Path temp() throws IOException {
        out.flush();
        return temp;
    }

    /** Forces the bytes to disk and renames the file into place, replacing an existing target. */
    public void commit() throws IOException {
        out.flush();
        file.getFD().sync();
        out.close();
        copyPermissions(Files.exists(target) ? target : like != null ? like : temp, temp);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        done = true;
        syncDirectory(target.getParent());
    }

    /** Deletes the temporary file unless committed. */
    @Override
    public void close() throws IOException {
        if (!done) {
            done = true;
            out.close();
            Files.deleteIfExists(temp);
        }
    }

    /** Copies a file atomically (used for backups): a backup is as trustworthy as the output it protects. */
    static void copy(Path from, Path to) throws IOException {
        try (AtomicFile f = new AtomicFile(to, from)) {
            Files.copy(from, f.out());
            f.commit();
        }
        Files.setLastModifiedTime(to, Files.getLastModifiedTime(from));
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        if (Files.getFileStore(to).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        }
    }

    /** Makes the rename itself durable; not every platform can open a directory, which is then left to the OS. */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open directories; the rename is still atomic, only its durability waits for the OS.
        }
    }
}
