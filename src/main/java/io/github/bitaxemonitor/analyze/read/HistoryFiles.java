package io.github.bitaxemonitor.analyze.read;

import io.github.bitaxemonitor.store.DataFiles;
import io.github.bitaxemonitor.view.data.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of a data path that can hold rows of a time range, oldest first. The path is read as the viewer reads
 * {@code --data} ({@link DataSource#resolve}); a file of the monitor's layout carries its UTC day in its name
 * ({@link DataFiles}), so days outside the range are skipped without being opened. A file whose name has no day (one
 * CSV given by the user) is always read.
 */
public final class HistoryFiles {
    private HistoryFiles() {
    }

    public static List<Path> select(Path data, TimeRange range) throws IOException {
        DataFiles layout = DataFiles.of(Files.isDirectory(data) ? data.resolve("metrics.csv") : data);
        List<Path> out = new ArrayList<>();
        for (Path f : DataSource.resolve(data).files()) {
            DataFiles.Entry e = layout.parse(f);
            // A row is stamped when its poll began and lands in the file of the day it was written: a poll started
            // just before midnight can be in the next day's file, so the day before the range is read too.
            if (e == null || range.overlapsDay(e.day()) || range.overlapsDay(e.day().minusDays(1))) {
                out.add(f);
            }
        }
        return out;
    }
}
