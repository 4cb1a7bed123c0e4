package io.github.bitaxemonitor.analyze.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.store.CsvSchema;
import io.github.bitaxemonitor.store.SampleCsv;
import io.github.bitaxemonitor.testing.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryScanTest {
    @TempDir
    Path dir;

    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00.250Z");

    private List<RowBatch> scan(Path file) throws Exception {
        List<RowBatch> out = new ArrayList<>();
        HistoryScan.scan(List.of(file), new MinerIds(), out::add);
        return out;
    }

    private static int rows(List<RowBatch> batches) {
        return batches.stream().mapToInt(RowBatch::size).sum();
    }

    @Test
    void quotedHostileHostnamesReadAsTheStoreDecodesThem() throws Exception {
        String host = "lab \"bench\", shelf 2 \u202E=cmd|' /C calc'!A0";
        StringBuilder sb = new StringBuilder(CsvSchema.headerLine()).append('\n');
        for (int i = 0; i < 5; i++) {
            SampleCsv.appendRow(Samples.gamma("127.0.0.1:4000", T0.plusSeconds(60L * i)).hostname(host)
                    .alias("a,b").build(), sb);
        }
        Path f = dir.resolve("one.csv");
        Files.writeString(f, sb, StandardCharsets.UTF_8);
        List<RowBatch> b = scan(f);
        assertThat(rows(b)).isEqualTo(5);
        RowBatch first = b.get(0);
        Sample expected = SampleCsv.decoder(CsvSchema.header()).decode(
                SampleCsv.parseLine(sb.toString().lines().skip(1).findFirst().orElseThrow()), p -> { });
        assertThat(first.names().get(0).hostname()).isEqualTo(expected.hostname());
        assertThat(first.names().get(0).alias()).isEqualTo("a,b");
        assertThat(first.hashrate(0)).isEqualTo(expected.hashrateGhs());
        assertThat(first.time(0)).isEqualTo(T0.toEpochMilli());
        assertThat(first.frequency(0)).isEqualTo(525.0);
        assertThat(first.uptime(0)).isEqualTo(86_400);
        assertThat(first.status(0)).isEqualTo(Status.ONLINE);
    }

    @Test
    void aFileOfAnOlderSchemaReadsByColumnNameAndMissingColumnsAreAbsent() throws Exception {
        String header = "timestamp_utc,address,status,frequency_mhz,core_voltage_set_mv,hashrate_ghs";
        Path f = dir.resolve("old.csv");
        Files.writeString(f, header + "\n2026-11-20T10:00:00Z,127.0.0.1:1,ONLINE,575,1200,512.5\n");
        RowBatch b = scan(f).get(0);
        assertThat(b.size()).isEqualTo(1);
        assertThat(b.hashrate(0)).isEqualTo(512.5);
        assertThat(b.power(0)).isNaN();
        assertThat(b.uptime(0)).isEqualTo(-1);
        assertThat(b.overheat(0)).isEqualTo(-1);
    }

    @Test
    void damagedLinesAreCountedNeverGuessedAndImplausibleReadingsAreAbsent() throws Exception {
        StringBuilder sb = new StringBuilder(CsvSchema.headerLine()).append('\n');
        SampleCsv.appendRow(Samples.gamma("127.0.0.1:1", T0).build(), sb);
        sb.append("2026-11-20T10:01:00Z,127.0.0.1:1,ONLINE,too,few\n");
        sb.append("\0\0\0\0\n");
        sb.append(CsvSchema.headerLine()).append('\n'); // a repeated header is not damage
        String good = SampleCsv.row(Samples.gamma("127.0.0.1:1", T0.plusSeconds(120)).build());
        List<String> cells = new ArrayList<>(SampleCsv.parseLine(good));
        cells.set(CsvSchema.header().indexOf("asic_temp_c"), "4000");
        sb.append(String.join(",", cells)).append('\n');
        sb.append(good, 0, 40); // torn last line
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, sb);
        List<RowBatch> b = scan(f);
        assertThat(rows(b)).isEqualTo(2);
        assertThat(b.stream().mapToLong(RowBatch::skipped).sum()).isEqualTo(3);
        RowBatch last = b.get(b.size() - 1);
        assertThat(last.asicTemp(last.size() - 1)).isNaN();
        assertThat(last.hashrate(last.size() - 1)).isEqualTo(1071.5);
    }

    @Test
    void rowsComeOutInFileOrderAcrossBlocksAndFiles() throws Exception {
        List<Path> files = new ArrayList<>();
        int n = 0;
        for (int f = 0; f < 3; f++) {
            StringBuilder sb = new StringBuilder(CsvSchema.headerLine()).append('\n');
            while (sb.length() < HistoryScan.BLOCK * 2.5) {
                SampleCsv.appendRow(Samples.gamma("127.0.0.1:" + (n % 7), T0.plusSeconds(n)).build(), sb);
                n++;
            }
            Path p = dir.resolve("f" + f + ".csv");
            Files.writeString(p, sb);
            files.add(p);
        }
        List<Long> times = new ArrayList<>();
        HistoryScan.Totals t = HistoryScan.scan(files, new MinerIds(), b -> {
            for (int i = 0; i < b.size(); i++) {
                times.add(b.time(i));
            }
        });
        assertThat(t.rows()).isEqualTo(n);
        assertThat(times).hasSize(n).isSorted();
        assertThat(t.skippedLines()).isZero();
    }
}
