package io.github.bitaxemonitor.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitaxemonitor.model.Field;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.testing.Samples;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleCsvTest {
    private static final Instant T = Instant.parse("2026-11-20T10:15:30Z");

    @Test
    void rowRoundTripsEveryStoredField() {
        Sample s = Samples.gamma("127.0.0.1:8081", T).alias("desk, \"left\"").build();
        List<String> problems = new ArrayList<>();

        Sample back = SampleCsv.decoder(CsvSchema.header()).decode(SampleCsv.parseLine(SampleCsv.row(s)),
                problems::add);

        assertThat(problems).isEmpty();
        assertThat(back).isEqualTo(s);
    }

    @Test
    void derivedColumnsAreWrittenFromTheirSources() {
        Sample s = Samples.gamma("127.0.0.1:8081", T).build();
        List<String> cells = SampleCsv.parseLine(SampleCsv.row(s));

        assertThat(cells.get(CsvSchema.header().indexOf("efficiency_j_per_th"))).isEqualTo("17.919");
        assertThat(cells.get(CsvSchema.header().indexOf("clock_config"))).isEqualTo("525MHz@1150mV");
        assertThat(cells.get(CsvSchema.header().indexOf("reject_pct"))).isEqualTo("0.079");
    }

    @Test
    void rowIsOneLineWhateverTheText() {
        Sample s = Samples.gamma("127.0.0.1:8081", T).hostname("evil\nname\r,\"x\"").build();
        Sample clean = SampleCsv.validate(s, r -> { });

        assertThat(SampleCsv.row(clean)).doesNotContain("\n", "\r");
    }

    @Test
    void implausibleNumbersAreDroppedAndReported() {
        Sample s = Samples.gamma("127.0.0.1:8081", T).asicTempC(4000.0).powerW(-3.0).build();
        List<String> rejected = new ArrayList<>();

        Sample clean = SampleCsv.validate(s, rejected::add);

        assertThat(clean.asicTempC()).isNull();
        assertThat(clean.powerW()).isNull();
        assertThat(clean.hashrateGhs()).isEqualTo(1071.5);
        assertThat(rejected).containsExactly("power_w=-3.0", "asic_temp_c=4000.0");
    }

    @Test
    void olderHeaderWithFewerColumnsStillDecodesByName() {
        List<String> header = List.of("timestamp_utc", "address", "status", "hashrate_ghs");
        Sample s = SampleCsv.decoder(header)
                .decode(List.of("2026-11-20T10:15:30Z", "127.0.0.5:80", "NO HASH", "0"), p -> { });

        assertThat(s.status()).isEqualTo(Status.NO_HASH);
        assertThat(s.hashrateGhs()).isZero();
        assertThat(s.powerW()).isNull();
    }

    @Test
    void badCellIsReportedByColumnAndLeftEmpty() {
        List<String> header = List.of("timestamp_utc", "address", "status", "power_w");
        List<String> problems = new ArrayList<>();
        Sample s = SampleCsv.decoder(header)
                .decode(List.of("2026-11-20T10:15:30Z", "a:80", "ONLINE", "lots"), problems::add);

        assertThat(s.powerW()).isNull();
        assertThat(problems).singleElement().asString().startsWith("power_w: not a valid decimal");
    }

    @Test
    void rowWithoutTimestampIsNotASample() {
        List<String> problems = new ArrayList<>();
        Sample s = SampleCsv.decoder(List.of("timestamp_utc", "address", "status"))
                .decode(List.of("yesterday", "a:80", "ONLINE"), problems::add);

        assertThat(s).isNull();
        assertThat(problems).hasSize(2);
    }

    @Test
    void unterminatedQuoteIsMalformedWithAPlainMessage() {
        assertThatThrownBy(() -> SampleCsv.parseLine("a,\"b,c")).isInstanceOf(SampleCsv.MalformedRowException.class)
                .hasMessage("not valid CSV: a quoted cell is not closed");
        assertThatThrownBy(() -> SampleCsv.parseLine("a,\"b\"x,c")).hasMessage("not valid CSV: text after a closing quote");
    }

    @Test
    void decimalsArePlainWithBoundedPlaces() {
        assertThat(SampleCsv.formatDecimal(1071.0, 6)).isEqualTo("1071");
        assertThat(SampleCsv.formatDecimal(5.09375, 6)).isEqualTo("5.09375");
        assertThat(SampleCsv.formatDecimal(5.09375, 3)).isEqualTo("5.094");
        assertThat(SampleCsv.formatDecimal(1e15 + 0.5, 6)).isEqualTo("1000000000000000.5");
        assertThat(SampleCsv.formatDecimal(4.29e18, 6)).isEqualTo("4290000000000000000");
        assertThat(SampleCsv.formatDecimal(0.0001, 6)).isEqualTo("0.0001");
        assertThat(SampleCsv.formatDecimal(0.0001, 3)).isEqualTo("0");
    }

    @Test
    void quoteFreeFastPathSplitsExactlyAsCommonsCsvDoes() throws Exception {
        java.util.Random r = new java.util.Random(11);
        String alphabet = "ab,, 1.5-";
        for (int i = 0; i < 2_000; i++) {
            StringBuilder line = new StringBuilder();
            for (int n = r.nextInt(12); n > 0; n--) {
                line.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            List<String> viaCommons;
            try (org.apache.commons.csv.CSVParser p = org.apache.commons.csv.CSVParser.parse(line.toString(),
                    SampleCsv.FORMAT)) {
                List<org.apache.commons.csv.CSVRecord> recs = p.getRecords();
                viaCommons = recs.isEmpty() ? List.of("") : recs.get(0).toList();
            }
            assertThat(SampleCsv.parseLine(line.toString())).as("line '%s'", line).isEqualTo(viaCommons);
        }
    }

    @Test
    void strayCarriageReturnStillGoesThroughCommonsCsv() {
        assertThatThrownBy(() -> SampleCsv.parseLine("a\rb,c")).isInstanceOf(SampleCsv.MalformedRowException.class);
    }

    @Test
    void decimalsMatchExactDecimalRoundingAndReadBackToTheSameText() {
        java.util.Random r = new java.util.Random(23);
        for (int i = 0; i < 200_000; i++) {
            double v = switch (i % 4) {
                case 0 -> r.nextDouble() * 100;
                case 1 -> (r.nextDouble() - 0.5) * 2e7;
                case 2 -> r.nextInt(100_000) / 1000.0 + r.nextGaussian() * 1e-9;
                default -> r.nextDouble() * 1e-2;
            };
            for (int places : new int[] {3, 6}) {
                String text = SampleCsv.formatDecimal(v, places);
                java.math.BigDecimal exact = new java.math.BigDecimal(v).setScale(places, java.math.RoundingMode.HALF_UP);
                // Only an exact tie (x.5 at the last place) may round either way.
                assertThat(new java.math.BigDecimal(text).subtract(exact).abs())
                        .as("%s at %d places -> %s", v, places, text)
                        .isLessThanOrEqualTo(java.math.BigDecimal.ONE.movePointLeft(places));
                assertThat(text).doesNotContain("E").doesNotEndWith(".").doesNotEndWith("0.");
                if (text.contains(".")) {
                    assertThat(text).doesNotEndWith("0");
                }
                assertThat(SampleCsv.formatDecimal(Double.parseDouble(text), places)).isEqualTo(text);
                if (places == 6) {
                    assertThat(SampleCsv.storedValue(v)).isEqualTo(Double.parseDouble(text));
                }
            }
        }
    }

    @Test
    void encodedRowsAreExactlyWhatCommonsCsvWouldPrint() throws Exception {
        java.util.Random r = new java.util.Random(29);
        String[] hostile = {"a,b", "say \"hi\"", " lead", "trail ", "#hash", "!bang", "=1+1", "", "x"};
        for (int i = 0; i < 2_000; i++) {
            Sample s = Samples.gamma("127.0.0.1:" + (8000 + i), T.plusSeconds(i))
                    .hostname(hostile[r.nextInt(hostile.length)]).poolUser(hostile[r.nextInt(hostile.length)])
                    .powerW(r.nextBoolean() ? null : r.nextDouble() * 100).asicTempC(-r.nextDouble())
                    .build();
            StringBuilder reference = new StringBuilder();
            try (org.apache.commons.csv.CSVPrinter p = new org.apache.commons.csv.CSVPrinter(reference,
                    SampleCsv.FORMAT)) {
                for (Field<?> c : CsvSchema.columns()) {
                    p.print(SampleCsv.cell(c, c.get(SampleCsv.decoder(CsvSchema.header())
                            .decode(SampleCsv.parseLine(SampleCsv.row(s)), x -> { }))));
                }
                p.println();
            }
            StringBuilder fast = new StringBuilder();
            SampleCsv.appendRow(s, fast);
            assertThat(fast.toString()).isEqualTo(reference.toString());
        }
    }
}
