package io.github.bitaxemonitor.collect;

import io.github.bitaxemonitor.config.MonitorConfig;
import io.github.bitaxemonitor.miner.AxeOsHistory;
import io.github.bitaxemonitor.miner.MinerClient;
import io.github.bitaxemonitor.miner.PollResult;
import io.github.bitaxemonitor.model.Field;
import io.github.bitaxemonitor.model.Fields;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.MinerKind;
import io.github.bitaxemonitor.model.Reading;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.store.MetricsWriter;
import io.github.bitaxemonitor.text.HostileText;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fills the gap a stopped monitor left, from each Bitaxe's own history ({@code /api/system/statistics}), before the
 * first cycle writes: rows stay in time order, and only samples after the newest stored row and before this start
 * are taken, so nothing already stored is repeated. At most one row per poll interval, as the monitor would have
 * written. Each sample goes through the same validation and health rules as a polled reading, carrying the device's
 * identity from a poll made now (the history holds only measurements), and its row is marked {@code backfilled}.
 */
final class Backfill {
    /**
     * Shorter gaps are jitter between cycles or a quick restart (an upgrade, a config change), not downtime worth a
     * request per miner: a gap is filled when it lasts {@value #MIN_GAP_INTERVALS} intervals and at least
     * {@link #MIN_GAP}.
     */
    static final int MIN_GAP_INTERVALS = 3;
    static final Duration MIN_GAP = Duration.ofMinutes(2);
    /** What the history does not hold but the health rules and the views need: who the device is. */
    private static final List<Field<?>> IDENTITY = List.of(Fields.DEVICE_FAMILY, Fields.MODEL, Fields.ASIC_MODEL,
            Fields.BOARD_VERSION, Fields.FIRMWARE_VERSION, Fields.HOSTNAME, Fields.EXPECTED_HASHRATE_GHS);

    /** What was filled: rows written, miners that gave some, and those that could not, with why. */
    record Report(int rows, int miners, Map<String, String> without, Duration gap) {
        /** One console line. */
        String line() {
            String head = String.format(Locale.ROOT, "backfill: %d row%s for %d miner%s from their own history"
                    + " (gap %s)", rows, rows == 1 ? "" : "s", miners, miners == 1 ? "" : "s", human(gap));
            if (without.isEmpty()) {
                return head;
            }
            StringBuilder sb = new StringBuilder(head).append("; none from ").append(without.size()).append(": ");
            int shown = 0;
            for (Map.Entry<String, String> e : without.entrySet()) {
                if (shown++ == 3) {
                    sb.append(", ...");
                    break;
                }
                sb.append(shown > 1 ? ", " : "").append(e.getKey()).append(" (").append(e.getValue()).append(')');
            }
            return sb.toString();
        }
    }

    private final MonitorConfig config;
    private final MinerClient client;
    private final AxeOsHistory history;
    private final HostnameCache hostnames;

    Backfill(MonitorConfig config, MinerClient client, AxeOsHistory history, HostnameCache hostnames) {
        this.config = config;
        this.client = client;
        this.history = history;
        this.hostnames = hostnames;
    }

