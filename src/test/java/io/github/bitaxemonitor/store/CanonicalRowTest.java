package io.github.bitaxemonitor.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.testing.Samples;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Differential proof of the fast check: whenever {@link CanonicalRow} accepts a line, the full path (parse, decode,
 * validate, re-encode) keeps exactly that line with no problem and the same sample. Thousands of random rows and
 * randomly damaged rows, with fixed seeds so a failure replays.
 */
class CanonicalRowTest {
    private static final SampleCsv.Decoder CURRENT = SampleCsv.decoder(CsvSchema.header());

    @Test
    void everyLineItAcceptsTheFullRoundTripKeepsUnchangedWithTheSameSample() {
        int accepted = 0;
        int canonical = 0;
        int cases = 0;
        for (long seed = 0; seed < 4; seed++) {
            RandomRows rows = new RandomRows(seed);
            CanonicalRow fast = new CanonicalRow();
            for (int i = 0; i < 1_000; i++) {
                byte[] line = rows.line(rows.sample());
                List<byte[]> variants = new ArrayList<>(List.of(line));
                byte[] damaged = line;
                for (int d = 0; d < 4; d++) {
                    damaged = rows.damage(d == 2 ? line : damaged);
                    variants.add(damaged);
                }
                for (byte[] v : variants) {
                    cases++;
                    Sample quick = fast.read(v);
                    Sample full = fullPath(v);
                    canonical += full != null ? 1 : 0;
                    if (quick != null) {
                        accepted++;
                        assertThat(full).as("seed %d: %s", seed, new String(v, StandardCharsets.UTF_8))
                                .isEqualTo(quick);
                    }
                }
            }
        }
        assertThat(cases).isEqualTo(20_000);
        // This mix is hostile on purpose: most canonical lines in it hold a quoted or non-ASCII cell, a date before
        // 1970 or a number too large for the short decimal form, all of which are left to the full path.
        assertThat(accepted).as("not vacuous: %d of %d canonical lines recognised", accepted, canonical)
                .isGreaterThan(canonical / 5);
    }

    @Test
    void rowsOfOrdinarySamplesAreRecognised() {
        CanonicalRow fast = new CanonicalRow();
        Instant t = Instant.parse("2026-11-20T10:00:00Z");
        for (int i = 0; i < 1_000; i++) {
            Sample s = SampleCsv.validate(Samples.gamma("127.0.0." + (i % 7), t.plusMillis(1_234L * i))
                    .hashrateGhs(1000 + i / 7.0).asicTempC(50 + (i % 100) / 8.0).wifiRssiDbm(-40L - i % 50)
                    .sharesAccepted(15_000L + i).build(), r -> { });
            byte[] line = SampleCsv.row(s).getBytes(StandardCharsets.UTF_8);

            assertThat(fast.read(line)).as(SampleCsv.row(s)).isEqualTo(fullPath(line)).isNotNull();
        }
    }

    @Test
    void linesTheFullPathWouldChangeOrFlagAreLeftToIt() {
        CanonicalRow fast = new CanonicalRow();
        String row = SampleCsv.row(Samples.gamma("127.0.0.1", Instant.parse("2026-11-20T10:00:00.5Z")).build());
        assertThat(fast.read(row.getBytes(StandardCharsets.UTF_8))).isNotNull();
        for (String changed : List.of(row.replace("1071.5", "1071.50"), row.replace("58.25", "4000"),
                row.replace("bitaxe-gamma", "=gamma"), row.replace(".500Z", ".5Z"), row + ",", row.replace(",", ",,"),
                row.replace("bitaxe-gamma", "timestamp_utc"), row.replace("ONLINE", "online"), row + "\0")) {
            assertThat(fast.read(changed.getBytes(StandardCharsets.UTF_8))).as(changed).isNull();
        }
    }

    /**
     * What the full path makes of a line: the sample when the line is clean and already canonical, that is when
     * csv-repair would keep it unchanged without reporting anything about it; null otherwise.
     */
    private static Sample fullPath(byte[] bytes) {
        if (!strictUtf8(bytes) || new String(bytes, StandardCharsets.UTF_8).chars().anyMatch(c -> c == 0 || c == '\r'
                || c == '\uFEFF')) {
            return null; // NUL, CR, a BOM or bad UTF-8 are reported and removed
        }
        String line = new String(bytes, StandardCharsets.UTF_8);
        List<String> cells;
        try {
            cells = SampleCsv.parseLine(line);
        } catch (SampleCsv.MalformedRowException e) {
            return null;
        }
        if (cells.stream().anyMatch(c -> c.strip().equals("timestamp_utc"))) {
            return null; // read as a header line
        }
        List<String> problems = new ArrayList<>();
        Sample decoded = CURRENT.decode(cells, problems::add);
        if (decoded == null || !problems.isEmpty()) {
            return null;
        }
        Sample valid = SampleCsv.validate(decoded, problems::add);
        if (!problems.isEmpty() || !valid.equals(decoded) || !SampleCsv.row(valid).equals(line)) {
            return null;
        }
        return valid;
    }

    private static boolean strictUtf8(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
