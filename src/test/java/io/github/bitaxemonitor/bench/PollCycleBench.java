package io.github.bitaxemonitor.bench;

import com.sun.management.OperatingSystemMXBean;
import io.github.bitaxemonitor.collect.Collector;
import io.github.bitaxemonitor.collect.CycleReport;
import io.github.bitaxemonitor.collect.HostnameCache;
import io.github.bitaxemonitor.config.ConfigLoader;
import io.github.bitaxemonitor.config.MonitorConfig;
import io.github.bitaxemonitor.miner.MinerClient;
import io.github.bitaxemonitor.miner.MinerClients;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.store.CsvMetricsStore;
import io.github.bitaxemonitor.store.MetricsWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * Times the monitor's real poll cycle: the production miner client, store and {@link Collector}, built from a
 * config.yaml exactly as {@code monitor} builds them, against a simulated fleet on 127.0.0.1. Per cycle it prints the
 * cycle's wall time, its slowest reply (the largest poll latency the client measured), the process CPU the cycle
 * cost and the resident set size after it.
 *
 * <p>Usage: {@code PollCycleBench --config FILE [--cycles 6] [--pause-ms 1000]}. One {@code key=value} line per cycle.
 */
public final class PollCycleBench {
    public static void main(String[] args) throws Exception {
        Args a = Args.parse(args, "--config", "--cycles", "--pause-ms");
        MonitorConfig cfg = ConfigLoader.load(Path.of(a.value("--config", "config.yaml")));
        int cycles = (int) a.number("--cycles", 6);
        long pause = a.number("--pause-ms", 1000);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Clock clock = Clock.systemUTC();
        try (MetricsWriter writer = CsvMetricsStore.open(cfg.storeSettings(), clock, line -> { });
             MinerClient client = MinerClients.create(cfg.clientSettings())) {
            Collector collector = new Collector(cfg, client, writer,
                    HostnameCache.load(cfg.hostnameCache(), System.err::println), clock);
            for (int i = 1; i <= cycles; i++) {
                long cpu0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                CycleReport r = collector.runCycle();
                double wallMs = (System.nanoTime() - t0) / 1e6;
                double cpuMs = (os.getProcessCpuTime() - cpu0) / 1e6;
                long slowest = r.samples().stream().map(Sample::pollLatencyMs).filter(Objects::nonNull)
                        .mapToLong(Long::longValue).max().orElse(0);
                long ok = r.samples().stream().filter(s -> s.status().reachable()).count();
                System.out.printf("cycle n=%d miners=%d reachable=%d written=%b wall_ms=%.1f slowest_reply_ms=%d"
                                + " cpu_ms=%.1f cpu_us_per_poll=%.1f rss_mb=%d%n", i, r.samples().size(), ok,
                        r.written(), wallMs, slowest, cpuMs, cpuMs * 1000 / Math.max(1, r.samples().size()), rssMb());
                Thread.sleep(pause);
            }
        }
    }

    /** VmRSS of this process from /proc, in MB; -1 where /proc is not there. */
    private static long rssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (java.io.IOException e) {
            return -1;
        }
        return -1;
    }
}
