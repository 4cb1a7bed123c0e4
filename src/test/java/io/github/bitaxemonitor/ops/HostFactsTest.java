package io.github.bitaxemonitor.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostFactsTest {
    @TempDir
    Path root;

    @Test
    void readsMemoryLoadAndTheHottestSaneThermalZone() throws IOException {
        write("proc/self/status", "Name:\tjava\nVmRSS:\t  81234 kB\nThreads:\t40\n");
        write("proc/meminfo", "MemTotal:        3884180 kB\nMemFree:  100 kB\nMemAvailable:    2921344 kB\n");
        write("proc/loadavg", "0.52 0.41 0.30 2/301 4242\n");
        write("sys/class/thermal/thermal_zone0/temp", "48312\n");
        write("sys/class/thermal/thermal_zone1/temp", "51000\n");
        // an absent sensor's nonsense is no temperature
        write("sys/class/thermal/thermal_zone2/temp", "-273000\n");

        HostFacts facts = new HostFacts(root);

        assertThat(facts.process().rssBytes()).isEqualTo(81234L * 1024);
        assertThat(facts.host()).isEqualTo(new Heartbeat.Host(0.52, 0.41, 0.30, 3884180L * 1024, 2921344L * 1024,
                51.0));
    }

    @Test
    void withoutProcAndSysEveryFactIsAbsentNotZero() {
        HostFacts facts = new HostFacts(root);

        assertThat(facts.process()).isEqualTo(new Heartbeat.Resources(null, null, null));
        assertThat(facts.host()).isEqualTo(new Heartbeat.Host(null, null, null, null, null, null));
    }

    @Test
    void garbageInProcFilesIsAbsentToo() throws IOException {
        write("proc/self/status", "VmRSS: lots\n");
        write("proc/loadavg", "high\n");
        write("sys/class/thermal/thermal_zone0/temp", "hot\n");

        HostFacts facts = new HostFacts(root);

        assertThat(facts.process().rssBytes()).isNull();
        assertThat(facts.host().load1()).isNull();
        assertThat(facts.host().temperatureC()).isNull();
    }

    @Test
    void onThisLinuxTheProcessSeesItsOwnMemoryAndDescriptors() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "no /proc here");

        Heartbeat.Resources own = HostFacts.system().process();

        assertThat(own.rssBytes()).isGreaterThan(1_000_000L);
        assertThat(own.openFds()).isGreaterThan(2);
        assertThat(own.sockets()).isNotNull();
    }

    private void write(String path, String content) throws IOException {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }
}
