package io.github.bitaxemonitor.repair;

import static io.github.bitaxemonitor.repair.Fixture.header;
import static io.github.bitaxemonitor.repair.Fixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.model.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsTest {
    private static final Duration HOUR = Duration.ofHours(1);

    @TempDir
    Path dir;

    /** One miner sampled every 30 s for 20 samples, then a 10-minute pause, then 10 more samples. */
    private Path minerWithOneGap() throws IOException {
        List<String> rows = new ArrayList<>();
        rows.add(header());
        Instant t = Fixture.T0;
        for (int i = 0; i < 30; i++) {
            t = t.plusSeconds(i == 20 ? 600 : 30);
            rows.add(Fixture.row(Fixture.sample(0).timestamp(t).hashrateGhs(1000.0 + (i % 3) * 100)
                    .status(i == 5 ? Status.HOT : Status.ONLINE)));
        }
        Path p = dir.resolve("m.csv");
        Files.write(p, lines(rows.toArray(String[]::new)));
        return p;
    }

    private static ScanOptions at(Instant now) {
        return new ScanOptions(Clock.fixed(now, ZoneOffset.UTC), DuplicateWindow.DEFAULT_WINDOW);
    }

    @Test
    void figuresStatusesAndGapsPerMiner() throws IOException {
        StatsReport r = Stats.collect(List.of(minerWithOneGap()), HOUR, at(Fixture.T0.plusSeconds(1500)),
                Progress.none());

        assertThat(r.rows()).isEqualTo(30);
        assertThat(r.miners()).hasSize(1);
        StatsReport.Miner m = r.miners().get(0);
        assertThat(m.samples()).isEqualTo(30);
        assertThat(m.hashrateGhs().min()).isEqualTo(1000.0);
        assertThat(m.hashrateGhs().max()).isEqualTo(1200.0);
        assertThat(m.hashrateGhs().avg()).isEqualTo(1100.0);
        assertThat(m.statuses()).containsEntry("ONLINE", 29L).containsEntry("HOT", 1L);
        assertThat(m.medianIntervalS()).isCloseTo(30.0, org.assertj.core.data.Offset.offset(0.5));
        assertThat(m.gaps()).isEqualTo(1);
        assertThat(m.largestGaps()).hasSize(1);
        assertThat(m.largestGaps().get(0).seconds()).isEqualTo(600.0);
        assertThat(r.files().get(0).verdict()).isEqualTo("OK");
    }

    @Test
    void verdictIsStaleWhenTheNewestRowIsOld() throws IOException {
        StatsReport r = Stats.collect(List.of(minerWithOneGap()), HOUR, at(Fixture.T0.plusSeconds(86_400)),
                Progress.none());

        assertThat(r.files().get(0).verdict()).isEqualTo("STALE");
    }

    @Test
    void verdictIsDamagedWithProblemsAndEmptyWithoutRows() throws IOException {
        Path damaged = dir.resolve("d.csv");
        Files.write(damaged, lines(header(), Fixture.row(0), "", Fixture.row(1)));
        Path empty = dir.resolve("e.csv");
        Files.write(empty, lines(header()));

        StatsReport r = Stats.collect(List.of(damaged, empty), HOUR, Fixture.SCAN, Progress.none());

        assertThat(r.files()).extracting(StatsReport.FileHealth::verdict).containsExactly("DAMAGED", "EMPTY");
        assertThat(r.files().get(0).problems()).isEqualTo(1);
    }
}
