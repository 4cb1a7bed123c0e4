package io.github.bitaxemonitor.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Objects;

/**
 * Every file the monitor writes - data, lock, backups, recovery files - is opened without following a symbolic link in
 * its last name, and must be a regular file: a link planted where a data file belongs would otherwise have the monitor
 * cut ("repair") and append to whatever it points at. Directories may be links (a data directory on another disk).
 */
final class NoFollow {
    private NoFollow() {
    }

    /** The file's own attributes (a link's, not its target's), or null when nothing has that name. */
    static BasicFileAttributes attributes(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /**
     * What identifies the file under that name now (device and inode on Unix), or null when the name is gone or the
     * platform has no such key. Compared with the key taken when a file was opened, it tells whether the name still
     * leads to the open file.
     */
    static Object key(Path file) {
        try {
            BasicFileAttributes a = attributes(file);
            return a == null ? null : a.fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    /** True when {@code file} still names the file whose key was {@code key} (always, where keys are unknown). */
    static boolean stillNames(Path file, Object key) {
        return key == null || Objects.equals(key, key(file));
    }

    /** Refuses anything but a regular file or nothing at all under that name. */
    static void requireRegularOrMissing(Path file) throws IOException {
        BasicFileAttributes a = attributes(file);
        if (a != null && !a.isRegularFile()) {
            throw new UnusablePathException(file + " is " + kind(a) + ", not a regular file: the monitor writes only"
                    + " to regular files" + (a.isSymbolicLink() ? " and never through a link (it would change what"
                    + " the link points to); put the file itself there, or remove the link" : "; move it away"));
        }
    }

    /** Opens a channel on the name itself, never through a link; refuses what is not a regular file. */
    static FileChannel open(Path file, OpenOption... options) throws IOException {
        requireRegularOrMissing(file);
        OpenOption[] all = Arrays.copyOf(options, options.length + 1);
        all[options.length] = LinkOption.NOFOLLOW_LINKS;
        return FileChannel.open(file, all);
    }

    private static String kind(BasicFileAttributes a) {
        if (a.isSymbolicLink()) {
            return "a symbolic link";
        }
        return a.isDirectory() ? "a directory" : "a special file (device, FIFO or socket)";
    }
}
