package io.github.bitaxemonitor.view.live;

import java.time.Duration;
import java.util.Objects;

/**
 * How the live view runs.
 *
 * @param interval    time between data refreshes; > 0
 * @param color       colours allowed (false with NO_COLOR / --no-color: status stays readable as text)
 * @param ascii       ASCII-only glyphs for sparklines, borders and arrows
 * @param sourceLabel what the user pointed at, shown when there is no data yet; never null
 */
public record LiveOptions(Duration interval, boolean color, boolean ascii, String sourceLabel) {
    public LiveOptions {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(sourceLabel, "sourceLabel");
        if (interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException("interval must be > 0");
        }
    }
}
