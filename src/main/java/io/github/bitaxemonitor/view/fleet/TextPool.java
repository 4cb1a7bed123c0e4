package io.github.bitaxemonitor.view.fleet;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.store.Column;
import io.github.bitaxemonitor.store.CsvSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One copy of each text that many miners' latest rows share (pool URL, firmware, ASIC model, Wi-Fi status, error),
 * so a fleet of 100,000 Bitaxes does not keep 100,000 copies of "public-pool.io". Bounded: once full, new texts are
 * kept as they are. Names that identify one miner are not pooled, they would only fill it.
 */
final class TextPool {
    static final int MAX_ENTRIES = 16_384;
    private static final Set<String> PER_MINER = Set.of("address", "alias", "hostname");
    /** The text columns worth pooling, from the schema (a new text column is pooled without a change here). */
    private static final List<Column> POOLED = pooled();

    private final Map<String, String> texts = new HashMap<>();

    /** The sample with its shared texts replaced by the pool's copies, and its address by {@code address}. */
    Sample compact(Sample s, String address) {
        Sample.Builder b = null;
        if (s.address() != address && s.address().equals(address)) {
            b = s.toBuilder().address(address);
        }
        for (Column c : POOLED) {
            String v = (String) c.getter().apply(s);
            if (v == null) {
                continue;
            }
            String shared = intern(v);
            if (shared != v) {
                b = b == null ? s.toBuilder() : b;
                c.setter().accept(b, shared);
            }
        }
        return b == null ? s : b.build();
    }

    private String intern(String v) {
        String shared = texts.get(v);
        if (shared != null) {
            return shared;
        }
        if (texts.size() < MAX_ENTRIES) {
            texts.put(v, v);
        }
        return v;
    }

    private static List<Column> pooled() {
        List<Column> out = new ArrayList<>();
        for (Column c : CsvSchema.columns()) {
            if (c.type() == Column.Type.TEXT && !c.derived() && !PER_MINER.contains(c.name())) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }
}
