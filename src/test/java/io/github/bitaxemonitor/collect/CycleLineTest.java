package io.github.bitaxemonitor.collect;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.health.Condition;
import io.github.bitaxemonitor.health.Judgement;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.MinerKind;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.testing.Samples;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CycleLineTest {
    private static final Instant AT = Instant.parse("2025-06-01T12:34:56Z");

    /** Each row with a judgement that names only its status, as the collector would have judged it. */
    static List<Outcome> outcomes(List<Sample> rows) {
        return rows.stream().map(r -> new Outcome(new MinerEndpoint("127.0.0.1", 80, null, MinerKind.BITAXE), r,
                r.status() == Status.ONLINE ? Judgement.of() : Judgement.of(Condition.of(r.status(), null)))).toList();
    }

    private static Sample.Builder gamma(String addr) {
        return Samples.gamma(addr, AT);
    }

    private static Sample failed(String addr, Status status) {
        return Sample.builder().timestamp(AT).address(addr).status(status).error("x").build();
    }

    @Test
    void summarisesTheFleetAndNamesTheProblems() {
        List<Sample> rows = List.of(
                gamma("127.0.0.1:80").hashrateGhs(1000.0).powerW(18.0).build(),
                gamma("127.0.0.2:80").alias("gamma-02").status(Status.HOT).hashrateGhs(1000.0).powerW(20.0).build(),
                failed("127.0.0.9:80", Status.OFFLINE));
        CycleReport r = new CycleReport(7, AT, outcomes(rows), 3, 1, Path.of("x.csv"), null, 0, List.of());

        assertThat(CycleLine.format(r, ZoneOffset.UTC)).isEqualTo(
                "12:34:56  ok 1/3  2.00 TH/s  38.0 W  19.0 J/TH  OFFLINE: 127.0.0.9:80; HOT: gamma-02"
                        + "  rows 3, dropped 1");
    }

    @Test
    void smallFleetsAreShownInGigahashAndFailedWritesSaySo() {
        List<Sample> rows = List.of(gamma("127.0.0.1:80").hashrateGhs(480.5).powerW(12.0).build());
        CycleReport r = new CycleReport(1, AT, outcomes(rows), 0, 0, null, "No space left on device", 3, List.of());

        assertThat(CycleLine.format(r, ZoneOffset.UTC))
                .isEqualTo("12:34:56  ok 1/1  480.5 GH/s  12.0 W  25.0 J/TH  NOT WRITTEN (3 rows held)");
        assertThat(CycleLine.writeError(r, ZoneOffset.UTC)).isEqualTo("12:34:56  could not write the cycle: "
                + "No space left on device; 3 rows held for the next try, polling goes on");
    }

    @Test
    void longProblemListsStayOnOneLine() {
        List<Sample> rows = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            rows.add(failed("127.0.0." + i + ":80", Status.TIMEOUT));
        }
        String problems = CycleLine.problems(rows);
        assertThat(problems).isEqualTo(
                "TIMEOUT: 127.0.0.1:80, 127.0.0.2:80, 127.0.0.3:80, 127.0.0.4:80, 127.0.0.5:80 +3 more");
    }

    @Test
    void minerNamesCannotControlTheTerminal() {
        List<Sample> rows = List.of(gamma("127.0.0.1:80").hostname("evil\u001b[2J").hashrateGhs(0.0)
                .status(Status.NO_HASH).build());
        assertThat(CycleLine.problems(rows)).isEqualTo("NO HASH: evil\\x1B[2J");
    }

    @Test
    void unitsScaleWithTheFleet() {
        assertThat(CycleLine.hashrate(999.94)).isEqualTo("999.9 GH/s");
        assertThat(CycleLine.hashrate(12_840)).isEqualTo("12.84 TH/s");
        assertThat(CycleLine.hashrate(2_500_000)).isEqualTo("2.50 PH/s");
        assertThat(CycleLine.power(231.46)).isEqualTo("231.5 W");
        assertThat(CycleLine.power(19_000)).isEqualTo("19.00 kW");
    }
}
