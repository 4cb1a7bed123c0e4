package io.github.bitaxemonitor.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * How many miners of each {@link MinerType} a fleet has. Miners take the types in the order given (the first
 * {@code count} of the first entry, then the next entry's, ...), so a mix and a seed always give the same fleet.
 *
 * <p>Text form: {@code bitaxe:8,antminer:2,whatsminer:1,avalon:1} (a type without a count means 1), or {@code demo}
 * for {@link #DEMO}.
 *
 * @param text    the text this mix was parsed from, never null
 * @param entries one entry per group, in fleet order; never empty
 */
public record FleetMix(String text, List<Entry> entries) {
    /**
     * @param type  the kind of miner
     * @param count how many, at least 1
     */
    public record Entry(MinerType type, int count) {
        public Entry {
            if (count < 1) {
                throw new IllegalArgumentException("mix count must be at least 1");
            }
        }
    }

    /**
     * The demo fleet: 14 Bitaxe-family miners (room for {@link FaultPlan#DEMO}'s twelve plus two new-state extras)
     * and one of each CGMiner vendor shape the demo shows.
     */
    public static final FleetMix DEMO = new FleetMix("demo", List.of(new Entry(MinerType.BITAXE, 14),
            new Entry(MinerType.ANTMINER, 1), new Entry(MinerType.BOSMINER, 1), new Entry(MinerType.WHATSMINER, 1),
            new Entry(MinerType.WHATSMINER_OLD, 1), new Entry(MinerType.AVALON_MULTI, 1),
            new Entry(MinerType.AVALON, 1)));

    public FleetMix {
        entries = List.copyOf(entries);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a mix needs at least one miner type");
        }
    }

    /** A fleet of {@code count} miners of one type. */
    public static FleetMix of(MinerType type, int count) {
        return new FleetMix(type.label() + ":" + count, List.of(new Entry(type, count)));
    }

    /** Parses "demo" or "type[:count],...". Throws IllegalArgumentException with a one-line reason. */
    public static FleetMix parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("demo")) {
            return DEMO;
        }
        if (t.isEmpty()) {
            throw new IllegalArgumentException("empty mix (expected e.g. bitaxe:8,antminer:2; types: "
                    + MinerType.labels() + ")");
        }
        List<Entry> entries = new ArrayList<>();
        for (String item : t.split(",")) {
            String[] parts = item.strip().split(":", -1);
            if (parts.length > 2 || parts[0].isBlank()) {
                throw new IllegalArgumentException("bad mix item '" + item.strip()
                        + "' (expected type:count, e.g. bitaxe:8,antminer:2)");
            }
            entries.add(new Entry(MinerType.parse(parts[0]), parts.length == 2 ? count(parts[1], item) : 1));
        }
        return new FleetMix(t, entries);
    }

    private static int count(String s, String item) {
        try {
            int n = Integer.parseInt(s.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the item that holds it
        }
        throw new IllegalArgumentException("bad mix count in '" + item.strip() + "' (a whole number >= 1)");
    }

    /** Miners in the fleet. */
    public int total() {
        long n = entries.stream().mapToLong(Entry::count).sum();
        return (int) Math.min(Integer.MAX_VALUE, n);
    }

    /** True when every miner is a Bitaxe. */
    public boolean bitaxeOnly() {
        return entries.stream().allMatch(e -> e.type() == MinerType.BITAXE);
    }

    /** The type of every miner, in fleet order. */
    public List<MinerType> types() {
        List<MinerType> out = new ArrayList<>(total());
        for (Entry e : entries) {
            out.addAll(Collections.nCopies(e.count(), e.type()));
        }
        return out;
    }
}
