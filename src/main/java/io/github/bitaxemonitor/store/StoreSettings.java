package io.github.bitaxemonitor.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where and how metrics files are kept.
 *
 * @param csvPath        the configured {@code csv_path}; files are named from it by {@link DataFiles}
 * @param rotation       when a new file is started
 * @param maxFileBytes   with {@link Rotation#SIZE}: a file is closed once it passes this size (> 0)
 * @param backupDir      where compressed backups go
 * @param backupEvery    a backup every this many cycles (0 = never)
 * @param backupKeep     how many backups to keep (>= 1)
 */
public record StoreSettings(Path csvPath, Rotation rotation, long maxFileBytes, Path backupDir, int backupEvery,
                            int backupKeep) {

    /** When to start a new file. Daily files also start a new part when they pass {@code maxFileBytes}. */
    public enum Rotation { DAILY, SIZE }

    public StoreSettings {
        Objects.requireNonNull(csvPath, "csvPath");
        Objects.requireNonNull(rotation, "rotation");
        Objects.requireNonNull(backupDir, "backupDir");
        if (maxFileBytes <= 0 || backupEvery < 0 || backupKeep < 1) {
            throw new IllegalArgumentException("maxFileBytes > 0, backupEvery >= 0, backupKeep >= 1");
        }
    }
}
