package io.github.bitaxemonitor.analyze.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.bitaxemonitor.analyze.read.HistoryFiles;
import io.github.bitaxemonitor.analyze.read.TimeRange;
import io.github.bitaxemonitor.analyze.segment.MinerFilter;
import io.github.bitaxemonitor.model.Field;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.store.CsvSchema;
import io.github.bitaxemonitor.store.LineSplitter;
import io.github.bitaxemonitor.store.RawLine;
import io.github.bitaxemonitor.store.SampleCsv;
import io.github.bitaxemonitor.text.HostileText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code analyze export}: rows of the range and miners, decoded by the store ({@link SampleCsv}, columns mapped by
 * each file's header) and written with the columns asked for. Derived columns are recomputed from the readings, as
 * every reader does; text is sanitised again on the way out ({@link HostileText#sanitize}: a hand-made file may hold
 * anything), so the output is as safe for a spreadsheet as the monitor's own files. Streams: memory does not grow
 * with the history.
 */
public final class Exporter {
    private final List<Field<?>> columns;
    private final ExportFormat format;

    private Exporter(List<Field<?>> columns, ExportFormat format) {
        this.columns = columns;
        this.format = format;
    }

    /**
     * @param names column names (null or empty: every column of the current schema)
     * @throws IllegalArgumentException naming a column the schema does not have
     */
    public static Exporter of(List<String> names, ExportFormat format) {
        List<Field<?>> cols = new ArrayList<>();
        if (names == null || names.isEmpty()) {
            cols.addAll(CsvSchema.columns());
        } else {
            for (String n : names) {
                Field<?> c = CsvSchema.column(n.trim());
                if (c == null) {
                    throw new IllegalArgumentException("--columns: no column '" + HostileText.forTerminal(n)
                            + "' (the names are the CSV header's, e.g. timestamp_utc,address,hashrate_ghs,clock_config)");
                }
                cols.add(c);
            }
        }
        return new Exporter(List.copyOf(cols), format);
    }

    /** Writes every matching row; returns how many. */
    public long export(Path data, TimeRange range, MinerFilter miner, Writer out) throws IOException {
        Sink sink = format == ExportFormat.CSV ? new CsvSink(out) : new JsonSink(out, format == ExportFormat.JSONL);
        long[] rows = {0};
        try {
            for (Path f : HistoryFiles.select(data, range)) {
                readFile(f, s -> {
                    if (range.contains(s.timestamp().toEpochMilli())
                            && miner.matches(s.address(), s.alias(), s.hostname())) {
                        sink.row(s);
                        rows[0]++;
                    }
                });
            }
            sink.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return rows[0];
    }

    private static void readFile(Path f, java.util.function.Consumer<Sample> each) throws IOException {
        SampleCsv.Decoder[] decoder = {null};
        LineSplitter splitter = new LineSplitter(line -> {
            if (!line.terminated() || line.truncated()) {
                return;
            }
            if (decoder[0] == null) {
                List<String> header = header(line);
                decoder[0] = SampleCsv.decoder(header != null ? header : CsvSchema.header());
                if (header != null) {
                    return;
                }
            }
            Sample s;
            try {
                s = decoder[0].decode(SampleCsv.parseLine(line.text()), problem -> { });
            } catch (SampleCsv.MalformedRowException e) {
                return; // damage is csv-repair's business; an export never invents a row
            }
            if (s != null) {
                each.accept(s);
            }
        });
        try (InputStream in = Files.newInputStream(f)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) >= 0; ) {
                splitter.feed(buf, 0, n);
            }
        }
        splitter.finish();
    }

    private static List<String> header(RawLine line) {
        String t = line.startsWithBom() ? line.text().substring(1) : line.text();
        return t.startsWith(CsvSchema.header().get(0)) ? SampleCsv.parseLine(t) : null;
    }

    private interface Sink {
        void row(Sample s);

        void finish() throws IOException;
    }

    /** The value of a registry field for the output: text sanitised, numbers at the store's precision; null when absent. */
    private static Object value(Field<?> c, Sample s) {
        Object v = c.get(s);
        if (v == null) {
            return null;
        }
        return switch (c.type()) {
            case TEXT -> HostileText.sanitize((String) v);
            case STATUS -> ((Status) v).name();
            case TIMESTAMP -> ((Instant) v).toString();
            case DECIMAL -> Double.parseDouble(SampleCsv.formatDecimal(((Number) v).doubleValue(), c.derived() ? 3 : 6));
            default -> v;
        };
    }

    private final class CsvSink implements Sink {
        private final CSVPrinter printer;

        CsvSink(Writer out) throws IOException {
            printer = new CSVPrinter(out, SampleCsv.FORMAT);
            printer.printRecord(columns.stream().map(Field::name).toList());
        }

        @Override
        public void row(Sample s) {
            List<String> cells = new ArrayList<>(columns.size());
            for (Field<?> c : columns) {
                Object v = value(c, s);
                cells.add(v == null ? "" : v instanceof Double d ? SampleCsv.formatDecimal(d, 6) : v.toString());
            }
            try {
                printer.printRecord(cells);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void finish() throws IOException {
            printer.flush();
        }
    }

    private final class JsonSink implements Sink {
        private final JsonGenerator g;
        private final Writer out;
        private final boolean lines;

        JsonSink(Writer out, boolean lines) throws IOException {
            this.out = out;
            this.lines = lines;
            this.g = new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (!lines) {
                g.writeStartArray();
            }
        }

        @Override
        public void row(Sample s) {
            try {
                g.writeStartObject();
                for (Field<?> c : columns) {
                    Object v = value(c, s);
                    g.writeFieldName(c.name());
                    if (v == null) {
                        g.writeNull();
                    } else if (v instanceof Double d) {
                        g.writeNumber(d);
                    } else if (v instanceof Long l) {
                        g.writeNumber(l);
                    } else if (v instanceof Boolean b) {
                        g.writeBoolean(b);
                    } else {
                        g.writeString(v.toString());
                    }
                }
                g.writeEndObject();
                if (lines) {
                    g.flush();
                    out.write('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void finish() throws IOException {
            if (!lines) {
                g.writeEndArray();
                g.flush();
                out.write('\n');
            }
            g.flush();
        }
    }
}
