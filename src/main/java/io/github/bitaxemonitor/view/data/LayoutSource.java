package io.github.bitaxemonitor.view.data;

import io.github.bitaxemonitor.store.DataFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/** The monitor's rotating layout; file order comes from the names (day, then part), as {@link DataFiles} defines. */
final class LayoutSource implements DataSource {
    private static final Comparator<DataFiles.Entry> ORDER =
            Comparator.comparing(DataFiles.Entry::day).thenComparingInt(DataFiles.Entry::part);

    private final DataFiles layout;

    LayoutSource(DataFiles layout) {
        this.layout = layout;
    }

    @Override
    public List<Path> files() throws IOException {
        return layout.list();
    }

    @Override
    public Path after(Path file) throws IOException {
        DataFiles.Entry current = layout.parse(file);
        if (current == null) {
            return null;
        }
        // Works also when `file` itself has been deleted: the next file is the first one that sorts after its name.
        for (Path p : layout.list()) {
            DataFiles.Entry e = layout.parse(p);
            if (ORDER.compare(e, current) > 0) {
                return p;
            }
        }
        return null;
    }
}
