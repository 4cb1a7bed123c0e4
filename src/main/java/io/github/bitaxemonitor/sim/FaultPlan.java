package io.github.bitaxemonitor.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which miners of a fleet get which faults.
 *
 * <p>Text forms: {@code none}; {@code demo} (see {@link #DEMO}); or a list like
 * {@code hot:1,offline:2,hostile+flaky-hostname:1,paused@avalon:1}. A group without {@code @type} takes the next
 * miners not yet given faults, in fleet order from index 0 (here miner 0 is hot, 1 and 2 offline, 3 hostile with a
 * flaky hostname); a group with {@code @type} takes the next such miners of that {@link MinerType}.
 *
 * @param text   the text this plan was parsed from, never null
 * @param groups fault sets, each for {@code count} miners; empty sets mean healthy miners
 * @param spread true to place group i at the i-th of the fleet's Bitaxes spread evenly ({@code i * n / groups}),
 *               or of all miners when the fleet has no Bitaxe, instead of in order
 * @param extras after a spread: groups that each take the LAST miner of their type that the spread left alone,
 *               skipped when there is none (so the twelve-Bitaxe demo fleet stays as it always was)
 */
public record FaultPlan(String text, List<Group> groups, boolean spread, List<Group> extras) {

    /**
     * One group of identically faulted miners.
     *
     * @param faults the faults, possibly empty; unmodifiable
     * @param count  how many miners get them, at least 1
     * @param type   the only type of miner the group takes, or null for any
     */
    public record Group(Set<Fault> faults, int count, MinerType type) {
        public Group {
            faults = Collections.unmodifiableSet(faults.isEmpty() ? EnumSet.noneOf(Fault.class) : EnumSet.copyOf(faults));
            if (count < 1) {
                throw new IllegalArgumentException("fault count must be at least 1");
            }
        }

        public Group(Set<Fault> faults, int count) {
            this(faults, count, null);
        }
    }

    public static final FaultPlan NONE = new FaultPlan("none", List.of(), false);

    /**
     * The demo: slot 0 healthy, then one Bitaxe per problem a monitor must recognise; in a fleet with room for them
     * (such as {@link FleetMix#DEMO}) also the new states: the last free Bitaxe paused, the one before it saying
     * "WiFi Connected!", the Avalon 1566 booting and the old Whatsminer with a sensor glitch.
     */
    public static final FaultPlan DEMO = new FaultPlan("demo", List.of(
            group(), group(Fault.HOT), group(Fault.HOSTILE, Fault.FLAKY_HOSTNAME), group(Fault.OFFLINE),
            group(Fault.OVERHEAT), group(Fault.STALLED), group(Fault.REBOOTS), group(Fault.SLOW),
            group(Fault.POWER_FAULT), group(Fault.NO_HASH, Fault.WEAK_WIFI), group(Fault.REFUSED),
            group(Fault.MALFORMED)), true, List.of(
            new Group(EnumSet.of(Fault.PAUSED), 1, MinerType.BITAXE),
            new Group(EnumSet.of(Fault.NERD_WIFI), 1, MinerType.BITAXE),
            new Group(EnumSet.of(Fault.BOOTING), 1, MinerType.AVALON),
            new Group(EnumSet.of(Fault.SENSOR_GLITCH), 1, MinerType.WHATSMINER_OLD)));

    public FaultPlan {
        groups = List.copyOf(groups);
        extras = List.copyOf(extras);
    }

    public FaultPlan(String text, List<Group> groups, boolean spread) {
        this(text, groups, spread, List.of());
    }

    private static Group group(Fault... faults) {
        return new Group(faults.length == 0 ? EnumSet.noneOf(Fault.class) : EnumSet.of(faults[0], faults), 1);
    }

    /**
     * Parses "none", "demo" or "fault[+fault...][@type][:count],...". Throws IllegalArgumentException with a
     * one-line reason.
     */
    public static FaultPlan parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty() || t.equals("none")) {
            return NONE;
        }
        if (t.equals("demo")) {
            return DEMO;
        }
        List<Group> groups = new ArrayList<>();
        for (String item : t.split(",")) {
            String[] parts = item.strip().split(":", -1);
            String[] target = parts[0].split("@", -1);
            if (parts.length > 2 || target.length > 2 || target[0].isBlank()) {
                throw new IllegalArgumentException("bad fault item '" + item.strip()
                        + "' (expected fault[@type]:count, e.g. hot:1,offline:2,paused@avalon:1)");
            }
            EnumSet<Fault> faults = EnumSet.noneOf(Fault.class);
            for (String name : target[0].split("\\+")) {
                faults.add(Fault.parse(name));
            }
            MinerType type = target.length == 2 ? MinerType.parse(target[1]) : null;
            int count = parts.length == 2 ? parseCount(parts[1], item) : 1;
            groups.add(new Group(faults, count, type));
        }
        return new FaultPlan(t, groups, false);
    }

    private static int parseCount(String s, String item) {
        try {
            int n = Integer.parseInt(s.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the item that holds it
        }
        throw new IllegalArgumentException("bad fault count in '" + item.strip() + "' (a whole number >= 1)");
    }

    /** Miners this plan faults (demo: as many as fit). */
    public int faultedMiners() {
        return groups.stream().mapToInt(Group::count).sum();
    }

    /** The faults of every miner of an all-Bitaxe fleet of {@code fleetSize}; see {@link #assign(List)}. */
    public List<Set<Fault>> assign(int fleetSize) {
        return assign(Collections.nCopies(fleetSize, MinerType.BITAXE));
    }

    /**
     * The faults of every miner of a fleet whose miners have these types, in fleet order. Throws
     * IllegalArgumentException when an explicit plan names more miners (of a type) than the fleet has.
     */
    public List<Set<Fault>> assign(List<MinerType> types) {
        int size = types.size();
        List<Set<Fault>> out = new ArrayList<>(Collections.nCopies(size, Set.<Fault>of()));
        boolean[] taken = new boolean[size];
        if (spread) {
            spreadOver(types, out, taken);
            return out;
        }
        if (faultedMiners() > size) {
            throw new IllegalArgumentException("faults '" + text + "' need " + faultedMiners()
                    + " miners but the fleet has " + size);
        }
        for (Group g : groups) {
            int index = 0;
            for (int k = 0; k < g.count(); k++) {
                while (index < size && (taken[index] || g.type() != null && types.get(index) != g.type())) {
                    index++;
                }
                if (index == size) {
                    long have = types.stream().filter(m -> m == g.type()).count();
                    throw new IllegalArgumentException("faults '" + text + "' need " + needed(g.type()) + " "
                            + g.type().label() + " miners but the fleet has " + have);
                }
                taken[index] = true;
                out.set(index, g.faults());
            }
        }
        return out;
    }

    private int needed(MinerType type) {
        return groups.stream().filter(g -> g.type() == type).mapToInt(Group::count).sum();
    }

    private void spreadOver(List<MinerType> types, List<Set<Fault>> out, boolean[] taken) {
        List<Integer> targets = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i) == MinerType.BITAXE) {
                targets.add(i);
            }
        }
        if (targets.isEmpty()) {
            for (int i = 0; i < types.size(); i++) {
                targets.add(i);
            }
        }
        int n = targets.size();
        int slots = Math.min(groups.size(), n);
        for (int i = 0; i < slots; i++) {
            int index = targets.get(n >= groups.size() ? (int) ((long) i * n / groups.size()) : i);
            out.set(index, groups.get(i).faults());
            taken[index] = true;
        }
        for (Group extra : extras) {
            for (int i = types.size() - 1; i >= 0; i--) {
                if (!taken[i] && types.get(i) == extra.type()) {
                    out.set(i, extra.faults());
                    taken[i] = true;
                    break;
                }
            }
        }
    }
}
