package io.github.bitaxemonitor.analyze.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.health.Condition;
import io.github.bitaxemonitor.health.Judgement;
import io.github.bitaxemonitor.model.Status;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ByteCellsTest {
    private static double dec(String s) {
        byte[] b = ("x," + s + ",y").getBytes(StandardCharsets.US_ASCII);
        return ByteCells.decimal(b, 2, 2 + s.length());
    }

    @Test
    void decimalsReadExactlyAsDoubleParseDoubleReadsThem() {
        Random r = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            long whole = r.nextInt(5) == 0 ? r.nextInt(10) : (long) (r.nextDouble() * Math.pow(10, r.nextInt(10)));
            int places = r.nextInt(8);
            String frac = places == 0 ? "" : "." + String.format("%0" + places + "d", (long) (r.nextDouble() * Math.pow(10, places)));
            String s = (r.nextInt(10) == 0 ? "-" : "") + whole + frac;
            assertThat(dec(s)).as(s).isEqualTo(Double.parseDouble(s));
        }
        for (String s : List.of("0", "-0", "1e3", "1.5E-2", "123456789012345678", "0.1234567890123456789", ".5", "5.",
                "00012.50", " 1", "1 ")) {
            assertThat(dec(s)).as(s).isEqualTo(Double.parseDouble(s));
        }
    }

    @Test
    void cellsThatAreNotNumbersReadAsAbsent() {
        for (String s : List.of("", "-", "abc", "1.2.3", "NaN", "Infinity", "1,5")) {
            assertThat(dec(s)).as(s).isNaN();
        }
        assertThat(ByteCells.count("x12y".getBytes(StandardCharsets.US_ASCII), 1, 3)).isEqualTo(12);
        assertThat(ByteCells.count("-5".getBytes(StandardCharsets.US_ASCII), 0, 2)).isEqualTo(-1);
        assertThat(ByteCells.count("1.5".getBytes(StandardCharsets.US_ASCII), 0, 3)).isEqualTo(-1);
    }

    @Test
    void timestampsReadAsInstantParseReadsThem() {
        ByteCells cells = new ByteCells();
        Random r = new Random(3);
        for (int i = 0; i < 50_000; i++) {
            Instant t = Instant.ofEpochMilli(r.nextLong(4_102_444_800_000L));
            String s = t.toString();
            byte[] b = s.getBytes(StandardCharsets.US_ASCII);
            assertThat(cells.epochMillis(b, 0, b.length)).as(s).isEqualTo(Instant.parse(s).toEpochMilli());
        }
        for (String s : List.of("2026-11-21T01:51:00Z", "2026-11-21T01:51:00.1Z", "2026-11-21T01:51:00.123456Z",
                "2026-11-21T01:51:00+01:00", "2026-11-21T24:00:00Z")) {
            byte[] b = s.getBytes(StandardCharsets.US_ASCII);
            assertThat(cells.epochMillis(b, 0, b.length)).as(s).isEqualTo(Instant.parse(s).toEpochMilli());
        }
        for (String s : List.of("2026-13-21T01:51:00Z", "2026-02-30T01:51:00Z", "yesterday")) {
            byte[] b = s.getBytes(StandardCharsets.US_ASCII);
            assertThat(cells.epochMillis(b, 0, b.length)).as(s).isEqualTo(Long.MIN_VALUE);
        }
    }

    private static int statuses(String cell) {
        byte[] b = cell.getBytes(StandardCharsets.UTF_8);
        return ByteCells.statuses(b, 0, b.length);
    }

    private static int bits(Status... s) {
        int b = 0;
        for (Status x : s) {
            b |= 1 << x.ordinal();
        }
        return b;
    }

    @Test
    void aConditionsCellNamesEveryStatusItsConditionsStartWith() {
        String judged = Judgement.of(Condition.of(Status.STALLED, "shares 0 for 900 s"),
                new Condition(Status.HOT, "HOT asic 73.1C >= 70", 73.1, 70.0), Condition.of(Status.NO_HASH, null)).text();
        assertThat(statuses(judged)).isEqualTo(bits(Status.HOT, Status.NO_HASH, Status.STALLED));
        assertThat(statuses("PAUSED")).isEqualTo(bits(Status.PAUSED));
        assertThat(statuses("")).isZero();
        // A word that only starts like a label, text that is no condition, hostile bytes: nothing made up.
        assertThat(statuses("HOTTER 80C; OVERHEATED; \u202eHOT; =NO HASH; REJECTX")).isZero();
        assertThat(statuses("REBOOTED uptime 40 s;REJECT 12% > 10")).isEqualTo(bits(Status.REBOOTED, Status.REJECT));
    }
}
