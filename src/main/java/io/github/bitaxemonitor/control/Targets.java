package io.github.bitaxemonitor.control;

import io.github.bitaxemonitor.exit.UserException;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.text.HostileText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The miners a command names, always among the configured ones: an address, host or alias each, {@code --all}, or
 * {@code --match TEXT} (part of an address or alias, any case). Acting on a miner the config does not list is refused:
 * a typo must not reach a stranger's device.
 */
public final class Targets {
    private Targets() {
    }

    /** The named miners in configuration order, without repeats; a UserException when nothing or a stranger is named. */
    public static List<MinerEndpoint> resolve(List<MinerEndpoint> configured, List<String> names, boolean all,
            String match) {
        if (all) {
            return List.copyOf(configured);
        }
        Set<MinerEndpoint> chosen = new LinkedHashSet<>();
        for (String name : names) {
            chosen.add(one(configured, name));
        }
        if (match != null) {
            String needle = match.toLowerCase(Locale.ROOT);
            List<MinerEndpoint> found = configured.stream().filter(e -> e.address().toLowerCase(Locale.ROOT)
                    .contains(needle) || e.alias() != null && e.alias().toLowerCase(Locale.ROOT).contains(needle))
                    .toList();
            if (found.isEmpty()) {
                throw new UserException("--match '" + HostileText.forTerminal(match, 80)
                        + "' matches no configured miner's address or alias");
            }
            chosen.addAll(found);
        }
        if (chosen.isEmpty()) {
            throw new UserException("name the miners: ADDRESS..., --all or --match TEXT");
        }
        List<MinerEndpoint> ordered = new ArrayList<>();
        for (MinerEndpoint e : configured) {
            if (chosen.contains(e)) {
                ordered.add(e);
            }
        }
        return ordered;
    }

    private static MinerEndpoint one(List<MinerEndpoint> configured, String name) {
        List<MinerEndpoint> hits = configured.stream().filter(e -> e.address().equalsIgnoreCase(name)).toList();
        if (hits.isEmpty()) {
            hits = configured.stream().filter(e -> e.host().equalsIgnoreCase(name)
                    || e.alias() != null && e.alias().equalsIgnoreCase(name)).toList();
        }
        String shown = HostileText.forTerminal(name, 80);
        if (hits.isEmpty()) {
            throw new UserException("'" + shown + "' is not a configured miner (address, host or alias in the config's"
                    + " 'miners:')");
        }
        if (hits.size() > 1) {
            throw new UserException("'" + shown + "' names " + hits.size() + " configured miners: give host:port");
        }
        return hits.get(0);
    }
}
