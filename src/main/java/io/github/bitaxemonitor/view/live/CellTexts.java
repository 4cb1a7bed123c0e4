package io.github.bitaxemonitor.view.live;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.view.fleet.MinerState;
import io.github.bitaxemonitor.view.fleet.MinerTrack;
import io.github.bitaxemonitor.view.format.MinerColumn;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The table's cell texts, kept per miner until its next row or state: formatting numbers was most of a redraw's
 * cost, and a key or a scroll redraws rows whose data did not change. Ages are formatted each time, as they follow
 * the clock. Holds the miners drawn lately, at most {@link #MAX_MINERS} (a screen holds far fewer): scrolling through
 * 100,000 miners must not keep the texts of all of them.
 */
final class CellTexts {
    static final int MAX_MINERS = 2_048;
    private final Map<MinerTrack, Row> rows = new IdentityHashMap<>();

    /** One miner's texts for one row. */
    private static final class Row {
        /** The row and state the texts were made from. */
        final Sample sample;
        final MinerState state;
        /** By column ordinal; null until first asked. */
        final String[] texts = new String[MinerColumn.values().length];

        Row(Sample sample, MinerState state) {
            this.sample = sample;
            this.state = state;
        }
    }

    String text(MinerTrack m, MinerColumn column, Instant now) {
        if (column.followsClock()) {
            return column.text(m, now);
        }
        Row row = rows.get(m);
        MinerState state = m.state();
        if (row == null || row.sample != m.latest() || row.state != state) {
            if (row == null && rows.size() >= MAX_MINERS) {
                rows.clear();
            }
            row = new Row(m.latest(), state);
            rows.put(m, row);
        }
        String text = row.texts[column.ordinal()];
        if (text == null) {
            text = column.text(m, now);
            row.texts[column.ordinal()] = text;
        }
        return text;
    }
}
