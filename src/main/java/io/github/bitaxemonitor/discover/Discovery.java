package io.github.bitaxemonitor.discover;

import io.github.bitaxemonitor.miner.ClientSettings;
import io.github.bitaxemonitor.miner.MinerClient;
import io.github.bitaxemonitor.miner.MinerClients;
import io.github.bitaxemonitor.model.MinerKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A sweep: every address and port of the request gets a TCP connect ({@link PortSweep}, bounded by the fd budget);
 * every open port is identified ({@link Identifier}) by a few workers; miners found by mDNS are merged in; one entry
 * per host remains (its CGMiner API over its web UI), marked when config.yaml lists it already. The whole run ends
 * by the request's deadline.
 */
public final class Discovery {
    /** Ports swept when none are given: AxeOS's web API and the CGMiner API. */
    public static final List<Integer> DEFAULT_PORTS = List.of(MinerKind.BITAXE.defaultPort(),
            MinerKind.CGMINER.defaultPort());
    /** Identifications at once: each holds one or two sockets for up to a few timeouts. */
    private static final int IDENTIFY_WORKERS = 32;

    /**
     * @param ranges   the addresses to sweep
     * @param ports    the ports to try on each, at least one
     * @param timeout  per connect and per identification attempt
     * @param deadline the whole run, sweep and identification
     * @param budget   sockets in flight at most during the sweep
     */
    public record Request(ScanRanges ranges, List<Integer> ports, Duration timeout, Duration deadline, int budget) {
        public Request {
            ports = List.copyOf(ports);
            if (ports.isEmpty() || budget < 1) {
                throw new IllegalArgumentException("no ports or no budget");
            }
        }
    }

    /**
     * @param found      one entry per host, in address order
     * @param probes     address-port pairs whose connect was started
     * @param untried    pairs the deadline left untried (0 when the sweep finished)
     * @param open       pairs that accepted a connection
     * @param peakInFlight most sweep connects in flight at once
     * @param elapsed    wall time of the whole run
     */
    public record Result(List<Found> found, int probes, int untried, int open, int peakInFlight, Duration elapsed) {
    }

    private Discovery() {
    }

    /**
     * Runs a sweep. {@code extra} are miners found another way (mDNS), merged by host; {@code configured} are the
     * addresses ({@code host:port}) config.yaml lists.
     */
    public static Result run(Request request, List<Found> extra, Set<String> configured) {
        long start = System.nanoTime();
        long deadline = start + request.deadline().toNanos();
        List<PortSweep.Target> targets = new ArrayList<>(request.ranges().size() * request.ports().size());
        for (int ip : request.ranges().addresses()) {
            for (int port : request.ports()) {
                targets.add(new PortSweep.Target(ip, port));
            }
        }
        PortSweep.Result sweep;
        try {
            sweep = PortSweep.run(targets, request.budget(), request.timeout().toNanos(), deadline);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the sweep", e);
        }
        List<Found> found = identify(sweep.open(), request.timeout(), deadline);
        List<Found> merged = merge(found, extra, configured);
        return new Result(merged, sweep.tried(), sweep.untried(), sweep.open().size(), sweep.peak(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * What answers at one IPv4 address on these ports (the first miner found), within {@code timeout} per step;
     * empty when nothing does or the host is not an IPv4 literal.
     */
    public static Optional<Found> identifyOne(String host, List<Integer> ports, Duration timeout) {
        ScanRanges one;
        try {
            one = ScanRanges.parse(List.of(host));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Duration deadline = timeout.multipliedBy(4L * ports.size());
        return run(new Request(one, ports, timeout, deadline, ports.size()), List.of(), Set.of()).found().stream()
                .findFirst();
    }

    private static List<Found> identify(List<PortSweep.Target> open, Duration timeout, long deadline) {
        if (open.isEmpty()) {
            return List.of();
        }
        int timeoutMs = (int) Math.max(100, timeout.toMillis());
        ClientSettings settings = new ClientSettings(timeout, 0, ClientSettings.DEFAULT_MAX_REPLY_BYTES);
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(IDENTIFY_WORKERS, open.size()), r -> {
            Thread t = new Thread(r, "discover-identify");
            t.setDaemon(true);
            return t;
        });
        try (MinerClient client = MinerClients.create(settings)) {
            Identifier id = new Identifier(client, timeoutMs);
            List<Future<Optional<Found>>> futures = new ArrayList<>();
            for (PortSweep.Target t : open) {
                futures.add(workers.submit(() -> id.identify(t)));
            }
            List<Found> out = new ArrayList<>();
            for (Future<Optional<Found>> f : futures) {
                try {
                    f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS).ifPresent(out::add);
                } catch (java.util.concurrent.TimeoutException e) {
                    f.cancel(true); // past the deadline: what is not identified by now is left out
                } catch (java.util.concurrent.ExecutionException e) {
                    // an identification that failed found nothing
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            return out;
        } finally {
            workers.shutdownNow();
        }
    }

    /** One entry per host: an API-confirmed one over a web-UI-only one; the sources of both are kept. */
    static List<Found> merge(List<Found> swept, List<Found> extra, Set<String> configured) {
        Map<String, Found> byHost = new LinkedHashMap<>();
        for (Found f : swept) {
            byHost.merge(f.host(), f, Discovery::better);
        }
        for (Found f : extra) {
            Found had = byHost.get(f.host());
            byHost.put(f.host(), had == null ? f : better(had, f).withSource("sweep+mdns"));
        }
        return byHost.values().stream()
                .map(f -> f.withConfigured(configured.contains(f.address())))
                .sorted(Comparator.comparingLong(f -> Integer.toUnsignedLong(ScanRanges.ip(f.host(), f.host()))))
                .toList();
    }

    private static Found better(Found a, Found b) {
        return a.model() == null && a.hashrateGhs() == null ? b : a;
    }
}
