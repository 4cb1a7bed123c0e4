package io.github.bitaxemonitor.export.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bitaxemonitor.collect.Outcome;
import io.github.bitaxemonitor.export.metrics.LastCycle;
import io.github.bitaxemonitor.health.Condition;
import io.github.bitaxemonitor.model.Status;
import java.util.List;

/**
 * {@code /api/miners} and {@code /api/miners/{address}}: each miner's row of the newest cycle, straight from the
 * collector's hand-over (no file is read), with the judgement behind its status: every condition with its value and
 * limit, the same the alerts and {@code --check} see.
 */
final class MinersDoc {
    private MinersDoc() {
    }

    static ObjectNode all(LastCycle.Published cycle) {
        ObjectNode root = head(cycle);
        ArrayNode miners = root.putArray("miners");
        for (Outcome o : cycle.report().outcomes()) {
            miners.add(miner(o));
        }
        return root;
    }

    /** The miner at {@code address} (as configured, host:port), or null when no such miner is configured. */
    static ObjectNode one(LastCycle.Published cycle, String address) {
        List<Outcome> outcomes = cycle.report().outcomes();
        for (Outcome o : outcomes) {
            if (o.endpoint().address().equalsIgnoreCase(address)) {
                ObjectNode root = head(cycle);
                root.set("miner", miner(o));
                return root;
            }
        }
        return null;
    }

    private static ObjectNode head(LastCycle.Published cycle) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("cycle", cycle.report().cycle());
        root.put("cycle_started", cycle.report().started().toString());
        root.put("cycle_finished", cycle.finished().toString());
        return root;
    }

    private static ObjectNode miner(Outcome o) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        Status s = o.row().status();
        n.put("address", o.endpoint().address());
        n.put("name", o.endpoint().displayName(o.row().hostname()));
        n.put("kind", o.endpoint().kind().name().toLowerCase(java.util.Locale.ROOT));
        n.put("status", s.name());
        n.put("severity", s.severity().name());
        n.put("healthy", s.healthy());
        ArrayNode conditions = n.putArray("conditions");
        for (Condition c : o.judgement().conditions()) {
            ObjectNode cn = conditions.addObject();
            cn.put("status", c.status().name());
            cn.put("text", c.text());
            cn.put("value", c.value());
            cn.put("limit", c.limit());
        }
        n.set("latest", RowJson.of(o.row()));
        return n;
    }
}
