package io.github.bitaxemonitor.bench;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.store.LineSplitter;
import io.github.bitaxemonitor.store.RawLine;
import io.github.bitaxemonitor.store.SampleCsv;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * How fast the code base's one reading path gets through a file, stage by stage, in one process and one thread (as
 * every reader uses it): {@code split} (LineSplitter only), {@code text} (+ UTF-8 decode of each line),
 * {@code parse} (+ SampleCsv.parseLine), {@code decode} (+ Decoder.decode into a Sample: what every reader does).
 *
 * <p>Usage: {@code CsvReadBench --file F [--stage decode]}. Prints one {@code key=value} line for tools/bench.
 */
public final class CsvReadBench {
    /** Counts what a stage saw, so the JIT cannot drop the work. */
    private static final class Counts implements Consumer<RawLine> {
        private final String stage;
        private SampleCsv.Decoder decoder;
        long lines;
        long samples;
        long problems;
        long checksum;

        Counts(String stage) {
            this.stage = stage;
        }

        @Override
        public void accept(RawLine line) {
            lines++;
            if (stage.equals("split")) {
                checksum += line.bytes().length;
                return;
            }
            String text = line.text();
            if (stage.equals("text")) {
                checksum += text.length();
                return;
            }
            List<String> cells = SampleCsv.parseLine(text);
            if (decoder == null) {
                decoder = SampleCsv.decoder(cells);
                return;
            }
            if (stage.equals("parse")) {
                checksum += cells.size();
                return;
            }
            Sample s = decoder.decode(cells, p -> problems++);
            if (s != null) {
                samples++;
                checksum += s.timestamp().getEpochSecond();
            }
        }
    }

    public static void main(String[] args) throws IOException {
        Args a = Args.parse(args, "--file", "--stage");
        Path file = Path.of(a.value("--file", "missing --file"));
        String stage = a.value("--stage", "decode");
        if (!List.of("split", "text", "parse", "decode").contains(stage)) {
            throw new IllegalArgumentException("--stage split|text|parse|decode");
        }
        Counts counts = new Counts(stage);
        long t0 = System.nanoTime();
        try (InputStream in = Files.newInputStream(file)) {
            LineSplitter splitter = new LineSplitter(counts);
            byte[] buf = new byte[1 << 20];
            for (int n; (n = in.read(buf)) >= 0; ) {
                splitter.feed(buf, 0, n);
            }
            splitter.finish();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long bytes = Files.size(file);
        System.out.printf("read stage=%s bytes=%d lines=%d samples=%d problems=%d seconds=%.3f mb_per_s=%.1f"
                        + " lines_per_s=%.0f checksum=%d%n", stage, bytes, counts.lines, counts.samples,
                counts.problems, seconds, bytes / 1e6 / seconds, counts.lines / seconds, counts.checksum);
    }
}
