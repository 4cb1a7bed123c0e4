package io.github.bitaxemonitor.repair;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.store.SampleCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdempotenceTest {
    @TempDir
    Path dir;

    @Test
    void repairingAFileTheMonitorWroteGivesTheSameBytes() throws IOException {
        Path in = dir.resolve("metrics.csv");
        Files.write(in, Fixture.validFile(50));

        Fixture.Repaired repaired = Fixture.repair(in, dir.resolve("out.csv"));

        assertThat(repaired.output()).isEqualTo(Files.readAllBytes(in));
        assertThat(repaired.quarantine()).isEmpty();
    }

    @Test
    void longFormulaTextStoredByTheMonitorIsStableUnderRepair() throws IOException {
        String stored = SampleCsv.row(SampleCsv.validate(Fixture.sample(0).hostname("=" + "a".repeat(300)).build(),
                r -> { }));
        Path in = dir.resolve("metrics.csv");
        Files.write(in, Fixture.lines(Fixture.header(), stored));

        Fixture.Repaired repaired = Fixture.repair(in, dir.resolve("out.csv"));

        assertThat(repaired.rows()).containsExactly(stored);
        assertThat(repaired.quarantine()).isEmpty();
    }

    @Test
    void randomHostileTextAndNumbersTheMonitorStoredSurviveRepairUnchanged() throws IOException {
        Random r = new Random(11);
        List<String> rows = new ArrayList<>();
        rows.add(Fixture.header());
        for (int i = 0; i < 300; i++) {
            rows.add(SampleCsv.row(SampleCsv.validate(Fixture.sample(i).hostname(text(r)).poolUrl(text(r))
                    .error(text(r)).hashrateGhs(number(r)).powerW(number(r)).inputVoltageV(number(r))
                    .bestDiff(Math.abs(number(r)) * 1e9).build(), x -> { })));
        }
        Path in = dir.resolve("metrics.csv");
        Files.write(in, Fixture.lines(rows.toArray(String[]::new)));

        Fixture.Repaired repaired = Fixture.repair(in, dir.resolve("out.csv"));

        assertThat(repaired.lines()).containsExactlyElementsOf(rows);
        assertThat(repaired.quarantine()).isEmpty();
    }

    /** Text as a hostile miner might send it: CSV syntax, controls, bidi, formula prefixes, astral characters. */
    private static String text(Random r) {
        String[] pieces = {",", "\"", "\n", "\r", "\t", "\u001B[31m", "\u202E", "\u0000", "=", "+", "-", "@", " ",
            "a", "Z", "9", "\u00E9", "\uD83D\uDE00", "\u0085", "'", ";"};
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(4) == 0 ? 250 + r.nextInt(20) : r.nextInt(12);
        for (int i = 0; i < n; i++) {
            sb.append(pieces[r.nextInt(pieces.length)]);
        }
        return sb.toString();
    }

    /** Decimal readings over many magnitudes, some with long fractions. */
    private static double number(Random r) {
        double v = r.nextDouble() * Math.pow(10, r.nextInt(14) - 6);
        return r.nextInt(5) == 0 ? Math.rint(v) : v;
    }
}
