package io.github.bitaxemonitor.analyze.result;

import io.github.bitaxemonitor.analyze.segment.Segment;
import io.github.bitaxemonitor.analyze.segment.Timeline;
import java.util.List;

/**
 * Everything analysed for one miner.
 *
 * @param configs         best J/TH first
 * @param segments        the automatic sessions, oldest first
 * @param timeline        chart points (empty unless asked for)
 * @param timelineBucketS the width of a chart point
 */
public record MinerAnalysis(String address, String name, List<ConfigResult> configs,
                            List<Recommendation> recommendations, List<Segment> segments,
                            List<Timeline.Point> timeline, long timelineBucketS) {

    /** The configuration with this label, or null. */
    public ConfigResult config(String label) {
        for (ConfigResult c : configs) {
            if (c.config().equals(label)) {
                return c;
            }
        }
        return null;
    }
}
