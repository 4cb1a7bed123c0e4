package io.github.bitaxemonitor.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.collect.CycleReport;
import io.github.bitaxemonitor.collect.Outcome;
import io.github.bitaxemonitor.health.Condition;
import io.github.bitaxemonitor.health.Judgement;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.MinerKind;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.testing.TestClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeartbeatWriterTest {
    private static final Instant T0 = Instant.parse("2026-12-06T03:00:00Z");

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(T0);
    private final List<String> errors = new ArrayList<>();

    @Test
    void eachCycleReplacesTheHeartbeatWithItsTimeDurationRowsAndOfflineMiners() throws IOException {
        HeartbeatWriter w = writer(true);
        clock.advance(Duration.ofMillis(1500));
        w.cycleCompleted(report(1, T0, null, 0, online(1), offline(2)));
        Instant second = clock.instant().plusSeconds(28);
        clock.advance(Duration.ofSeconds(30));
        w.cycleCompleted(report(2, second, null, 0, online(1), online(2)));

        Heartbeat h = HeartbeatFile.read(HeartbeatFile.in(dir));
        assertThat(h.cycle()).isEqualTo(2);
        assertThat(h.writtenAt()).isEqualTo(T0.plusMillis(31_500));
        assertThat(h.cycleTook()).isEqualTo(Duration.ofSeconds(2));
        assertThat(h.interval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(h.rowsWritten()).isEqualTo(2);
        assertThat(h.rowsTotal()).isEqualTo(4);
        assertThat(h.miners()).isEqualTo(2);
        assertThat(h.offline()).isZero();
        assertThat(h.pid()).isEqualTo(ProcessHandle.current().pid());
        assertThat(h.startedAt()).isEqualTo(T0);
        assertThat(h.disk()).isNotNull();
        assertThat(h.stoppedAt()).isNull();
    }

    @Test
    void aNewHeartbeatMayBeReadByWhoeverMayReadTheData() throws IOException {
        Path data = dir.resolve("metrics-2026-12-06.csv");
        Files.writeString(data, "timestamp\n");
        Files.setPosixFilePermissions(data, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));

        writer(true).cycleCompleted(new CycleReport(1, T0, List.of(online(1)), 1, 0, data, null, 0, List.of()));

        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(HeartbeatFile.in(dir)))).isEqualTo("rw-r--r--");
    }

    @Test
    void failedWritesAreCountedInARowUntilOneWorks() throws IOException {
        HeartbeatWriter w = writer(true);
        w.cycleCompleted(report(1, T0, "No space left on device", 2, online(1), online(2)));
        w.cycleCompleted(report(2, T0, "No space left on device", 4, online(1), online(2)));
        Heartbeat failing = HeartbeatFile.read(HeartbeatFile.in(dir));
        w.cycleCompleted(report(3, T0, null, 0, online(1), online(2)));

        assertThat(failing.writeFailures()).isEqualTo(2);
        assertThat(failing.writeError()).isEqualTo("No space left on device");
        assertThat(failing.heldRows()).isEqualTo(4);
        assertThat(HeartbeatFile.read(HeartbeatFile.in(dir)).writeFailures()).isZero();
    }

    @Test
    void aCleanStopIsMarkedButAOnceRunIsNot() throws IOException {
        HeartbeatWriter running = writer(true);
        running.cycleCompleted(report(1, T0, null, 0, online(1)));
        clock.advance(Duration.ofSeconds(5));
        running.stopped();
        assertThat(HeartbeatFile.read(HeartbeatFile.in(dir)).stoppedAt()).isEqualTo(T0.plusSeconds(5));

        HeartbeatWriter once = writer(false);
        once.cycleCompleted(report(1, T0, null, 0, online(1)));
        once.stopped();
        assertThat(HeartbeatFile.read(HeartbeatFile.in(dir)).stoppedAt()).isNull();
    }

    @Test
    void aHeartbeatThatCannotBeWrittenIsSaidOnceAndAgainWhenItWorks() throws IOException {
        HeartbeatWriter w = writer(true);
        Files.createDirectory(HeartbeatFile.in(dir)); // a directory where the file goes: every rename fails
        w.cycleCompleted(report(1, T0, null, 0, online(1)));
        w.cycleCompleted(report(2, T0, null, 0, online(1)));
        assertThat(errors).hasSize(1).allMatch(e -> e.startsWith("cannot write the heartbeat "));

        Files.delete(HeartbeatFile.in(dir));
        w.cycleCompleted(report(3, T0, null, 0, online(1)));
        assertThat(errors).hasSize(2);
        assertThat(errors.get(1)).endsWith("written again");
    }

    private HeartbeatWriter writer(boolean markStop) {
        return new HeartbeatWriter(dir, Duration.ofSeconds(30), clock, markStop, errors::add);
    }

    private static CycleReport report(long n, Instant started, String writeError, int held, Outcome... outcomes) {
        int rows = writeError == null ? outcomes.length : 0;
        return new CycleReport(n, started, List.of(outcomes), rows, 0, writeError == null ? Path.of("x.csv") : null,
                writeError, held, List.of());
    }

    private static Outcome online(int i) {
        return outcome(i, Status.ONLINE, Judgement.of());
    }

    private static Outcome offline(int i) {
        return outcome(i, Status.OFFLINE, Judgement.of(Condition.of(Status.OFFLINE, "connection refused")));
    }

    private static Outcome outcome(int i, Status status, Judgement j) {
        MinerEndpoint m = new MinerEndpoint("127.0.0." + i, 80, "bitaxe-" + i, MinerKind.BITAXE);
        return new Outcome(m, Sample.builder().timestamp(T0).address(m.address()).status(status).build(), j);
    }
}
