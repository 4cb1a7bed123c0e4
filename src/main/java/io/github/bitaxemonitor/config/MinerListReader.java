package io.github.bitaxemonitor.config;

import io.github.bitaxemonitor.config.YamlTree.MapNode;
import io.github.bitaxemonitor.config.YamlTree.Node;
import io.github.bitaxemonitor.config.YamlTree.Pos;
import io.github.bitaxemonitor.config.YamlTree.Scalar;
import io.github.bitaxemonitor.config.YamlTree.Seq;
import io.github.bitaxemonitor.health.ThresholdOverrides;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.MinerKind;
import io.github.bitaxemonitor.text.HostileText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code miners} (addresses or {@code {address, alias, type}} objects) and the original's {@code aliases} list,
 * whose n-th entry names the n-th miner. Every miner must have its own address.
 */
final class MinerListReader {
    private static final Set<String> MINER_KEYS = Set.of("address", "alias", "type", "thresholds");

    private final Problems problems;
    private final Map<String, ThresholdOverrides> thresholds = new HashMap<>();

    MinerListReader(Problems problems) {
        this.problems = problems;
    }

    /** Each miner's own {@code thresholds:}, by address; filled by {@link #read}. */
    Map<String, ThresholdOverrides> thresholds() {
        return thresholds;
    }

    /** The miners in file order; empty (with a problem reported) when there are none or they are unusable. */
    List<MinerEndpoint> read(Section top) {
        Node node = top.node("miners");
        if (node == null || node instanceof Scalar s && s.isNull()
                || node instanceof Seq seq && seq.items().isEmpty()) {
            problems.add(node == null ? null : top.keyPos("miners"),
                    "no miners configured yet: list them under 'miners:', one '- HOST' or '- HOST:PORT' per line"
                            + " (config.yaml.example shows every form)");
            return List.of();
        }
        if (!(node instanceof Seq seq)) {
            problems.add(node.pos(), "miners must be a list, one '- address' per line");
            return List.of();
        }
        List<Scalar> aliases = aliases(top.node("aliases"), seq.items().size());
        List<MinerEndpoint> miners = new ArrayList<>();
        Map<String, Pos> seen = new HashMap<>();
        for (int i = 0; i < seq.items().size(); i++) {
            Node item = seq.items().get(i);
            MinerEndpoint m = miner(item, i < aliases.size() ? aliases.get(i) : null);
            if (m == null) {
                continue;
            }
            Pos first = seen.putIfAbsent(m.address().toLowerCase(Locale.ROOT), item.pos());
            if (first != null) {
                problems.add(item.pos(), "duplicate miner " + m.address() + " (already listed at line "
                        + first.line() + ")");
            } else {
                miners.add(m);
            }
        }
        return miners;
    }

    private MinerEndpoint miner(Node item, Scalar listAlias) {
        String address;
        Pos addressPos;
        String alias = null;
        MinerKind kind = MinerKind.BITAXE;
        ThresholdOverrides own = ThresholdOverrides.NONE;
        if (item instanceof Scalar s && !s.isNull()) {
            address = s.text();
            addressPos = s.pos();
        } else if (item instanceof MapNode map) {
            Section m = new Section(map, "miners[].", MINER_KEYS, problems);
            address = m.text("address", null, "host or host:port");
            if (address == null) {
                if (m.node("address") == null) {
                    problems.add(map.pos(), "miner without 'address'");
                }
                return null;
            }
            addressPos = m.node("address").pos();
            alias = m.text("alias", null, "a name");
            if (alias != null && listAlias != null && !listAlias.isNull()) {
                problems.add(listAlias.pos(), "this miner already has an alias in 'miners' ('" + alias
                        + "'): keep one of the two");
            }
            kind = m.choice("type", MinerKind.class, MinerKind.BITAXE);
            own = new ThresholdReader(problems).miner(m.node("thresholds"), "miners[].thresholds");
        } else {
            problems.add(item.pos(), "a miner must be an address or a mapping with 'address', 'alias' and 'type'");
            return null;
        }
        if (alias == null && listAlias != null && !listAlias.isNull()) {
            alias = listAlias.text();
        }
        try {
            Addresses.HostPort hp = Addresses.parse(address);
            MinerEndpoint endpoint = new MinerEndpoint(hp.host(), hp.port() > 0 ? hp.port() : kind.defaultPort(),
                    HostileText.sanitize(alias), kind);
            if (!own.isEmpty()) {
                thresholds.put(endpoint.address(), own);
            }
            return endpoint;
        } catch (Addresses.BadAddress e) {
            problems.add(addressPos, "bad miner address '" + HostileText.forTerminal(address) + "': "
                    + e.getMessage());
            return null;
        }
    }

    /** The aliases list (entries may be empty to skip a miner); more aliases than miners is a mistake. */
    private List<Scalar> aliases(Node node, int minerCount) {
        if (node == null || node instanceof Scalar s && s.isNull()) {
            return List.of();
        }
        if (!(node instanceof Seq seq)) {
            problems.add(node.pos(), "aliases must be a list, one '- name' per miner, in the order of 'miners'");
            return List.of();
        }
        List<Scalar> out = new ArrayList<>();
        for (Node n : seq.items()) {
            if (n instanceof Scalar s) {
                out.add(s.isNull() || s.text().isBlank() ? null : s);
            } else {
                problems.add(n.pos(), "an alias must be a name, not a " + (n instanceof Seq ? "list" : "mapping"));
                out.add(null);
            }
        }
        if (out.size() > minerCount) {
            problems.add(seq.items().get(minerCount).pos(), "aliases has " + out.size() + " entries but there are "
                    + minerCount + " miners: each alias names the miner at the same position");
        }
        return out;
    }
}
