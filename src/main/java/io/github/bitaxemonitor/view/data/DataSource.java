package io.github.bitaxemonitor.view.data;

import io.github.bitaxemonitor.store.DataFiles;
import io.github.bitaxemonitor.store.Gzip;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The set of metrics files the viewer reads, oldest first. Either the monitor's rotating layout (one file per UTC day,
 * size parts after it) or one plain CSV file given by the user.
 */
public interface DataSource {
    /** Every file, oldest first; empty when there is none yet. */
    List<Path> files() throws IOException;

    /** The file that follows {@code file} in time order, or null when {@code file} is the newest (or has no order). */
    Path after(Path file) throws IOException;

    /** The one gzip-compressed file this source is (a backup), or null: such a file is read once, forward. */
    default Path gzipFile() {
        return null;
    }

    /** The newest file, or null when there is none. */
    default Path newest() throws IOException {
        List<Path> all = files();
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /**
     * Interprets {@code --data} or {@code csv_path}: a directory means {@code DIR/metrics.csv}'s layout; a path whose
     * layout has files ({@code data/metrics.csv} -> {@code data/metrics-2026-11-20.csv}) means that layout; otherwise
     * an existing regular file is read on its own, decompressed when it is gzip (a backup). A path with neither yields
     * the (empty) layout, so a viewer started before the monitor picks the files up once they appear.
     */
    static DataSource resolve(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return new LayoutSource(DataFiles.of(path.resolve("metrics.csv")));
        }
        LayoutSource layout = new LayoutSource(DataFiles.of(path));
        if (!layout.files().isEmpty() || !Files.isRegularFile(path)) {
            return layout;
        }
        return Gzip.is(path) ? new GzipFileSource(path) : new SingleFileSource(path);
    }
}
