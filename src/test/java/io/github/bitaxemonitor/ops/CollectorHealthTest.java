package io.github.bitaxemonitor.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.testing.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectorHealthTest {
    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(Heartbeats.AT);

    @Test
    void aFreshHeartbeatIsHealthyAndSaysHowLongAgoTheCycleWas() {
        clock.advance(Duration.ofSeconds(2));
        PluginOutput out = CollectorHealth.judge(Heartbeats.healthy(), clock.instant(), null);

        assertThat(out.status()).isEqualTo(PluginStatus.OK);
        assertThat(out.plain()).startsWith("collector healthy, cycle 2s ago; 12 miners every 30s (1 offline)")
                .contains("disk 33 % full");
    }

    @Test
    void aHeartbeatOlderThanThreeIntervalsMeansTheCollectorStopped() {
        clock.advance(Duration.ofMinutes(5));
        PluginOutput out = CollectorHealth.judge(Heartbeats.healthy(), clock.instant(), null);

        assertThat(out.status()).isEqualTo(PluginStatus.CRITICAL);
        assertThat(out.plain()).startsWith("collector stopped 5 min ago (no cycle since, expected every 30s)");
    }

    @Test
    void justUnderTheStaleLimitIsStillHealthy() {
        Heartbeat h = Heartbeats.healthy();
        clock.advance(CollectorHealth.staleAfter(h));
        assertThat(CollectorHealth.judge(h, clock.instant(), null).status()).isEqualTo(PluginStatus.OK);
        clock.advance(Duration.ofSeconds(1));
        assertThat(CollectorHealth.judge(h, clock.instant(), null).status()).isEqualTo(PluginStatus.CRITICAL);
    }

    @Test
    void aStopMarkIsStoppedAtOnceAndCountsFromTheStop() {
        Heartbeat h = Heartbeats.healthy().stopped(Heartbeats.AT.plusSeconds(10));
        clock.advance(Duration.ofSeconds(10 + 300));

        PluginOutput out = CollectorHealth.judge(h, clock.instant(), null);

        assertThat(out.status()).isEqualTo(PluginStatus.CRITICAL);
        assertThat(out.plain()).startsWith("collector stopped 5 min ago;");
    }

    @Test
    void cyclesLongerThanTheIntervalAreAWarning() {
        PluginOutput out = CollectorHealth.judge(Heartbeats.withCycle(Duration.ofSeconds(42)), clock.instant(), null);

        assertThat(out.status()).isEqualTo(PluginStatus.WARNING);
        assertThat(out.plain()).startsWith("cycles too slow: 42s per cycle, interval 30s");
    }

    @Test
    void aSlowCycleDelaysTheStaleLimitByAsMuch() {
        Heartbeat h = Heartbeats.withCycle(Duration.ofSeconds(60));
        clock.advance(Duration.ofSeconds(150));
        assertThat(CollectorHealth.judge(h, clock.instant(), null).status()).isEqualTo(PluginStatus.WARNING);
    }

    @Test
    void diskNinetyTwoPercentFullIsAWarningAndNinetySixIsCritical() {
        PluginOutput warn = CollectorHealth.judge(Heartbeats.withDisk(8 * Heartbeats.GB, 92 * Heartbeats.GB),
                clock.instant(), null);
        PluginOutput crit = CollectorHealth.judge(Heartbeats.withDisk(4 * Heartbeats.GB, 96 * Heartbeats.GB),
                clock.instant(), null);

        assertThat(warn.status()).isEqualTo(PluginStatus.WARNING);
        assertThat(warn.plain()).startsWith("disk 92 % full (8.0 GB free)");
        assertThat(crit.status()).isEqualTo(PluginStatus.CRITICAL);
    }

    @Test
    void littleSpaceLeftIsCriticalOnAnyDiskSize() {
        PluginOutput out = CollectorHealth.judge(Heartbeats.withDisk(50_000_000, 1_000_000_000), clock.instant(),
                null);
        assertThat(out.status()).isEqualTo(PluginStatus.CRITICAL);
    }

    @Test
    void failingWritesAreCriticalWithTheReasonAndTheHeldRows() {
        PluginOutput out = CollectorHealth.judge(Heartbeats.failingWrites(3, "No space left on device", 36),
                clock.instant(), null);

        assertThat(out.status()).isEqualTo(PluginStatus.CRITICAL);
        assertThat(out.plain()).startsWith("writes failing for 3 cycles: No space left on device, 36 rows held");
    }

    @Test
    void severalProblemsAreAllNamedAndTheWorstDecides() {
        Heartbeat slowAndFull = Heartbeats.withDisk(4 * Heartbeats.GB, 96 * Heartbeats.GB);
        slowAndFull = new Heartbeat(slowAndFull.pid(), slowAndFull.startedAt(), slowAndFull.writtenAt(), 1,
                slowAndFull.cycleStarted(), Duration.ofSeconds(40), slowAndFull.interval(), 12, 12, 12, 0, null, 0,
                0, null, slowAndFull.disk(), slowAndFull.process(), slowAndFull.host());

        PluginOutput out = CollectorHealth.judge(slowAndFull, clock.instant(), null);

        assertThat(out.status()).isEqualTo(PluginStatus.CRITICAL);
        assertThat(out.plain()).contains("disk 96 % full", "cycles too slow");
    }

    @Test
    void aHeartbeatFromTheFutureIsUnknown() {
        PluginOutput out = CollectorHealth.judge(Heartbeats.healthy(), Heartbeats.AT.minus(Duration.ofHours(3)),
                null);

        assertThat(out.status()).isEqualTo(PluginStatus.UNKNOWN);
        assertThat(out.plain()).startsWith("heartbeat dated 3 h in the future");
    }

    @Test
    void nagiosLineHasTheServiceStatusTextAndPerfdataWithThresholds() {
        clock.advance(Duration.ofSeconds(4));
        DiskForecast forecast = DiskForecast.of(List.of(), 12, Duration.ofSeconds(30));

        String line = CollectorHealth.judge(Heartbeats.healthy(), clock.instant(), forecast).nagios();

        assertThat(line).startsWith("MONITOR OK - collector healthy, cycle 4s ago;").contains("data ~")
                .contains(" | age=4s;;100 cycle=1.8s;30; ", " rows=12 ", " disk=33.3%;90;95 ", " rss=80000000B ",
                        " sockets=13 ", " load1=0.5 ", " host_temp=48.3 ", " month=");
        assertThat(line.chars().filter(c -> c == '|').count()).isOne();
    }

    @Test
    void factsTheOsDidNotGiveAreLeftOutOfThePerfdataNotShownAsZero() {
        String line = CollectorHealth.judge(Heartbeats.withoutOsFacts(), clock.instant(), null).nagios();

        assertThat(line).doesNotContain("rss=", "fds=", "sockets=", "load1=", "host_temp=", "disk=", "disk %");
        assertThat(line).startsWith("MONITOR OK");
    }

    @Test
    void noHeartbeatFileIsUnknownSayingWhy() {
        PluginOutput out = CollectorHealth.check(HeartbeatFile.in(dir), clock.instant(), null);

        assertThat(out.status()).isEqualTo(PluginStatus.UNKNOWN);
        assertThat(out.nagios()).startsWith("MONITOR UNKNOWN - no heartbeat at ").contains("is it running")
                .doesNotContain("\n");
    }

    @Test
    void aHostileWriteErrorCannotBreakTheLineOrTheTerminal() {
        PluginOutput out = CollectorHealth.judge(Heartbeats.failingWrites(1, "disk\u001B[2J | gone\nMONITOR OK", 5),
                clock.instant(), null);

        String line = out.nagios();
        assertThat(line).doesNotContain("\u001B", "\n").contains("disk\\x1B[2J / gone MONITOR OK");
        assertThat(line.chars().filter(c -> c == '|').count()).isOne();
    }

    @Test
    void theDiskIsMeasuredAgainWhenHealthRunsBesideTheData() throws Exception {
        Path file = HeartbeatFile.in(dir);
        HeartbeatFile.write(file, Heartbeats.withDisk(4 * Heartbeats.GB, 96 * Heartbeats.GB), null);
        Heartbeat.Disk now = Heartbeat.Disk.measure(dir);

        PluginOutput out = CollectorHealth.check(file, clock.instant(), null);

        assertThat(out.perf()).filteredOn(p -> p.label().equals("disk_free")).singleElement()
                .satisfies(p -> assertThat(p.value()).isNotEqualTo(4.0 * Heartbeats.GB)
                        .isCloseTo(now.freeBytes(), org.assertj.core.data.Percentage.withPercentage(5)));
    }

    @Test
    void damagedHeartbeatIsUnknownInOneLine() throws Exception {
        Path file = HeartbeatFile.in(dir);
        Files.writeString(file, "{\"format\": 1, \"pid\": 12, \"started_at\": \"2026-");

        PluginOutput out = CollectorHealth.check(file, clock.instant(), null);

        assertThat(out.status()).isEqualTo(PluginStatus.UNKNOWN);
        assertThat(out.nagios()).startsWith("MONITOR UNKNOWN - heartbeat ").contains("unreadable: not JSON")
                .doesNotContain("\n");
    }
}
