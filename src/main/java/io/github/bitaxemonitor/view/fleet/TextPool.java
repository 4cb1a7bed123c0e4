package io.github.bitaxemonitor.view.fleet;

import io.github.bitaxemonitor.model.Field;
import io.github.bitaxemonitor.model.Fields;
import io.github.bitaxemonitor.model.Sample;
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
    private static final Set<Field<?>> PER_MINER = Set.of(Fields.ADDRESS, Fields.ALIAS, Fields.HOSTNAME);
    /** The text fields worth pooling, from the registry (a new text field is pooled without a change here). */
    private static final List<Field<String>> POOLED = pooled();

    private final Map<String, String> texts = new HashMap<>();

    /** The sample with its shared texts replaced by the pool's copies, and its address by {@code address}. */
    Sample compact(Sample s, String address) {
        Sample.Builder b = null;
        if (s.address() != address && s.address().equals(address)) {
            b = s.toBuilder().address(address);
        }
        for (Field<String> c : POOLED) {
            String v = c.get(s);
            if (v == null) {
                continue;
            }
            String shared = intern(v);
            if (shared != v) {
                b = b == null ? s.toBuilder() : b;
                b.set(c, shared);
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

    @SuppressWarnings("unchecked") // a TEXT field is a Field<String>
    private static List<Field<String>> pooled() {
        List<Field<String>> out = new ArrayList<>();
        for (Field<?> f : Fields.all()) {
            if (f.type() == Field.Type.TEXT && !f.derived() && !PER_MINER.contains(f)) {
                out.add((Field<String>) f);
            }
        }
        return List.copyOf(out);
    }
}
