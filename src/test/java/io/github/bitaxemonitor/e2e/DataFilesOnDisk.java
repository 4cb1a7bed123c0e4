package io.github.bitaxemonitor.e2e;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.store.DataFiles;
import io.github.bitaxemonitor.store.LineSplitter;
import io.github.bitaxemonitor.store.RawLine;
import io.github.bitaxemonitor.store.SampleCsv;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Everything the monitor stored under one csv_path, read back strictly: every line must be a header or a sample. */
record DataFilesOnDisk(List<Sample> samples, List<String> badLines, int tornTails, byte[] allBytes) {

    static DataFilesOnDisk read(Path csvPath) throws IOException {
        List<Sample> samples = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        int[] torn = {0};
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (Path file : DataFiles.of(csvPath).list()) {
            all.write(Files.readAllBytes(file));
            List<RawLine> lines = new ArrayList<>();
            try (InputStream in = Files.newInputStream(file)) {
                LineSplitter.split(in, lines::add);
            }
            SampleCsv.Decoder decoder = null;
            for (RawLine line : lines) {
                if (!line.terminated()) {
                    torn[0]++;
                    continue;
                }
                List<String> cells = SampleCsv.parseLine(line.text());
                if (decoder == null) {
                    decoder = SampleCsv.decoder(cells);
                    continue;
                }
                List<String> problems = new ArrayList<>();
                Sample s = decoder.decode(cells, problems::add);
                if (s == null || !problems.isEmpty()) {
                    bad.add(file.getFileName() + ":" + line.number() + " " + problems);
                } else {
                    samples.add(s);
                }
            }
        }
        return new DataFilesOnDisk(samples, bad, torn[0], all.toByteArray());
    }
}
