package io.github.bitaxemonitor.export.api;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.store.CsvSchema;
import io.github.bitaxemonitor.store.DataFiles;
import io.github.bitaxemonitor.store.LineSplitter;
import io.github.bitaxemonitor.store.RawLine;
import io.github.bitaxemonitor.store.SampleCsv;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows from the history for {@code /api/metrics}, read forward from the data files whose days can hold the asked
 * span ({@link DataFiles}: a file's name is the UTC day of its first row, and rows are appended in time order).
 * Reading stops at the limit; a miner filter skips a line by its bytes before decoding it. Corrupt lines are
 * skipped, as the viewer skips them.
 */
final class History {
    /**
     * What a query found.
     *
     * @param rows      in file order (time order), at most the limit
     * @param truncated more rows matched than the limit
     */
    record Result(List<Sample> rows, boolean truncated) {
    }

    private final DataFiles layout;

    History(Path csvPath) {
        this.layout = DataFiles.of(csvPath);
    }

    Result query(String address, Instant since, Instant until, int limit) throws IOException {
        List<Path> files = layout.list();
        LocalDate first = LocalDate.ofInstant(since, ZoneOffset.UTC);
        LocalDate last = LocalDate.ofInstant(until, ZoneOffset.UTC);
        Scan scan = new Scan(address, since, until, limit);
        for (int i = 0; i < files.size() && !scan.full(); i++) {
            DataFiles.Entry e = layout.parse(files.get(i));
            if (e.day().isAfter(last)) {
                break;
            }
            // The next file starts on a day before `since`: every row of this one is older.
            if (i + 1 < files.size() && layout.parse(files.get(i + 1)).day().isBefore(first)) {
                continue;
            }
            scan.file(files.get(i));
        }
        return new Result(scan.rows.subList(0, Math.min(limit, scan.rows.size())), scan.rows.size() > limit);
    }

    /** One query's pass over the files. */
    private static final class Scan {
        private final byte[] needle;
        private final String address;
        private final Instant since;
        private final Instant until;
        private final int limit;
        private final List<Sample> rows = new ArrayList<>();
        private SampleCsv.Decoder decoder;

        Scan(String address, Instant since, Instant until, int limit) {
            this.address = address;
            this.needle = address == null ? null : address.getBytes(StandardCharsets.UTF_8);
            this.since = since;
            this.until = until;
            this.limit = limit;
        }

        /** One more than the limit tells the caller there is more. */
        boolean full() {
            return rows.size() > limit;
        }

        void file(Path file) throws IOException {
            decoder = null;
            LineSplitter splitter = new LineSplitter(this::line);
            byte[] buf = new byte[256 * 1024];
            try (InputStream in = Files.newInputStream(file)) {
                int n;
                while (!full() && (n = in.read(buf)) > 0) {
                    splitter.feed(buf, 0, n);
                }
            } catch (NoSuchFileException gone) {
                // rotated away or cleaned up between listing and opening
            }
        }

        private void line(RawLine line) {
            if (full() || !line.terminated() || line.truncated()) {
                return;
            }
            if (decoder == null) {
                String text = line.startsWithBom() ? line.text().substring(1) : line.text();
                if (text.startsWith(CsvSchema.header().get(0))) {
                    decoder = SampleCsv.decoder(SampleCsv.parseLine(text));
                    return;
                }
                decoder = SampleCsv.decoder(CsvSchema.header());
            }
            if (needle != null && indexOf(line.bytes(), needle) < 0) {
                return;
            }
            Sample s;
            try {
                s = decoder.decode(SampleCsv.parseLine(line.text()), problem -> { });
            } catch (SampleCsv.MalformedRowException e) {
                return;
            }
            if (s == null || s.timestamp().isBefore(since) || s.timestamp().isAfter(until)
                    || address != null && !address.equals(s.address())) {
                return;
            }
            rows.add(s);
        }

        private static int indexOf(byte[] hay, byte[] needle) {
            outer:
            for (int i = 0; i + needle.length <= hay.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (hay[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}
