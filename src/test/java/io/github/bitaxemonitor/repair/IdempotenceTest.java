package io.github.bitaxemonitor.repair;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.store.SampleCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
