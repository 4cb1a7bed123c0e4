package io.github.bitaxemonitor.view.live;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.view.fleet.MinerTrack;
import io.github.bitaxemonitor.view.format.MinerColumn;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The table's cell texts, kept per miner until its next row: formatting numbers was most of a redraw's cost, and a
 * key or a scroll redraws rows whose data did not change. Ages are formatted each time, as they follow the clock.
 * Holds one entry per miner seen, as the fleet does.
 */
final class CellTexts {
    private final Map<MinerTrack, Row> rows = new IdentityHashMap<>();

    /** One miner's texts for one row. */
    private static final class Row {
        /** The row the texts were made from. */
        final Sample sample;
        /** By column ordinal; null until first asked. */
        final String[] texts = new String[MinerColumn.values().length];

        Row(Sample sample) {
            this.sample = sample;
        }
    }

    String text(MinerTrack m, MinerColumn column, Instant now) {
        if (column.followsClock()) {
            return column.text(m, now);
        }
        Row row = rows.get(m);
        if (row == null || row.sample != m.latest()) {
            row = new Row(m.latest());
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
