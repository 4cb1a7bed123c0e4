package io.github.bitaxemonitor.analyze.read;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers the miners of a scan by address, 0, 1, 2, ... in the order threads first meet them. Shared by the reading
 * threads; each keeps its own cache in front of it ({@link LineReader}), so the map is touched about once per miner
 * per thread.
 */
public final class MinerIds {
    private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
    private final List<String> addresses = new ArrayList<>();

    int id(String address) {
        return ids.computeIfAbsent(address, a -> {
            synchronized (addresses) {
                addresses.add(a);
                return addresses.size() - 1;
            }
        });
    }

    /** The address of miner {@code id}. */
    public String address(int id) {
        synchronized (addresses) {
            return addresses.get(id);
        }
    }

    public int count() {
        synchronized (addresses) {
            return addresses.size();
        }
    }
}
