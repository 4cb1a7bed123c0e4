package io.github.bitaxemonitor.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Objects;

/**
 * Follows the heartbeat for a view that refreshes every few seconds: the file is parsed again only when its
 * modification time or size changed, so an idle view costs one stat per refresh. Not thread-safe (one view thread).
 */
public final class HeartbeatWatch {
    private final Path file;
    private FileTime seenTime;
    private long seenSize = -1;
    private Heartbeat heartbeat;
    /** Why the file could not be read; null when it could (or is absent). */
    private String problem;

    private HeartbeatWatch(Path dataDirectory) {
        this.file = HeartbeatFile.in(dataDirectory);
    }

    /**
     * The heartbeat of the monitor writing {@code dataPath} (a csv_path, a data directory, or one file in it), read
     * once; {@link #refresh} reads it again.
     */
    public static HeartbeatWatch forData(Path dataPath) {
        Path abs = dataPath.toAbsolutePath().normalize();
        HeartbeatWatch w = new HeartbeatWatch(Files.isDirectory(abs) ? abs : abs.getParent());
        w.refresh();
        return w;
    }

    /** Looks at the file; true when what {@link #glance} says may have changed for another reason than time. */
    public boolean refresh() {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            boolean had = heartbeat != null || problem != null;
            heartbeat = null;
            problem = null;
            seenTime = null;
            seenSize = -1;
            return had;
        } catch (IOException e) {
            return remember(null, "heartbeat unreadable: " + e.getMessage());
        }
        if (a.lastModifiedTime().equals(seenTime) && a.size() == seenSize) {
            return false;
        }
        seenTime = a.lastModifiedTime();
        seenSize = a.size();
        try {
            return remember(HeartbeatFile.read(file), null);
        } catch (NoSuchFileException e) {
            return remember(null, null);
        } catch (IOException e) {
            return remember(null, "heartbeat unreadable: " + e.getMessage());
        }
    }

    private boolean remember(Heartbeat h, String why) {
        boolean changed = !Objects.equals(h, heartbeat) || !Objects.equals(why, problem);
        heartbeat = h;
        problem = why;
        return changed;
    }

    /** The verdict at {@code now}; null when there is no heartbeat file (the view then shows nothing). */
    public CollectorHealth.Glance glance(Instant now) {
        if (problem != null) {
            return new CollectorHealth.Glance(PluginStatus.UNKNOWN, problem);
        }
        return heartbeat == null ? null : CollectorHealth.glance(heartbeat, now);
    }
}
