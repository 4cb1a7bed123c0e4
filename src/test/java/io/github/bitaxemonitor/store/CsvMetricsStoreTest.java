package io.github.bitaxemonitor.store;

import static io.github.bitaxemonitor.store.StoreFixture.HEADER;
import static io.github.bitaxemonitor.store.StoreFixture.daily;
import static io.github.bitaxemonitor.store.StoreFixture.open;
import static io.github.bitaxemonitor.store.StoreFixture.readValid;
import static io.github.bitaxemonitor.store.StoreFixture.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitaxemonitor.model.Field;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.store.MetricsWriter.AppendResult;
import io.github.bitaxemonitor.testing.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvMetricsStoreTest {
    private static final Instant T = Instant.parse("2026-11-20T10:15:30Z");

    @TempDir
    Path tmp;
    private final List<String> log = new ArrayList<>();

    private static List<Sample> cycle(Instant at, int miners) {
        List<Sample> out = new ArrayList<>();
        for (int i = 0; i < miners; i++) {
            out.add(Samples.gamma("127.0.0.1:" + (8080 + i), at).sharesAccepted((long) i).build());
        }
        return out;
    }

    private Path file(StoreSettings s, String day, int part) {
        return DataFiles.of(s.csvPath()).file(java.time.LocalDate.parse(day), part);
    }

    @Test
    void headerIsWrittenOncePerFileAcrossCyclesAndRestarts() throws IOException {
        StoreSettings s = daily(tmp);
        try (CsvMetricsStore store = open(s, log::add)) {
            for (int c = 0; c < 3; c++) {
                store.appendCycle(cycle(T.plusSeconds(c * 10L), 2));
            }
        }
        try (CsvMetricsStore store = open(s, log::add)) {
            assertThat(store.openReport().tornBytesDropped()).isZero();
            assertThat(store.openReport().message()).startsWith("appending to ");
            store.appendCycle(cycle(T.plusSeconds(60), 2));
        }

        Path f = file(s, "2026-11-20", 0);
        assertThat(text(f).lines().filter(HEADER::equals)).hasSize(1);
        assertThat(readValid(f)).hasSize(8);
        assertThat(DataFiles.of(s.csvPath()).list()).containsExactly(f);
    }

    @Test
    void appendResultNamesTheFileAndCountsRows() throws IOException {
        StoreSettings s = daily(tmp);
        try (CsvMetricsStore store = open(s, log::add)) {
            AppendResult r = store.appendCycle(cycle(T, 3));

            assertThat(r).isEqualTo(new AppendResult(3, 0, file(s, "2026-11-20", 0)));
            assertThat(store.appendCycle(List.of()).rowsWritten()).isZero();
        }
        assertThat(readValid(file(s, "2026-11-20", 0))).hasSize(3);
    }

    @Test
    void dailyRotationStartsANewFileAtUtcMidnight() throws IOException {
        StoreSettings s = daily(tmp);
        try (CsvMetricsStore store = open(s, log::add)) {
            store.appendCycle(cycle(Instant.parse("2026-11-20T23:59:59.900Z"), 2));
            AppendResult next = store.appendCycle(cycle(Instant.parse("2026-11-21T00:00:00Z"), 2));

            assertThat(next.file()).isEqualTo(file(s, "2026-11-21", 0));
        }
        assertThat(readValid(file(s, "2026-11-20", 0))).extracting(Sample::timestamp)
                .containsOnly(Instant.parse("2026-11-20T23:59:59.900Z"));
        assertThat(readValid(file(s, "2026-11-21", 0))).extracting(Sample::timestamp)
                .containsOnly(Instant.parse("2026-11-21T00:00:00Z"));
    }

    @Test
    void aClockStepBackNeverReopensAnOlderDay() throws IOException {
        StoreSettings s = daily(tmp);
        try (CsvMetricsStore store = open(s, log::add)) {
            store.appendCycle(cycle(Instant.parse("2026-11-21T00:00:05Z"), 1));
            AppendResult back = store.appendCycle(cycle(Instant.parse("2026-11-20T23:59:58Z"), 1));

            assertThat(back.file()).isEqualTo(file(s, "2026-11-21", 0));
        }
        assertThat(DataFiles.of(s.csvPath()).list()).containsExactly(file(s, "2026-11-21", 0));
    }

    @Test
    void sizeLimitStartsNumberedPartsEachWithItsHeader() throws IOException {
        int row = SampleCsv.row(SampleCsv.validate(cycle(T, 1).get(0), r -> { })).length() + 1;
        long limit = HEADER.length() + 1 + 2L * row + row / 2; // two cycles of one row fit, a third does not
        StoreSettings s = StoreFixture.settings(tmp, StoreSettings.Rotation.DAILY, limit, 0, 10);
        try (CsvMetricsStore store = open(s, log::add)) {
            for (int c = 0; c < 5; c++) {
                store.appendCycle(cycle(T.plusSeconds(c), 1));
            }
        }

        assertThat(DataFiles.of(s.csvPath()).list()).containsExactly(
                file(s, "2026-11-20", 0), file(s, "2026-11-20", 1), file(s, "2026-11-20", 2));
        assertThat(readValid(file(s, "2026-11-20", 0))).hasSize(2);
        assertThat(readValid(file(s, "2026-11-20", 1))).hasSize(2);
        assertThat(readValid(file(s, "2026-11-20", 2))).hasSize(1);
        for (Path p : DataFiles.of(s.csvPath()).list()) {
            assertThat(Files.size(p)).isLessThanOrEqualTo(limit);
        }
    }

    @Test
    void aCycleLargerThanTheLimitStillGoesIntoAnEmptyFile() throws IOException {
        StoreSettings s = StoreFixture.settings(tmp, StoreSettings.Rotation.DAILY, 100, 0, 10);
        try (CsvMetricsStore store = open(s, log::add)) {
            store.appendCycle(cycle(T, 3));
            store.appendCycle(cycle(T.plusSeconds(5), 3));
        }
        assertThat(readValid(file(s, "2026-11-20", 0))).hasSize(3);
        assertThat(readValid(file(s, "2026-11-20", 1))).hasSize(3);
    }

    @Test
    void sizeRotationKeepsWritingPastMidnightAndNamesTheNextPartByDay() throws IOException {
        int row = SampleCsv.row(SampleCsv.validate(cycle(T, 1).get(0), r -> { })).length() + 1;
        StoreSettings s = StoreFixture.settings(tmp, StoreSettings.Rotation.SIZE, HEADER.length() + 1 + 2L * row, 0, 10);
        try (CsvMetricsStore store = open(s, log::add)) {
            store.appendCycle(cycle(Instant.parse("2026-11-20T23:59:00Z"), 1));
            AppendResult afterMidnight = store.appendCycle(cycle(Instant.parse("2026-11-21T00:01:00Z"), 1));
            AppendResult full = store.appendCycle(cycle(Instant.parse("2026-11-21T00:02:00Z"), 1));

            assertThat(afterMidnight.file()).isEqualTo(file(s, "2026-11-20", 0));
            assertThat(full.file()).isEqualTo(file(s, "2026-11-21", 0));
        }
    }

    @Test
    void fileWithAnOlderHeaderIsNeverRewritten() throws IOException {
        StoreSettings s = daily(tmp);
        Path old = file(s, "2026-11-20", 0);
        Files.createDirectories(old.getParent());
        String oldContent = "timestamp_utc,address,status\n2026-11-20T00:00:00Z,127.0.0.5:80,ONLINE\n";
        Files.writeString(old, oldContent);

        try (CsvMetricsStore store = open(s, log::add)) {
            assertThat(store.openReport().message()).contains("has another header").contains("new part");
            AppendResult r = store.appendCycle(cycle(T, 2));

            assertThat(r.file()).isEqualTo(file(s, "2026-11-20", 1));
        }
        assertThat(text(old)).isEqualTo(oldContent);
        assertThat(readValid(file(s, "2026-11-20", 1))).hasSize(2);
        assertThat(log).anySatisfy(l -> assertThat(l).contains(old.getFileName().toString(), "another header"));
    }

    @Test
    void tornLastLineIsDroppedAndLogged() throws IOException {
        StoreSettings s = daily(tmp);
        try (CsvMetricsStore store = open(s, log::add)) {
            store.appendCycle(cycle(T, 2));
        }
        Path f = file(s, "2026-11-20", 0);
        String complete = text(f);
        byte[] torn = "2026-11-20T10:16:00Z,127.0.0.1:8080,,\u001b[31mevil\u202e".getBytes(StandardCharsets.UTF_8);
        Files.write(f, torn, StandardOpenOption.APPEND);

        try (CsvMetricsStore store = open(s, log::add)) {
            OpenReport report = store.openReport();
            assertThat(report.file()).isEqualTo(f);
            assertThat(report.tornBytesDropped()).isEqualTo(torn.length);
            assertThat(report.message()).contains("dropped a torn last line of " + torn.length + " bytes")
                    .contains("127.0.0.1:8080,,\\x1B[31mevil\\u202E")
                    .doesNotContain("\u001b", "\u202e");
            assertThat(text(f)).isEqualTo(complete);
            store.appendCycle(cycle(T.plusSeconds(30), 2));
        }
        assertThat(log).anySatisfy(l -> assertThat(l).contains("dropped a torn last line"));
        assertThat(readValid(f)).hasSize(4);
    }

    @Test
    void aTornHeaderLeavesAnEmptyFileThatGetsAFreshHeader() throws IOException {
        StoreSettings s = daily(tmp);
        Path f = file(s, "2026-11-20", 0);
        Files.createDirectories(f.getParent());
        Files.writeString(f, HEADER.substring(0, 40));

        try (CsvMetricsStore store = open(s, log::add)) {
            assertThat(store.openReport().tornBytesDropped()).isEqualTo(40);
            store.appendCycle(cycle(T, 1));
        }
        assertThat(readValid(f)).hasSize(1);
    }

    @Test
    void aLongTailWithoutLineBreaksIsNotCutButLeftForANewPart() throws IOException {
        StoreSettings s = daily(tmp);
        Path f = file(s, "2026-11-20", 0);
        Files.createDirectories(f.getParent());
        String foreign = HEADER + "\n" + "x".repeat(TornTail.MAX_TORN_BYTES + 10);
        Files.writeString(f, foreign);

        try (CsvMetricsStore store = open(s, log::add)) {
            assertThat(store.openReport().tornBytesDropped()).isZero();
            assertThat(store.openReport().message()).contains("left untouched");
            assertThat(store.appendCycle(cycle(T, 1)).file()).isEqualTo(file(s, "2026-11-20", 1));
        }
        assertThat(text(f)).isEqualTo(foreign);
    }

    @Test
    void secondOpenWhileLockedFailsClearly() throws IOException {
        StoreSettings s = daily(tmp);
        try (CsvMetricsStore first = open(s, log::add)) {
            assertThatThrownBy(() -> open(s, log::add))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("another monitor")
                    .hasMessageContaining("metrics-*.csv")
                    .hasMessageContaining("metrics.csv.lock is locked");
            first.appendCycle(cycle(T, 1));
        }
        try (CsvMetricsStore again = open(s, log::add)) {
            again.appendCycle(cycle(T.plusSeconds(10), 1));
        }
        assertThat(readValid(file(s, "2026-11-20", 0))).hasSize(2);
    }

    @Test
    void implausibleValuesAreCountedAndStoredEmpty() throws IOException {
        StoreSettings s = daily(tmp);
        List<Sample> samples = List.of(
                Samples.gamma("127.0.0.1:8080", T).asicTempC(4000.0).powerW(-3.0).build(),
                Samples.gamma("127.0.0.1:8081", T).vrTempC(9999.0).build(),
                Samples.gamma("127.0.0.1:8082", T).build());
        try (CsvMetricsStore store = open(s, log::add)) {
            AppendResult r = store.appendCycle(samples);

            assertThat(r.rowsWritten()).isEqualTo(3);
            assertThat(r.implausibleDropped()).isEqualTo(3);
        }
        List<Sample> back = readValid(file(s, "2026-11-20", 0));
        assertThat(back.get(0).asicTempC()).isNull();
        assertThat(back.get(0).powerW()).isNull();
        assertThat(back.get(1).vrTempC()).isNull();
        assertThat(back.get(2).asicTempC()).isEqualTo(58.25);
    }

    @Test
    void hostileStringsEndUpSingleLineAndNeutralised() throws IOException {
        StoreSettings s = daily(tmp);
        Sample hostile = Samples.gamma("127.0.0.1:8080", T)
                .hostname("evil\nname\u0000\u001b[31mred\u001b[0m\u202eabc\u0085")
                .alias("+cmd|' /C calc'!A0")
                .poolUrl("=HYPERLINK(\"http://example.com\",\"x\")")
                .poolUser("@SUM(1,2)")
                .wifiStatus("-2+3")
                .faults("line1\r\nline2,\"quoted\"")
                .firmwareVersion("\u2066v2\u2069\tbeta")
                .build();
        try (CsvMetricsStore store = open(s, log::add)) {
            store.appendCycle(List.of(hostile));
        }

        Path f = file(s, "2026-11-20", 0);
        String content = text(f);
        assertThat(content.lines()).hasSize(2);
        assertThat(content).doesNotContain("\u0000", "\u001b", "\r", "\u202e", "\u0085", "\u2066", "\t");
        Sample back = readValid(f).get(0);
        assertThat(back.hostname()).isEqualTo("evil nameredabc");
        assertThat(back.alias()).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(back.poolUrl()).startsWith("'=HYPERLINK(");
        assertThat(back.poolUser()).isEqualTo("'@SUM(1,2)");
        assertThat(back.wifiStatus()).isEqualTo("'-2+3");
        assertThat(back.faults()).isEqualTo("line1  line2,\"quoted\"");
        assertThat(back.firmwareVersion()).isEqualTo("v2 beta");
        List<String> cells = SampleCsv.parseLine(content.lines().skip(1).findFirst().orElseThrow());
        for (Field<?> c : CsvSchema.columns()) {
            if (c.type() == Field.Type.TEXT) {
                assertThat(cells.get(CsvSchema.header().indexOf(c.name()))).as(c.name()).doesNotStartWith("=")
                        .doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
            }
        }
    }

    @Test
    void appendAfterCloseIsAProgrammingError() throws IOException {
        CsvMetricsStore store = open(daily(tmp), log::add);
        store.close();

        assertThatThrownBy(() -> store.appendCycle(cycle(T, 1))).isInstanceOf(IllegalStateException.class);
    }
}
