package io.github.bitaxemonitor.view.live;

import io.github.bitaxemonitor.view.format.MinerColumn;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which columns fit a terminal width and how wide each is. Columns are dropped in a fixed order (least telling
 * first) until the rest fits; name and status always stay. Spare width goes to the name.
 */
final class TableLayout {
    /** Gap between columns. */
    static final int GAP = 1;
    private static final int NAME_MAX = 32;
    private static final Map<MinerColumn, Integer> WIDTH = new EnumMap<>(MinerColumn.class);
    /** Dropped first to last. */
    private static final List<MinerColumn> DROP_ORDER = List.of(MinerColumn.RSSI, MinerColumn.BEST_DIFF,
            MinerColumn.CLOCK, MinerColumn.UPTIME, MinerColumn.SHARES, MinerColumn.FAN, MinerColumn.ADDRESS,
            MinerColumn.VR_TEMP, MinerColumn.JTH, MinerColumn.PCT_EXPECTED, MinerColumn.LAST_SEEN, MinerColumn.POWER,
            MinerColumn.ASIC_TEMP, MinerColumn.HASHRATE);

    static {
        // Widest usual cell ("999.9 GH/s", "OVERHEAT", "1.25 kW", "1000@1300"); longer cells are cut.
        WIDTH.put(MinerColumn.NAME, 16);
        WIDTH.put(MinerColumn.ADDRESS, 21);
        WIDTH.put(MinerColumn.STATUS, 8);
        WIDTH.put(MinerColumn.HASHRATE, 10);
        WIDTH.put(MinerColumn.PCT_EXPECTED, 4);
        WIDTH.put(MinerColumn.ASIC_TEMP, 6);
        WIDTH.put(MinerColumn.VR_TEMP, 6);
        WIDTH.put(MinerColumn.POWER, 8); // "~3.25 kW": an estimate is marked
        WIDTH.put(MinerColumn.JTH, 5);
        WIDTH.put(MinerColumn.FAN, 7);
        WIDTH.put(MinerColumn.RSSI, 4);
        WIDTH.put(MinerColumn.SHARES, 11);
        WIDTH.put(MinerColumn.BEST_DIFF, 6);
        WIDTH.put(MinerColumn.UPTIME, 6);
        WIDTH.put(MinerColumn.CLOCK, 9);
        WIDTH.put(MinerColumn.LAST_SEEN, 6);
    }

    /**
     * One shown column.
     *
     * @param column what it shows
     * @param x      first screen column, >= 0
     * @param width  cells available, >= 1
     */
    record Placed(MinerColumn column, int x, int width) {
    }

    private TableLayout() {
    }

    /** The columns for a terminal {@code width} wide, left to right. */
    static List<Placed> fit(int width) {
        List<MinerColumn> shown = new ArrayList<>(List.of(MinerColumn.values()));
        int i = 0;
        while (total(shown) > width && i < DROP_ORDER.size()) {
            shown.remove(DROP_ORDER.get(i++));
        }
        int spare = Math.max(0, width - total(shown));
        List<Placed> out = new ArrayList<>(shown.size());
        int x = 0;
        for (MinerColumn c : shown) {
            int w = WIDTH.get(c);
            if (c == MinerColumn.NAME) {
                w = Math.min(NAME_MAX, w + spare);
            }
            out.add(new Placed(c, x, w));
            x += w + GAP;
        }
        return out;
    }

    private static int total(List<MinerColumn> cols) {
        int sum = 0;
        for (MinerColumn c : cols) {
            sum += WIDTH.get(c) + GAP;
        }
        return sum - GAP;
    }
}
