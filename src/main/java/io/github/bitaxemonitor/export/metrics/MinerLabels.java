package io.github.bitaxemonitor.export.metrics;

import io.github.bitaxemonitor.collect.Outcome;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.text.HostileText;
import io.prometheus.metrics.model.snapshots.Labels;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The labels that identify a miner's series: address, name, family and model. A failed poll's row has no family or
 * model, so the last ones seen are kept per address: a miner that goes OFFLINE keeps its series (its status flips to
 * OFFLINE) instead of starting new ones under other labels, which would break every graph and alert on it.
 *
 * <p>Label values are the stored text (already sanitised when it was read from the miner) with anything still
 * unsafe shown as a visible escape, so a hostile alias or hostname cannot act on a terminal that prints the page;
 * the exposition writer escapes quotes, backslashes and line breaks.
 *
 * <p>Not thread-safe: {@link MinerView} calls it under its lock.
 */
final class MinerLabels {
    static final String ADDRESS = "address";
    static final String NAME = "name";
    static final String FAMILY = "family";
    static final String MODEL = "model";

    private record Known(String hostname, String family, String model) {
    }

    private final Map<String, Known> known = new HashMap<>();

    /** Remembers what the rows say about each miner's identity. */
    void learn(List<Outcome> outcomes) {
        for (Outcome o : outcomes) {
            Sample row = o.row();
            String address = o.endpoint().address();
            Known before = known.get(address);
            Known now = new Known(pick(row.hostname(), before == null ? null : before.hostname),
                    pick(row.deviceFamily(), before == null ? null : before.family),
                    pick(row.model(), before == null ? null : before.model));
            if (!now.equals(before)) {
                known.put(address, now);
            }
        }
    }

    /** The labels of each outcome's miner, in the outcomes' order, from what was learnt up to now. */
    Labels[] of(List<Outcome> outcomes) {
        Labels[] out = new Labels[outcomes.size()];
        for (int i = 0; i < out.length; i++) {
            Outcome o = outcomes.get(i);
            String address = o.endpoint().address();
            Known k = known.getOrDefault(address, new Known(null, null, null));
            out[i] = Labels.of(ADDRESS, value(address), NAME, value(o.endpoint().displayName(k.hostname)),
                    FAMILY, value(k.family), MODEL, value(k.model));
        }
        return out;
    }

    private static String pick(String current, String before) {
        return current != null && !current.isBlank() ? current : before;
    }

    private static String value(String s) {
        String v = HostileText.forTerminal(s);
        return v.length() <= HostileText.MAX_STORED_LENGTH ? v : v.substring(0, HostileText.MAX_STORED_LENGTH);
    }
}
