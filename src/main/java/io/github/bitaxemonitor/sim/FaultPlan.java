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
 * <p>Text forms: {@code none}; {@code demo} (one of each interesting fault over 12 miners, spread evenly over a bigger
 * fleet, with healthy miners in between); or a list like {@code hot:1,offline:2,hostile+flaky-hostname:1} whose groups
 * take miners in order from index 0 (here miner 0 is hot, 1 and 2 offline, 3 hostile with a flaky hostname).
 *
 * @param text   the text this plan was parsed from, never null
 * @param groups fault sets, each for {@code count} miners; empty sets mean healthy miners
 * @param spread true to place group i at miner {@code i * fleetSize / groups} instead of in order
 */
public record FaultPlan(String text, List<Group> groups, boolean spread) {

    /**
     * One group of identically faulted miners.
     *
     * @param faults the faults, possibly empty; unmodifiable
     * @param count  how many miners get them, at least 1
     */
    public record Group(Set<Fault> faults, int count) {
        public Group {
            faults = Collections.unmodifiableSet(faults.isEmpty() ? EnumSet.noneOf(Fault.class) : EnumSet.copyOf(faults));
            if (count < 1) {
                throw new IllegalArgumentException("fault count must be at least 1");
            }
        }
    }

    public static final FaultPlan NONE = new FaultPlan("none", List.of(), false);

    /** The demo mix: slot 0 healthy, then one miner per problem a monitor must recognise. */
    public static final FaultPlan DEMO = new FaultPlan("demo", List.of(
            group(), group(Fault.HOT), group(Fault.HOSTILE, Fault.FLAKY_HOSTNAME), group(Fault.OFFLINE),
            group(Fault.OVERHEAT), group(Fault.STALLED), group(Fault.REBOOTS), group(Fault.SLOW),
            group(Fault.POWER_FAULT), group(Fault.NO_HASH, Fault.WEAK_WIFI), group(Fault.REFUSED),
            group(Fault.MALFORMED)), true);

    public FaultPlan {
        groups = List.copyOf(groups);
    }

    private static Group group(Fault... faults) {
        return new Group(faults.length == 0 ? EnumSet.noneOf(Fault.class) : EnumSet.of(faults[0], faults), 1);
    }

    /** Parses "none", "demo" or "fault[+fault...]:count,...". Throws IllegalArgumentException with a one-line reason. */
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
            if (parts.length > 2 || parts[0].isBlank()) {
                throw new IllegalArgumentException("bad fault item '" + item.strip()
                        + "' (expected fault:count, e.g. hot:1,offline:2)");
            }
            EnumSet<Fault> faults = EnumSet.noneOf(Fault.class);
            for (String name : parts[0].split("\\+")) {
                faults.add(Fault.parse(name));
            }
            int count = parts.length == 2 ? parseCount(parts[1], item) : 1;
            groups.add(new Group(faults, count));
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

    /**
     * The faults of every miner of a fleet of {@code fleetSize}. Throws IllegalArgumentException when an explicit plan
     * names more miners than the fleet has.
     */
    public List<Set<Fault>> assign(int fleetSize) {
        List<Set<Fault>> out = new ArrayList<>(Collections.nCopies(fleetSize, Set.<Fault>of()));
        if (spread) {
            int slots = Math.min(groups.size(), fleetSize);
            for (int i = 0; i < slots; i++) {
                int index = fleetSize >= groups.size() ? (int) ((long) i * fleetSize / groups.size()) : i;
                out.set(index, groups.get(i).faults());
            }
            return out;
        }
        if (faultedMiners() > fleetSize) {
            throw new IllegalArgumentException("faults '" + text + "' need " + faultedMiners()
                    + " miners but the fleet has " + fleetSize);
        }
        int index = 0;
        for (Group g : groups) {
            for (int k = 0; k < g.count(); k++) {
                out.set(index++, g.faults());
            }
        }
        return out;
    }
}
