package io.github.bitaxemonitor.analyze;

import io.github.bitaxemonitor.analyze.segment.Settings;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.store.CsvSchema;
import io.github.bitaxemonitor.store.SampleCsv;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A straightforward second implementation of analyze's rules, to check the streaming one against: every file read
 * whole through the store's full decoder, every miner's rows in a list, every statistic computed exactly from the
 * list of stable rows (two-pass variance, sorted percentiles). Slow and memory-hungry on purpose: nothing shared with
 * the code under test but the rules as documented.
 */
final class Reference {
    /** The exact figures of one miner at one configuration. */
    static final class Group {
        long rows;
        long warmup;
        long throttled;
        long faults;
        long paused;
        int reboots;
        long runtimeMs;
        final List<Double> hashrate = new ArrayList<>();
        double pairH;
        double pairP;

        double mean() {
            return hashrate.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        }

        double sd() {
            double m = mean();
            double ss = hashrate.stream().mapToDouble(v -> (v - m) * (v - m)).sum();
            return Math.sqrt(ss / (hashrate.size() - 1));
        }

        /** Nearest rank. */
        double quantile(double q) {
            double[] s = hashrate.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int rank = (int) Math.max(1, Math.ceil(q * s.length));
            return s[rank - 1];
        }

        double jth() {
            return pairP / pairH * 1000;
        }
    }

    private Reference() {
    }

    /** By address, then by configuration label. */
    static Map<String, Map<String, Group>> compute(Path dataDir, Settings settings) throws Exception {
        Map<String, List<Sample>> byMiner = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dataDir)) {
            files = s.filter(p -> p.getFileName().toString().matches("metrics-.*\\.csv")).sorted().toList();
        }
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            SampleCsv.Decoder d = SampleCsv.decoder(SampleCsv.parseLine(lines.get(0)));
            for (String line : lines.subList(1, lines.size())) {
                Sample s = d.decode(SampleCsv.parseLine(line), p -> { });
                byMiner.computeIfAbsent(s.address(), k -> new ArrayList<>()).add(s);
            }
        }
        Map<String, Map<String, Group>> out = new LinkedHashMap<>();
        byMiner.forEach((address, rows) -> out.put(address, walk(rows, settings)));
        return out;
    }

    private static Map<String, Group> walk(List<Sample> rows, Settings st) {
        Map<String, Group> groups = new LinkedHashMap<>();
        String config = null;
        long settleUntil = 0;
        long lastUptime = -1;
        long lastTime = Long.MIN_VALUE;
        boolean wasPaused = false;
        long settle = st.settle().toMillis();
        for (Sample s : rows) {
            long t = s.timestamp().toEpochMilli();
            boolean reachable = s.status().reachable() && s.status() != Status.FAULT;
            long uptime = s.uptimeS() == null ? -1 : s.uptimeS();
            String c = s.clockConfig();
            if (reachable && c != null && !c.equals(config)) {
                settleUntil = config == null && uptime >= 0 ? t - uptime * 1000 + settle : t + settle;
                config = c;
                lastUptime = uptime;
            }
            if (config == null) {
                lastTime = t;
                continue;
            }
            Group g = groups.computeIfAbsent(config, k -> new Group());
            g.rows++;
            long dt = lastTime == Long.MIN_VALUE ? 0 : Math.min(t - lastTime, st.gapCap().toMillis());
            lastTime = t;
            if (!reachable) {
                g.faults++;
                continue;
            }
            if (named(s, Status.STALLED)) {
                g.faults++;
                lastUptime = uptime >= 0 ? uptime : lastUptime;
                wasPaused = false;
                continue;
            }
            boolean paused = s.status() == Status.PAUSED || Boolean.TRUE.equals(s.miningPaused())
                    || named(s, Status.PAUSED);
            if (paused) {
                g.paused++;
                wasPaused = true;
                lastUptime = s.uptimeS() == null ? lastUptime : s.uptimeS();
                continue;
            }
            g.runtimeMs += dt;
            if (lastUptime >= 0 && uptime >= 0 && uptime < lastUptime) {
                g.reboots++;
                settleUntil = t - uptime * 1000 + settle;
            }
            if (uptime >= 0) {
                lastUptime = uptime;
            }
            if (wasPaused) {
                settleUntil = Math.max(settleUntil, t + settle);
                wasPaused = false;
            }
            double expected = s.expectedHashrateGhs() == null ? 0 : s.expectedHashrateGhs();
            Double h = s.hashrateGhs();
            if (t < settleUntil) {
                g.warmup++;
            } else if (Boolean.TRUE.equals(s.overheatMode()) || named(s, Status.HOT) || named(s, Status.OVERHEAT)
                    || named(s, Status.NO_HASH) || slowClock(s, st)
                    || (expected > 0 && h != null && h < st.collapseFraction() * expected)) {
                g.throttled++;
            } else if (h != null) {
                g.hashrate.add(h);
                if (s.powerW() != null && h > 0) {
                    g.pairH += h;
                    g.pairP += s.powerW();
                }
            }
        }
        return groups;
    }

    /** The status, or one of the conditions (each starts with its status label, joined by "; "). */
    private static boolean named(Sample s, Status status) {
        if (s.status() == status) {
            return true;
        }
        if (s.conditions() == null) {
            return false;
        }
        for (String c : s.conditions().split("; ")) {
            if (c.equals(status.label()) || c.startsWith(status.label() + " ")) {
                return true;
            }
        }
        return false;
    }

    private static boolean slowClock(Sample s, Settings st) {
        return s.frequencyMhz() != null && s.frequencyActualMhz() != null && s.frequencyMhz() > 0
                && s.frequencyActualMhz() < st.slowClockFraction() * s.frequencyMhz();
    }

    /** The schema's header, for tests that write files by hand. */
    static String header() {
        return String.join(",", CsvSchema.header());
    }

    static double[] sorted(List<Double> v) {
        double[] a = v.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return a;
    }
}
