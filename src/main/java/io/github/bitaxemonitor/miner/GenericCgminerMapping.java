package io.github.bitaxemonitor.miner;

import static io.github.bitaxemonitor.miner.AxeOsInfo.firstOf;
import static io.github.bitaxemonitor.miner.JsonFields.integer;
import static io.github.bitaxemonitor.miner.JsonFields.number;
import static io.github.bitaxemonitor.miner.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bitaxemonitor.model.Fields;
import io.github.bitaxemonitor.model.Reading;
import io.github.bitaxemonitor.text.HostileText;
import java.util.List;

/**
 * The SUMMARY and VERSION fields every cgminer derivative shares, and the mapping for a miner no vendor mapping
 * recognises. The hashrate is the current rate (shared/reference/cgminer-api.md, "Current hashrate"): the shortest
 * window the device offers, the average since boot only as a last resort, and {@code hashrate_window} says which.
 */
final class GenericCgminerMapping implements CgminerVendor {
    /**
     * One hashrate figure of SUMMARY.
     *
     * @param key     the field
     * @param toGh    its unit in GH/s (MHS = 0.001)
     * @param window  what hashrate_window records for it
     */
    record Rate(String key, double toGh, String window) {
    }

    /** In order of preference. */
    static final List<Rate> RATES = List.of(new Rate("GHS 5s", 1, "5s"), new Rate("MHS 5s", 0.001, "5s"),
            new Rate("HS RT", 0.001, "rt"), new Rate("MHS 30s", 0.001, "30s"), new Rate("MHS 1m", 0.001, "1m"),
            new Rate("MHS 5m", 0.001, "5m"), new Rate("MHS 15m", 0.001, "15m"), new Rate("GHS 30m", 1, "30m"),
            new Rate("MHS 30m", 0.001, "30m"), new Rate("GHS av", 1, "avg"), new Rate("MHS av", 0.001, "avg"));

    @Override
    public String family() {
        return "cgminer";
    }

    @Override
    public boolean recognises(CgminerReplies replies) {
        return true;
    }

    @Override
    public List<String> missing(CgminerReplies replies) {
        return List.of();
    }

    @Override
    public void fill(CgminerReplies replies, Reading.Builder reading) {
        // the common fields are all there is
    }

    static void common(CgminerReplies replies, Reading.Builder b) {
        JsonNode summary = replies.summary();
        rate(summary, b);
        b.set(Fields.SHARES_ACCEPTED, integer(summary, "Accepted"))
                .set(Fields.SHARES_REJECTED, integer(summary, "Rejected"))
                .set(Fields.UPTIME_S, integer(summary, "Elapsed"))
                .set(Fields.SESSION_BEST_DIFF, Difficulty.parse(summary, "Best Share"));
        JsonNode v = replies.version();
        b.set(Fields.MODEL, firstOf(text(v, "Type"), text(v, "Model"), text(v, "MODEL"), text(v, "model"),
                text(v, "PROD")));
        b.set(Fields.FIRMWARE_VERSION, firstOf(text(v, "BOSminer"), text(v, "BMMiner"), text(v, "CGMiner"),
                text(v, "fw_ver"), text(v, "Firmware"), text(v, "LVERSION"), text(v, "VERSION")));
    }

    /** The software the STATUS names, for a miner whose replies carry no firmware version of their own. */
    static void lastResortFirmware(CgminerReplies replies, Reading.Builder b) {
        b.setIfAbsent(Fields.FIRMWARE_VERSION, HostileText.sanitize(replies.description()));
    }

    /** The preferred SUMMARY rate and its window; both stay unknown when SUMMARY has none. */
    static void rate(JsonNode summary, Reading.Builder b) {
        for (Rate r : RATES) {
            Double v = number(summary, r.key());
            if (v != null) {
                b.set(Fields.HASHRATE_GHS, v * r.toGh()).set(Fields.HASHRATE_WINDOW, r.window());
                return;
            }
        }
    }

    /** True when SUMMARY gave a current (not since-boot) rate, so a vendor's own figure must not replace it. */
    static boolean hasCurrentRate(Reading.Builder b) {
        String w = b.get(Fields.HASHRATE_WINDOW);
        return w != null && !w.equals("avg");
    }
}
