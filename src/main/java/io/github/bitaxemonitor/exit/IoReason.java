package io.github.bitaxemonitor.exit;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.Locale;

/** An I/O failure in the words one line needs: the OS's reason and the path, never an exception class name. */
public final class IoReason {
    private IoReason() {
    }

    /** "No space left on device (data/metrics-2026-11-20.csv)", "permission denied (/srv/data)". */
    public static String of(IOException e) {
        if (e instanceof FileSystemException f) {
            String why = f.getReason() != null ? f.getReason() : kind(f);
            return why + (f.getFile() != null ? " (" + f.getFile() + ")" : "");
        }
        return e.getMessage() != null ? e.getMessage() : kind(e);
    }

    /** NIO names some failures by class alone (AccessDeniedException): "access denied", "file already exists". */
    private static String kind(IOException e) {
        String words = e.getClass().getSimpleName().replace("Exception", "")
                .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return switch (words) {
            case "access denied" -> "permission denied";
            case "no such file" -> "no such file or directory";
            case "file system", "i o", "" -> "input/output error";
            default -> words;
        };
    }
}
