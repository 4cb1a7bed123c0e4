package io.github.bitaxemonitor.collect;

import io.github.bitaxemonitor.miner.MinerClient;
import io.github.bitaxemonitor.miner.PollResult;
import io.github.bitaxemonitor.model.MinerEndpoint;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A MinerClient whose answer per endpoint is scripted; remembers every poll. */
final class FakeMinerClient implements MinerClient {
    private final Function<MinerEndpoint, CompletableFuture<PollResult>> behaviour;
    final List<String> polled = new CopyOnWriteArrayList<>();
    final Map<String, Integer> pollCount = new ConcurrentHashMap<>();
    /** The retries the collector allowed, per poll, in order. */
    final Map<String, List<Integer>> retries = new ConcurrentHashMap<>();
    volatile boolean closed;

    FakeMinerClient(Function<MinerEndpoint, CompletableFuture<PollResult>> behaviour) {
        this.behaviour = behaviour;
    }

    @Override
    public CompletableFuture<PollResult> poll(MinerEndpoint endpoint, int allowedRetries) {
        polled.add(endpoint.address());
        retries.computeIfAbsent(endpoint.address(), a -> new CopyOnWriteArrayList<>()).add(allowedRetries);
        pollCount.merge(endpoint.address(), 1, Integer::sum);
        return behaviour.apply(endpoint);
    }

    int polls(String address) {
        return pollCount.getOrDefault(address, 0);
    }

    @Override
    public void close() {
        closed = true;
    }
}
