package io.github.bitaxemonitor.collect;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.testing.Samples;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows of failed writes: held for the next write, bounded, never the current cycle's, and saved or counted at stop. */
class HeldRowsTest {
    private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");
    private final MemoryWriter writer = new MemoryWriter();

    private static List<Sample> cycle(int n, int miners) {
        List<Sample> rows = new ArrayList<>(miners);
        for (int i = 0; i < miners; i++) {
            rows.add(Samples.gamma("127.0.0.1:" + (10_000 + i), T.plusSeconds(30L * n)).build());
        }
        return rows;
    }

    @Test
    void aCycleLargerThanTheCapIsWrittenWholeWithNothingGivenUp() {
        HeldRows held = new HeldRows(HeldRows.MAX_ROWS);

        HeldRows.Attempt a = held.append(writer, cycle(1, 25_000));

        assertThat(a.written().rowsWritten()).isEqualTo(25_000);
        assertThat(a.givenUp()).isNull();
        assertThat(writer.lastCycle()).hasSize(25_000);
    }

    @Test
    void aFailedCycleLargerThanTheCapIsHeldWholeAndWrittenWithTheNext() {
        HeldRows held = new HeldRows(100);
        writer.failuresLeft.set(1);

        HeldRows.Attempt failed = held.append(writer, cycle(1, 250));
        HeldRows.Attempt next = held.append(writer, cycle(2, 250));

        assertThat(failed.held()).isEqualTo(250);
        assertThat(failed.givenUp()).isNull();
        assertThat(next.written().rowsWritten()).isEqualTo(500);
    }

    @Test
    void onlyWholeEarlierCyclesAreGivenUpAndTheLineSaysHowManyAndWhy() {
        HeldRows held = new HeldRows(10);
        writer.failuresLeft.set(4);

        List<HeldRows.Attempt> attempts = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            attempts.add(held.append(writer, cycle(n, 4)));
        }

        assertThat(attempts.subList(0, 2)).allSatisfy(a -> assertThat(a.givenUp()).isNull());
        assertThat(attempts.get(2).givenUp()).isEqualTo("gave up 4 unwritten rows of 1 earlier cycle"
                + " (2026-11-20T10:00:30Z): the data files could not be written for 3 cycles in a row, and at most 10"
                + " unwritten rows are kept in memory");
        assertThat(attempts.get(2).held()).isEqualTo(8);
        assertThat(attempts.get(3).givenUp()).startsWith("gave up 4 unwritten rows of 1 earlier cycle"
                + " (2026-11-20T10:01:00Z)");
        assertThat(attempts.get(4).written().rowsWritten()).as("two held cycles and the current one").isEqualTo(12);
        assertThat(writer.lastCycle()).extracting(Sample::timestamp).containsExactly(
                T.plusSeconds(90), T.plusSeconds(90), T.plusSeconds(90), T.plusSeconds(90),
                T.plusSeconds(120), T.plusSeconds(120), T.plusSeconds(120), T.plusSeconds(120),
                T.plusSeconds(150), T.plusSeconds(150), T.plusSeconds(150), T.plusSeconds(150));
    }

    @Test
    void atStopHeldRowsAreWrittenWhenTheStoreTakesThemAgain() {
        HeldRows held = new HeldRows(HeldRows.MAX_ROWS);
        writer.failuresLeft.set(1);
        held.append(writer, cycle(1, 3));

        HeldRows.Final f = held.finish(writer);

        assertThat(f).isEqualTo(new HeldRows.Final(HeldRows.Ending.WRITTEN,
                "wrote the 3 rows held from failed writes before stopping"));
        assertThat(writer.lastCycle()).hasSize(3);
        assertThat(held.size()).isZero();
    }

    @Test
    void atStopHeldRowsTheStoreStillRefusesGoToARecoveryFile() {
        HeldRows held = new HeldRows(HeldRows.MAX_ROWS);
        writer.failuresLeft.set(3);
        held.append(writer, cycle(1, 3));
        held.append(writer, cycle(2, 3));

        HeldRows.Final f = held.finish(writer);

        assertThat(f.ending()).isEqualTo(HeldRows.Ending.SAVED);
        assertThat(f.line()).isEqualTo("the 6 rows held from failed writes could not be written (No space left on"
                + " device): saved them to data/metrics.recovery-test.csv; the next start merges them back into the"
                + " data files");
        assertThat(writer.recovered).singleElement().asList().hasSize(6);
    }

    @Test
    void atStopRowsThatCanBeNeitherWrittenNorSavedAreCountedAsLost() {
        HeldRows held = new HeldRows(HeldRows.MAX_ROWS);
        writer.failuresLeft.set(2);
        writer.recoveryFails = true;
        held.append(writer, cycle(1, 25));

        HeldRows.Final f = held.finish(writer);

        assertThat(f).isEqualTo(new HeldRows.Final(HeldRows.Ending.LOST, "25 rows LOST: held from failed writes,"
                + " they could not be written (No space left on device) nor saved to a recovery file (no recovery"
                + " file could be written (data: No space left on device))"));
    }

    @Test
    void atStopWithNothingHeldNothingIsSaid() {
        assertThat(new HeldRows(10).finish(writer)).isEqualTo(new HeldRows.Final(HeldRows.Ending.NONE, null));
        assertThat(writer.cycles).isEmpty();
    }
}