    /**
     * Fills {@code (newestStored, start)} and writes it; null when there is no gap worth filling (nothing stored yet,
     * or the last cycle was too recent) or no Bitaxe to ask.
     */
    Report run(Instant newestStored, Instant start, MetricsWriter writer, Duration deadline) throws IOException {
        Duration interval = config.pollInterval();
        Duration least = interval.multipliedBy(MIN_GAP_INTERVALS);
        if (newestStored == null || Duration.between(newestStored, start).compareTo(
                least.compareTo(MIN_GAP) > 0 ? least : MIN_GAP) < 0) {
            return null;
        }
        List<MinerEndpoint> bitaxes = config.miners().stream().filter(m -> m.kind() == MinerKind.BITAXE).toList();
        if (bitaxes.isEmpty()) {
            return null;
        }
        Instant from = newestStored.plus(interval.dividedBy(2));
        Instant until = start.minus(interval.dividedBy(2));
        Map<MinerEndpoint, CompletableFuture<List<Sample>>> asked = new LinkedHashMap<>();
        Map<String, String> without = Collections.synchronizedMap(new LinkedHashMap<>());
        for (MinerEndpoint m : bitaxes) {
            asked.put(m, fill(m, from, until, without));
        }
        long endNanos = System.nanoTime() + deadline.toNanos();
        List<Sample> rows = new ArrayList<>();
        int miners = 0;
        for (Map.Entry<MinerEndpoint, CompletableFuture<List<Sample>>> e : asked.entrySet()) {
            try {
                List<Sample> got = e.getValue().get(Math.max(0, endNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (!got.isEmpty()) {
                    rows.addAll(got);
                    miners++;
                }
            } catch (TimeoutException late) {
                e.getValue().cancel(false);
                without.put(name(e.getKey()), "no answer within " + deadline.toSeconds() + " s");
            } catch (ExecutionException | InterruptedException failed) {
                if (failed instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                without.put(name(e.getKey()), "failed: " + HostileText.forTerminal(String.valueOf(failed), 120));
            }
        }
        rows.sort(Comparator.comparing(Sample::timestamp));
        write(rows, writer);
        synchronized (without) {
            return new Report(rows.size(), miners, new LinkedHashMap<>(without), Duration.between(newestStored, start));
        }
    }

    /** One miner: a poll for its identity, then its history, in its lane; the rows of the gap, judged. */
    private CompletableFuture<List<Sample>> fill(MinerEndpoint m, Instant from, Instant until,
                                                 Map<String, String> without) {
        return client.poll(m).thenCompose(now -> {
            if (!(now instanceof PollResult.Success success)) {
                note(without, m, "not answering: " + ((PollResult.Failure) now).detail());
                return CompletableFuture.completedFuture(List.<Sample>of());
            }
            return history.read(m).thenApply(h -> {
                if (h.none() != null) {
                    note(without, m, h.none());
                    return List.<Sample>of();
                }
                return judged(m, success.reading(), h.readings(), from, until);
            });
        });
    }

    private List<Sample> judged(MinerEndpoint m, Reading identity, List<Reading> past, Instant from, Instant until) {
        TrackedMiner tracked = new TrackedMiner(m, config.thresholds().offlineAfter());
        List<Sample> out = new ArrayList<>();
        Instant next = from;
        for (Reading r : past) {
            if (r.arrived().isBefore(next) || !r.arrived().isBefore(until)) {
                continue;
            }
            next = r.arrived().plus(config.pollInterval());
            Reading.Builder b = r.toBuilder();
            for (Field<?> f : IDENTITY) {
                copy(identity, f, b);
            }
            Outcome o = tracked.judge(new PollResult.Success(b.build(), 0), r.arrived(), config.thresholds(),
                    config.powerEstimates(), hostnames);
            out.add(o.row().toBuilder().set(Fields.BACKFILLED, true).set(Fields.POLL_LATENCY_MS, null).build());
        }
        return out;
    }

    private static <T> void copy(Reading from, Field<T> field, Reading.Builder to) {
        to.setIfAbsent(field, from.get(field));
    }

    /** Appends in time order, one append per UTC day, so each row goes to its own day's file. */
    private static void write(List<Sample> rows, MetricsWriter writer) throws IOException {
        int begin = 0;
        for (int i = 1; i <= rows.size(); i++) {
            if (i == rows.size() || !day(rows.get(i)).equals(day(rows.get(begin)))) {
                if (i > begin) {
                    writer.appendCycle(rows.subList(begin, i));
                }
                begin = i;
            }
        }
    }

    private static Object day(Sample s) {
        return s.timestamp().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static void note(Map<String, String> without, MinerEndpoint m, String why) {
        without.put(name(m), HostileText.forTerminal(why, 120));
    }

    private static String name(MinerEndpoint m) {
        return HostileText.forTerminal(m.displayName(null), 40);
    }

    private static String human(Duration d) {
        long s = d.toSeconds();
        return s < 120 ? s + " s" : s < 7200 ? s / 60 + " min" : s / 3600 + " h " + s / 60 % 60 + " min";
    }
}
