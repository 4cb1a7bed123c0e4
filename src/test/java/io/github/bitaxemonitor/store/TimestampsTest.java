package io.github.bitaxemonitor.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimestampsTest {
    private static final String CHARS = "0123456789-T:.Z+ x";

    @Test
    void formatsEveryMillisecondInstantAsInstantToStringDoes() {
        Random random = new Random(11);
        for (int i = 0; i < 200_000; i++) {
            Instant t = Instant.ofEpochMilli(random.nextLong() % 400_000_000_000_000L);
            assertThat(Timestamps.format(t)).isEqualTo(t.toString());
        }
    }

    @Test
    void formatsWholeSecondsAndRoundMillisecondsLikeInstantToString() {
        for (String text : new String[] {"2026-11-21T01:51:00Z", "2026-11-21T01:51:00.100Z", "1970-01-01T00:00:00Z",
                "9999-12-31T23:59:59.999Z", "2024-02-29T12:00:00.001Z"}) {
            assertThat(Timestamps.format(Instant.parse(text))).isEqualTo(text);
        }
    }

    @Test
    void leavesNanosecondsAndFarYearsToInstantToString() {
        Instant nanos = Instant.parse("2026-11-21T01:51:00.123456789Z");
        Instant far = Instant.parse("+10000-01-01T00:00:00Z");
        Instant before1970 = Instant.parse("1969-12-31T23:59:59.500Z");
        assertThat(Timestamps.format(nanos)).isEqualTo("2026-11-21T01:51:00.123456789Z");
        assertThat(Timestamps.format(far)).isEqualTo(far.toString());
        assertThat(Timestamps.format(before1970)).isEqualTo("1969-12-31T23:59:59.500Z");
    }

    @Test
    void parsesWhatItFormats() {
        Random random = new Random(12);
        for (int i = 0; i < 100_000; i++) {
            Instant t = Instant.ofEpochMilli(Math.floorMod(random.nextLong(), 253_402_300_800_000L));
            assertThat(Timestamps.parse(Timestamps.format(t))).isEqualTo(t);
        }
    }

    @Test
    void agreesWithInstantParseOnDamagedText() {
        Random random = new Random(13);
        String[] seeds = {"2026-11-21T01:51:00.143Z", "2026-11-21T01:51:00Z"};
        for (int i = 0; i < 200_000; i++) {
            char[] text = seeds[i % 2].toCharArray();
            for (int k = random.nextInt(3); k >= 0; k--) {
                text[random.nextInt(text.length)] = CHARS.charAt(random.nextInt(CHARS.length()));
            }
            assertSameAsInstantParse(new String(text));
        }
    }

    @Test
    void agreesWithInstantParseOnImpossibleDatesAndTimes() {
        for (String text : new String[] {"2026-02-30T00:00:00Z", "2025-02-29T00:00:00Z", "2026-13-01T00:00:00Z",
                "2026-00-01T00:00:00Z", "2026-11-00T00:00:00Z", "2026-11-21T24:00:00Z", "2026-11-21T23:60:00Z",
                "2026-12-31T23:59:60Z", "2026-11-21T01:51:00.1Z", "2026-11-21T01:51:00,143Z", "0000-01-01T00:00:00Z",
                "2026-11-21t01:51:00Z", "2026-11-21T01:51:00z", "", "2026-11-21T01:51:00.143+01:00"}) {
            assertSameAsInstantParse(text);
        }
    }

    @Test
    void rejectsTextThatIsNotATimestamp() {
        assertThatThrownBy(() -> Timestamps.parse("yesterday")).isInstanceOf(DateTimeParseException.class);
    }

    private static void assertSameAsInstantParse(String text) {
        Instant expected;
        try {
            expected = Instant.parse(text);
        } catch (DateTimeParseException e) {
            assertThat(catchThrowable(() -> Timestamps.parse(text))).as(text)
                    .isInstanceOf(DateTimeParseException.class);
            return;
        }
        assertThat(Timestamps.parse(text)).as(text).isEqualTo(expected);
    }
}
